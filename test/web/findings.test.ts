/**
 * The lesson's result sentences (web/src/model/findings.ts) on hand-made numbers: each one
 * names the right village, says "no clear difference" under the thresholds, averages the
 * right years, and reads the same in both catalogues. test/web/page.test.ts checks that the
 * page shows exactly these sentences for the numbers it shows.
 */
import { describe, expect, it } from 'vitest';
import { translate, type Language } from '../../web/src/i18n/index.js';
import { CLEAR, FINDINGS, finding, findingData, findingMetrics, NUMBERS_METRICS, renderMessage, type FindingData, type FindingId } from '../../web/src/model/findings.js';
import { LESSON } from '../../web/src/model/lesson.js';
import type { RunResultMessage, SeriesMetric } from '../../web/src/model/protocol.js';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

/** Six years; before withdrawal = 2021-2022, after = 2024-2025. A metric's value is the same every year unless given per year. */
function data(series: { transfusion: Partial<Record<SeriesMetric, number | number[]>>; hematopoiesis: Partial<Record<SeriesMetric, number | number[]>> }): FindingData {
  const expand = (s: Partial<Record<SeriesMetric, number | number[]>>) =>
    Object.fromEntries(Object.entries(s).map(([m, v]) => [m, Array.isArray(v) ? v : YEARS.map(() => v)]));
  return { years: YEARS, windows: { before: [2021, 2022], after: [2024, 2025] }, series: { transfusion: expand(series.transfusion), hematopoiesis: expand(series.hematopoiesis) } };
}

const say = (id: FindingId, d: FindingData, lang: Language = 'en') => renderMessage(finding(id, d), (key, vars) => translate(lang, key, vars));

/** Income 4,000 before and `after` after withdrawal (2021-22 and 2024-25; other years are decoys). */
const income = (before: number, after: number) => [1, before, before, 99_999, after, after];

describe('income after withdrawal', () => {
  it('names the poorer village, its gap to the other, and each village\'s change against before', () => {
    const d = data({ transfusion: { incomeMean: income(4000, 5000) }, hematopoiesis: { incomeMean: income(5000, 6000) } });
    expect(say('incomeAfter', d)).toBe('After withdrawal (2024-2025) income per person averages 5,000 yuan in the transfusion village (+25% against 2021-2022) and 6,000 yuan in the hematopoiesis village (+20%): the transfusion village is poorer, 17% below the other.');
    expect(say('incomeAfter', d, 'zh')).toBe('撤出之后（2024-2025），“输血”村人均收入平均 5,000 元（与 2021-2022 相比 +25%），“造血”村 6,000 元（+20%）：“输血”村更穷，比另一个村低 17%。');
  });

  it('names the hematopoiesis village when it is the poorer one, and shows falls with a minus sign', () => {
    const d = data({ transfusion: { incomeMean: income(6000, 6000) }, hematopoiesis: { incomeMean: income(6000, 4500) } });
    expect(say('incomeAfter', d)).toMatch(/\(−25%\): the hematopoiesis village is poorer, 25% below the other\.$/);
  });

  it(`says "no clear difference" when the incomes are less than ${CLEAR.income * 100}% apart`, () => {
    const d = data({ transfusion: { incomeMean: income(5000, 5000) }, hematopoiesis: { incomeMean: income(5000, 5200) } });
    expect(say('incomeAfter', d)).toMatch(/: no clear difference\.$/);
    expect(say('incomeAfter', d, 'zh')).toMatch(/：没有明显差别。$/);
  });
});

describe('income before withdrawal', () => {
  it('names the richer village and its lead over the other', () => {
    const d = data({ transfusion: { incomeMean: income(5000, 1) }, hematopoiesis: { incomeMean: income(4000, 1) } });
    expect(say('incomeBefore', d)).toBe('Before withdrawal (2021-2022) income per person averages 5,000 yuan in the transfusion village and 4,000 yuan in the hematopoiesis village: the transfusion village is richer, by 25%.');
  });

  it('averages the years of the window only', () => {
    const d = data({ transfusion: { incomeMean: [0, 4000, 6000, 0, 0, 0] }, hematopoiesis: { incomeMean: [9e9, 5000, 5000, 9e9, 9e9, 9e9] } });
    expect(say('incomeBefore', d)).toContain('5,000 yuan in the transfusion village and 5,000 yuan in the hematopoiesis village: no clear difference');
  });
});

