/**
 * The lesson's result sentences (web/src/model/findings.ts) on hand-made numbers: each one
 * averages the right years over the seeds, names a village only where the paired comparison
 * over the seeds says so (src/report/ordering.ts), says so with one seed or nothing withdrawn,
 * and reads the same in both catalogues. test/web/page.test.ts checks that the page shows
 * exactly these sentences for the numbers it shows.
 */
import { describe, expect, it } from 'vitest';
import { translate, type Language } from '../../web/src/i18n/index.js';
import { FINDING_SERIES, FINDINGS, finding, findingAverages, findingData, findingMetrics, findingUntil, NUMBERS_METRICS, renderMessage, type FindingData, type FindingId } from '../../web/src/model/findings.js';
import { LESSON } from '../../web/src/model/lesson.js';
import type { ReplicateSeries, RunResultMessage, SeriesMetric } from '../../web/src/model/protocol.js';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const SEEDS = [1, 2, 3, 4, 5];
/** Seed-to-seed wobble shared by both villages (the same seed, the same luck), and a small one of each village's own. */
const shared = [0.03, -0.02, 0.01, -0.03, 0.01];
const own = { transfusion: [0.004, -0.003, 0.001, -0.002, 0], hematopoiesis: [-0.002, 0.003, -0.004, 0.001, 0.002] };

type Spec = Partial<Record<SeriesMetric, number | number[]>>;

/**
 * Six years; before withdrawal = 2021-2022, after = 2024-2025. A metric's value is the same
 * every year unless given per year; each seed scales it by (1 + shared wobble + own wobble).
 */
function data(series: { transfusion: Spec; hematopoiesis: Spec }, seeds = SEEDS, windows: FindingData['windows'] = { before: [2021, 2022], after: [2024, 2025] }): FindingData {
  const head = { years: YEARS, windows, seeds };
  return { ...head, averages: findingAverages(head, seriesOf(series, seeds)) };
}

/** Every finding series of both villages by seed: the given value (1 where not given), scaled per seed. */
function seriesOf(series: { transfusion: Spec; hematopoiesis: Spec }, seeds: readonly number[]) {
  const expand = (side: 'transfusion' | 'hematopoiesis') => Object.fromEntries(FINDING_SERIES.map((m) => {
    const v = series[side][m] ?? 1;
    return [m, seeds.map((_, k) => (Array.isArray(v) ? v : YEARS.map(() => v)).map((x) => x * (1 + shared[k] + own[side][k])))];
  }));
  return { transfusion: expand('transfusion'), hematopoiesis: expand('hematopoiesis') };
}

const say = (id: FindingId, d: FindingData, lang: Language = 'en') => renderMessage(finding(id, d), (key, vars) => translate(lang, key, vars));

/** Income `before` in 2021-22 and `after` in 2024-25; the other years are decoys. */
const income = (before: number, after: number) => [1, before, before, 99_999, after, after];

describe('income after withdrawal', () => {
  it('names the poorer village, its gap to the other, and each village\'s change, averaged over the seeds', () => {
    const d = data({ transfusion: { incomeMean: income(4000, 5000) }, hematopoiesis: { incomeMean: income(5000, 6000) } });
    expect(say('incomeAfter', d)).toBe('After withdrawal (2024-2025) income per person averages 5,000 yuan in the transfusion village (+25% against 2021-2022) and 6,000 yuan in the hematopoiesis village (+20%): the transfusion village is poorer, 17% below the other.');
    expect(say('incomeAfter', d, 'zh')).toBe('撤出之后（2024-2025），“输血”村人均收入平均 5,000 元（与 2021-2022 相比 +25%），“造血”村 6,000 元（+20%）：“输血”村更穷，比另一个村低 17%。');
  });

  it('says "no clear difference" where the paired difference over the seeds holds zero, however large the seed-to-seed swings', () => {
    const d = data({ transfusion: { incomeMean: income(5000, 5000) }, hematopoiesis: { incomeMean: income(5000, 5002) } });
    expect(say('incomeAfter', d)).toMatch(/: no clear difference over 5 seeds\.$/);
    expect(say('incomeAfter', d, 'zh')).toMatch(/：5 个随机种子下没有明显差别。$/);
  });

  it('names no village from one seed', () => {
    const d = data({ transfusion: { incomeMean: income(4000, 5000) }, hematopoiesis: { incomeMean: income(5000, 9000) } }, [1]);
    expect(say('incomeAfter', d)).toMatch(/: one seed cannot tell the villages apart\.$/);
  });

  it('says there is no before and after when nothing is withdrawn', () => {
    const d = data({ transfusion: { incomeMean: 1 }, hematopoiesis: { incomeMean: 1 } }, SEEDS, null);
    expect(say('incomeAfter', d)).toBe('Nothing is withdrawn in these settings, so there is no before and after to compare.');
    expect(findingUntil('incomeAfter', d)).toBe(2025);
  });
});

