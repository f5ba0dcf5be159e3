/**
 * The lesson's result sentences. A step's static words describe the setting and ask; anything
 * that states a result (which village is poorer after withdrawal, how much income is
 * self-made, how many households fall below the line) is a finding: a catalogue template
 * (`finding.<id>`) filled from the run results the page draws (the series of the charts and
 * the Numbers tab), with a verdict that says "no clear difference" where the numbers do not
 * separate the villages. Pure, so the page and the tests compute the same sentence.
 */
import type { RunResultMessage, SeriesMetric } from './protocol.js';

/** The two villages a finding compares. */
export const SIDES = ['transfusion', 'hematopoiesis'] as const;
export type Side = (typeof SIDES)[number];

/** What a finding reads: by village, metric and year (yearly rows, mode all, group all), and the analysis windows. */
export interface FindingData {
  years: readonly number[];
  /** The years averaged before withdrawal and after it completes (summary.json's windows). */
  windows: { before: readonly [number, number]; after: readonly [number, number] };
  series: Record<Side, Partial<Record<SeriesMetric, readonly number[]>>>;
}

/** A catalogue message and its placeholders; a placeholder may itself be a message (a verdict, a village). */
export interface Message {
  key: string;
  vars: Record<string, string | number | Message>;
}

/**
 * Gaps under which two villages count as not clearly different (one seed, one village).
 * Income: 5 % of the higher income; in one run a village's income moves by more from one year
 * to the next by shocks alone (P village, seed 1: 2019 to 2020, -8 %). Shares of households or
 * of income: 3 percentage points, about 4-5 of P village's 150 households. K: 0.05 on its 0-1 scale.
 */
export const CLEAR = { income: 0.05, points: 0.03, level: 0.05 } as const;

type Kind = 'income' | 'points' | 'level';

interface FindingSpec {
  /** The series it reads; the Numbers tab shows each of them. */
  metrics: readonly SeriesMetric[];
  compute(d: FindingData): Message;
}

const FINDING_SPECS = {
  /** Income per person, mean over the years before withdrawal; which village is richer. */
  incomeBefore: {
    metrics: ['incomeMean'],
    compute: (d) => {
      const [t, h] = over(d, 'incomeMean', d.windows.before);
      return msg('finding.incomeBefore', { years: span(d.windows.before), transfusion: yuan(t), hematopoiesis: yuan(h), verdict: verdict('income', t, h, 'higherIncome') });
    },
  },
  /** The self-made (hematopoiesis) share of income before withdrawal, as under the grids. */
  selfMadeBefore: {
    metrics: ['hematopoiesisShare'],
    compute: (d) => {
      const [t, h] = over(d, 'hematopoiesisShare', d.windows.before);
      return msg('finding.selfMadeBefore', { years: span(d.windows.before), transfusion: percent(t, 0), hematopoiesis: percent(h, 0), verdict: verdict('points', t, h, 'moreSelfMade') });
    },
  },
  /** Income per person after withdrawal, its change against before, and which village is poorer. */
  incomeAfter: {
    metrics: ['incomeMean'],
    compute: (d) => {
      const [tb, hb] = over(d, 'incomeMean', d.windows.before);
      const [t, h] = over(d, 'incomeMean', d.windows.after);
      return msg('finding.incomeAfter', {
        years: span(d.windows.after), before: span(d.windows.before),
        transfusion: yuan(t), hematopoiesis: yuan(h), transfusionChange: change(t, tb), hematopoiesisChange: change(h, hb),
        verdict: verdict('income', t, h, 'lowerIncome'),
      });
    },
  },
  /** What the monitoring and the guarantee reach after withdrawal (no comparison, so no verdict). */
  supportAfter: {
    metrics: ['monitoringSupportRate', 'minimumLivingRate'],
    compute: (d) => {
      const [t, h] = over(d, 'monitoringSupportRate', d.windows.after);
      const [tg, hg] = over(d, 'minimumLivingRate', d.windows.after);
      return msg('finding.supportAfter', { years: span(d.windows.after), transfusion: percent(t, 1), hematopoiesis: percent(h, 1), transfusionGuarantee: percent(tg, 1), hematopoiesisGuarantee: percent(hg, 1) });
    },
  },
  /** Households below the line (all income) after withdrawal. */
  belowLineAfter: {
    metrics: ['povertyRate'],
    compute: (d) => {
      const [t, h] = over(d, 'povertyRate', d.windows.after);
      return msg('finding.belowLineAfter', { years: span(d.windows.after), transfusion: percent(t, 1), hematopoiesis: percent(h, 1), verdict: verdict('points', t, h, 'morePoor') });
    },
  },
  /** Households below the line on self-made income alone after withdrawal: what each village earns on its own. */
  belowLineSelfMadeAfter: {
    metrics: ['povertyRateSelfMade'],
    compute: (d) => {
      const [t, h] = over(d, 'povertyRateSelfMade', d.windows.after);
      return msg('finding.belowLineSelfMadeAfter', { years: span(d.windows.after), transfusion: percent(t, 1), hematopoiesis: percent(h, 1), verdict: verdict('points', t, h, 'morePoor') });
    },
  },
  /** Households in the minimum living guarantee in the last year. */
  guaranteeAtEnd: {
    metrics: ['minimumLivingRate'],
    compute: (d) => {
      const last = d.years[d.years.length - 1];
      const [t, h] = over(d, 'minimumLivingRate', [last, last]);
      return msg('finding.guaranteeAtEnd', { year: last, transfusion: percent(t, 1), hematopoiesis: percent(h, 1), verdict: verdict('points', t, h, 'moreGuarantee') });
    },
  },
  /** Knowledge and skills K in the last year. */
  knowledgeAtEnd: {
    metrics: ['K'],
    compute: (d) => {
      const last = d.years[d.years.length - 1];
      const [t, h] = over(d, 'K', [last, last]);
      return msg('finding.knowledgeAtEnd', { year: last, transfusion: t.toFixed(2), hematopoiesis: h.toFixed(2), verdict: verdict('level', t, h, 'higherLevel') });
    },
  },
} satisfies Record<string, FindingSpec>;