describe('shares of households and of income', () => {
  it('below the line after withdrawal: the village with more poor households, in percentage points', () => {
    const d = data({ transfusion: { povertyRate: 0.1 }, hematopoiesis: { povertyRate: 0.05 } });
    expect(say('belowLineAfter', d)).toBe('After withdrawal (2024-2025) 10.0% of households in the transfusion village and 5.0% in the hematopoiesis village are below the poverty line, on average: more households are poor in the transfusion village (5.0 percentage points more).');
  });

  it(`below the line: under ${CLEAR.points * 100} percentage points apart is no clear difference`, () => {
    const d = data({ transfusion: { povertyRate: 0.05 }, hematopoiesis: { povertyRate: 0.07 } });
    expect(say('belowLineAfter', d)).toMatch(/: no clear difference\.$/);
  });

  it('below the line on self-made income alone reads its own series, not the poverty rate on all income', () => {
    const d = data({ transfusion: { povertyRate: 0.05, povertyRateSelfMade: 0.3 }, hematopoiesis: { povertyRate: 0.2, povertyRateSelfMade: 0.4 } });
    expect(say('belowLineSelfMadeAfter', d)).toBe('On self-made income alone (no dividends, transfers or guarantee), 30.0% of households in the transfusion village and 40.0% in the hematopoiesis village would be below the line after withdrawal (2024-2025): more households are poor in the hematopoiesis village (10.0 percentage points more).');
  });

  it('the self-made share of income before withdrawal, in whole percent', () => {
    const d = data({ transfusion: { hematopoiesisShare: 0.641 }, hematopoiesis: { hematopoiesisShare: 0.784 } });
    expect(say('selfMadeBefore', d)).toBe('Before withdrawal (2021-2022) 64% of the transfusion village\'s income is self-made (own work, wages, migrants\' earnings) and 78% of the hematopoiesis village\'s: the hematopoiesis village makes more of its income itself (14.3 percentage points more).');
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
  it(`is higher in one village by ${CLEAR.level} or more, else no clear difference`, () => {
    expect(say('knowledgeAtEnd', data({ transfusion: { K: 0.3 }, hematopoiesis: { K: 0.5 } }))).toBe('In 2025 knowledge and skills K are 0.30 in the transfusion village and 0.50 in the hematopoiesis village: K is higher in the hematopoiesis village, by 0.20.');
    expect(say('knowledgeAtEnd', data({ transfusion: { K: 0.3 }, hematopoiesis: { K: 0.32 } }))).toMatch(/: no clear difference\.$/);
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

  it('fails loudly on an undefined number in its years, naming the metric and the year', () => {
    for (const id of FINDINGS) {
      const metric = findingMetrics(id)[0];
      const broken = structuredClone(full) as FindingData;
      // 2022 lies in the years before withdrawal, 2025 in those after and is the last year: every finding reads one of them.
      for (const year of [2022, 2025]) (broken.series.hematopoiesis[metric] as number[])[YEARS.indexOf(year)] = NaN;
      expect(() => finding(id, broken), id).toThrow(new RegExp(`${metric} of the hematopoiesis village in (2022|2025) is NaN`));
    }
  });

  it('reads only series the Numbers tab shows, and every lesson step names existing findings', () => {
    for (const id of FINDINGS) for (const m of findingMetrics(id)) expect(NUMBERS_METRICS, `${id}: ${m}`).toContain(m);
    for (const step of LESSON) for (const id of step.findings) expect(FINDINGS, step.id).toContain(id);
  });

  it('findingData takes each village\'s series by name, whatever the order of the runs', () => {
    const run = (village: RunResultMessage['village'], K: number) => ({ village, years: YEARS, windows: { before: [2021, 2022], after: [2024, 2025] }, series: { K: YEARS.map(() => K) } }) as unknown as RunResultMessage;
    const d = findingData([run('baseline', 0.9), run('hematopoiesis', 0.5), run('transfusion', 0.3)]);
    expect(say('knowledgeAtEnd', d)).toContain('0.30 in the transfusion village and 0.50 in the hematopoiesis village');
  });
});