describe('income before withdrawal', () => {
  it('names the richer village and its lead over the other', () => {
    const d = data({ transfusion: { incomeMean: income(5000, 1) }, hematopoiesis: { incomeMean: income(4000, 1) } });
    expect(say('incomeBefore', d)).toBe('Before withdrawal (2021-2022) income per person averages 5,000 yuan in the transfusion village and 4,000 yuan in the hematopoiesis village: the transfusion village is richer, by 25%.');
  });

  it('averages the years of the window only', () => {
    const d = data({ transfusion: { incomeMean: [0, 4000, 6000, 0, 0, 0] }, hematopoiesis: { incomeMean: [9e9, 5000, 5000, 9e9, 9e9, 9e9] } });
    expect(say('incomeBefore', d)).toContain('5,000 yuan in the transfusion village and 5,000 yuan in the hematopoiesis village');
  });
});

describe('shares of households and of income', () => {
  it('below the line after withdrawal: the village with more poor households, in percentage points', () => {
    const d = data({ transfusion: { povertyRate: 0.1 }, hematopoiesis: { povertyRate: 0.05 } });
    expect(say('belowLineAfter', d)).toBe('After withdrawal (2024-2025) 10.0% of households in the transfusion village and 5.0% in the hematopoiesis village are below the poverty line, on average: more households are poor in the transfusion village (5.0 percentage points more).');
  });

  it('below the line on self-made income alone reads its own series, not the poverty rate on all income', () => {
    const d = data({ transfusion: { povertyRate: 0.05, povertyRateSelfMade: 0.3 }, hematopoiesis: { povertyRate: 0.2, povertyRateSelfMade: 0.4 } });
    expect(say('belowLineSelfMadeAfter', d)).toBe('On self-made income alone (no dividends, transfers or guarantee), 30.0% of households in the transfusion village and 40.0% in the hematopoiesis village would be below the line after withdrawal (2024-2025): more households are poor in the hematopoiesis village (10.0 percentage points more).');
  });

  it('monitoring support and the guarantee after withdrawal, stated without a verdict', () => {
    const d = data({ transfusion: { monitoringSupportRate: 0.033, minimumLivingRate: 0.2 }, hematopoiesis: { monitoringSupportRate: 0.01, minimumLivingRate: 0.1 } });
    expect(say('supportAfter', d)).toBe('After withdrawal (2024-2025) the monitoring helps 3.3% of households a year in the transfusion village and 1.0% in the hematopoiesis village (a post, a grant or inclusion in the guarantee); 20.0% and 10.0% of households are in the minimum living guarantee.');
  });

  it('the guarantee in the last year reads the last year only', () => {
    const d = data({ transfusion: { minimumLivingRate: [0.9, 0.9, 0.9, 0.9, 0.9, 0.1] }, hematopoiesis: { minimumLivingRate: [0, 0, 0, 0, 0, 0.2] } });
    expect(say('guaranteeAtEnd', d)).toBe('In 2025 10.0% of households in the transfusion village and 20.0% in the hematopoiesis village are in the minimum living guarantee: more households are in the guarantee in the hematopoiesis village (10.0 percentage points more).');
  });
});