export type FindingId = keyof typeof FINDING_SPECS;
export const FINDINGS = Object.keys(FINDING_SPECS) as FindingId[];

/** The series a finding reads. */
export const findingMetrics = (id: FindingId): readonly SeriesMetric[] => FINDING_SPECS[id].metrics;

/**
 * The series the Numbers tab tabulates: income per person (the income chart's), then every
 * series a finding reads, so each number a sentence uses can be looked up on the page.
 */
export const NUMBERS_METRICS: readonly SeriesMetric[] = [...new Set<SeriesMetric>(['incomeMean', ...FINDINGS.flatMap(findingMetrics)])];

/** The finding `id` on these numbers, as a message to translate. Throws for a missing or undefined number. */
export const finding = (id: FindingId, d: FindingData): Message => FINDING_SPECS[id].compute(d);

/** The input of the findings from the page's run results. */
export function findingData(results: readonly RunResultMessage[]): FindingData {
  const of = (v: Side) => {
    const r = results.find((x) => x.village === v);
    if (!r) throw new Error(`no run for the ${v} village`);
    return r;
  };
  const t = of('transfusion');
  return { years: t.years, windows: t.windows, series: { transfusion: t.series, hematopoiesis: of('hematopoiesis').series } };
}

/** A message translated with `translate`, nested messages first. */
export function renderMessage(m: Message, translate: (key: string, vars: Record<string, string | number>) => string): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.vars)) vars[k] = typeof v === 'object' ? renderMessage(v, translate) : v;
  return translate(m.key, vars);
}

// ---- Helpers ------------------------------------------------------------------------------

const msg = (key: string, vars: Message['vars']): Message => ({ key, vars });

/** Mean of a metric over the years a..b, for each village; a missing or non-finite value is an error. */
function over(d: FindingData, metric: SeriesMetric, [a, b]: readonly [number, number]): [number, number] {
  return SIDES.map((side) => {
    const values = d.series[side][metric];
    if (!values) throw new Error(`finding: no ${metric} series for the ${side} village`);
    let sum = 0;
    for (let year = a; year <= b; year++) {
      const x = values[d.years.indexOf(year)];
      if (x === undefined || !Number.isFinite(x)) throw new Error(`finding: ${metric} of the ${side} village in ${year} is ${x}`);
      sum += x;
    }
    return sum / (b - a + 1);
  }) as [number, number];
}

/**
 * Which village stands out, or "no clear difference" (CLEAR). `verdict` names the message for
 * the village with the larger value; for `lowerIncome` the one with the smaller.
 */
function verdict(kind: Kind, t: number, h: number, key: 'higherIncome' | 'lowerIncome' | 'moreSelfMade' | 'morePoor' | 'moreGuarantee' | 'higherLevel'): Message {
  const high = Math.max(t, h), low = Math.min(t, h);
  // Income: the gap relative to the higher income (the smaller of the two ratios, so a shown gap is never under the threshold).
  const gap = kind === 'income' ? (high > 0 ? (high - low) / high : 0) : high - low;
  if (!(gap >= CLEAR[kind])) return msg('finding.verdict.none', {});
  const side: Side = key === 'lowerIncome' ? (t < h ? 'transfusion' : 'hematopoiesis') : t > h ? 'transfusion' : 'hematopoiesis';
  const shown = kind === 'income' ? percent(key === 'lowerIncome' ? gap : (high - low) / low, 0) : kind === 'points' ? (100 * gap).toFixed(1) : gap.toFixed(2);
  return msg(`finding.verdict.${key}`, { village: msg(`finding.village.${side}`, {}), gap: shown });
}

const yuan = (x: number) => Math.round(x).toLocaleString('en');
const percent = (x: number, digits: number) => `${(100 * x).toFixed(digits)}%`;
const span = ([a, b]: readonly [number, number]) => (a === b ? String(a) : `${a}-${b}`);
/** Relative change against `before`, signed, whole percent. */
function change(after: number, before: number): string {
  const c = Math.round((100 * (after - before)) / before);
  return c > 0 ? `+${c}%` : c < 0 ? `−${-c}%` : '±0%';
}