describe('knowledge K', () => {
  it('is named higher in one village only where the seeds say so', () => {
    expect(say('knowledgeAtEnd', data({ transfusion: { K: 0.3 }, hematopoiesis: { K: 0.5 } }))).toBe('In 2025 knowledge and skills K are 0.30 in the transfusion village and 0.50 in the hematopoiesis village: K is higher in the hematopoiesis village, by 0.20.');
    expect(say('knowledgeAtEnd', data({ transfusion: { K: 0.3 }, hematopoiesis: { K: 0.3001 } }))).toMatch(/: no clear difference over 5 seeds\.$/);
  });
});

describe('every finding', () => {
  const full = data({
    transfusion: Object.fromEntries(NUMBERS_METRICS.map((m) => [m, 0.2])),
    hematopoiesis: Object.fromEntries(NUMBERS_METRICS.map((m) => [m, 0.4])),
  });

  it('fills every placeholder, in both languages (the Chinese sentence in Chinese)', () => {
    for (const id of FINDINGS)
      for (const lang of ['en', 'zh'] as const) {
        const text = say(id, full, lang);
        expect(text, `${lang} ${id}`).not.toMatch(/[{}]|NaN|undefined/);
        if (lang === 'zh') expect(text, id).toMatch(/[\u4e00-\u9fff]/);
      }
  });

  it('fails loudly on an undefined number in the years it averages, naming the metric, the village, the year and the seed', () => {
    for (const metric of FINDING_SERIES) {
      const series = seriesOf({ transfusion: {}, hematopoiesis: {} }, SEEDS);
      // 2022 lies in the years before withdrawal, 2025 in those after and is the last year: every average reads one of them.
      for (const year of [2022, 2025]) (series.hematopoiesis[metric] as number[][])[2][YEARS.indexOf(year)] = NaN;
      expect(() => findingAverages({ years: YEARS, windows: { before: [2021, 2022], after: [2024, 2025] }, seeds: SEEDS }, series), metric).toThrow(new RegExp(`${metric} of the hematopoiesis village in (2022|2025) \\(seed 3\\) is NaN`));
    }
  });

  it('is kept back until the year it reads last: the end of the window it averages, or the last year', () => {
    expect(findingUntil('incomeBefore', full)).toBe(2022);
    expect(findingUntil('incomeAfter', full)).toBe(2025);
    expect(findingUntil('knowledgeAtEnd', full)).toBe(2025);
  });

  it('reads only series the Numbers tab shows, and every lesson step names existing findings', () => {
    for (const id of FINDINGS) for (const m of findingMetrics(id)) expect(NUMBERS_METRICS, `${id}: ${m}`).toContain(m);
    for (const m of FINDING_SERIES) expect(NUMBERS_METRICS).toContain(m);
    for (const step of LESSON) for (const id of step.findings) expect(FINDINGS, step.id).toContain(id);
  });

  it('findingData takes each village\'s series by name, whatever the order of the runs, the page\'s seed first', () => {
    const run = (village: RunResultMessage['village'], K: number) => ({ village, seed: 7, years: YEARS, withdrawal: { rule: 'instruments', start: 2023, before: [2021, 2022], after: [2024, 2025] }, series: Object.fromEntries(FINDING_SERIES.map((m) => [m, YEARS.map(() => K)])) }) as unknown as RunResultMessage;
    const rep = (village: ReplicateSeries['village'], seed: number, K: number): ReplicateSeries => ({ village, seed, series: Object.fromEntries(FINDING_SERIES.map((m) => [m, YEARS.map(() => K)])) });
    const d = findingData([run('baseline', 0.9), run('hematopoiesis', 0.5), run('transfusion', 0.3)], [rep('hematopoiesis', 8, 0.5), rep('transfusion', 8, 0.3)]);
    expect(d.seeds).toEqual([7, 8]);
    expect(say('knowledgeAtEnd', d)).toContain('0.30 in the transfusion village and 0.50 in the hematopoiesis village');
  });
});
