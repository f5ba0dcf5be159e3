/**
 * The lesson's result sentences. A step's static words describe the setting and ask; anything
 * that states a result (which village is poorer after withdrawal, how much income is
 * self-made, how many households fall below the line) is a finding: a catalogue template
 * (`finding.<id>`) filled from the runs of the page's seed and of the next ones (FINDING_SEEDS,
 * every number in the Numbers tab), averaged over the seeds, with a verdict that names a
 * village only where the paired comparison over the seeds says so (src/report/ordering.ts,
 * the same the command line's tables use), and "no clear difference" otherwise. Pure, so the
 * page and the tests compute the same sentence.
 */
import { clearlyBetter, orderItems } from '../../../src/report/ordering.js';
import type { ReplicateSeries, RunResultMessage, SeriesMetric } from './protocol.js';

/** The two villages a finding compares. */
export const SIDES = ['transfusion', 'hematopoiesis'] as const;
export type Side = (typeof SIDES)[number];

/** How many seeds the findings compare the villages over (the page draws the first): as many as ipasim run's replicates. */
export const FINDING_SEEDS = 10;

/** The years an average covers: before withdrawal, after it completes, or the last year. */
export type Span = 'before' | 'after' | 'end';

/**
 * What a finding reads: for each village the averages it takes (a metric over a span of
 * years), one per seed, exactly as the Numbers tab shows them; and which years the spans are.
 */
export interface FindingData {
  years: readonly number[];
  /** The years averaged before withdrawal and after it completes (summary.json's windows); null when nothing is withdrawn. */
  windows: { before: readonly [number, number]; after: readonly [number, number] } | null;
  /** The seeds, the page's own first. */
  seeds: readonly number[];
  /** By village and `metric span` ("incomeMean after"), the average in each seed (in the order of `seeds`). */
  averages: Record<Side, Partial<Record<string, readonly number[]>>>;
}

/** The first and last year of a span; null for before and after when nothing is withdrawn. */
export function spanYears(d: Pick<FindingData, 'years' | 'windows'>, span: Span): readonly [number, number] | null {
  const last = d.years[d.years.length - 1];
  return span === 'end' ? [last, last] : d.windows ? d.windows[span] : null;
}

/** A catalogue message and its placeholders; a placeholder may itself be a message (a verdict, a village). */
export interface Message {
  key: string;
  vars: Record<string, string | number | Message>;
}

type Kind = 'income' | 'points' | 'level';

interface FindingSpec {
  /** The averages it reads (metric and span); the Numbers tab shows each of them, in every seed. */
  reads: readonly (readonly [SeriesMetric, Span])[];
  compute(d: FindingData): Message;
}

const last = (d: FindingData) => d.years[d.years.length - 1];

const FINDING_SPECS = {
  /** Income per person, mean over the years before withdrawal; which village is richer. */
  incomeBefore: {
    reads: [['incomeMean', 'before']],
    compute: (d) => withWindows(d, (w) => {
      const [t, h] = over(d, 'incomeMean', 'before');
      return msg('finding.incomeBefore', { years: span(w.before), transfusion: yuan(mean(t)), hematopoiesis: yuan(mean(h)), verdict: verdict(d, 'income', t, h, 'higherIncome') });
    }),
  },
  /** The self-made (hematopoiesis) share of income before withdrawal, as under the grids. */
  selfMadeBefore: {
    reads: [['hematopoiesisShare', 'before']],
    compute: (d) => withWindows(d, (w) => {
      const [t, h] = over(d, 'hematopoiesisShare', 'before');
      return msg('finding.selfMadeBefore', { years: span(w.before), transfusion: percent(mean(t), 0), hematopoiesis: percent(mean(h), 0), verdict: verdict(d, 'points', t, h, 'moreSelfMade') });
    }),
  },
  /** Income per person after withdrawal, its change against before, and which village is poorer. */
  incomeAfter: {
    reads: [['incomeMean', 'before'], ['incomeMean', 'after']],
    compute: (d) => withWindows(d, (w) => {
      const [tb, hb] = over(d, 'incomeMean', 'before');
      const [t, h] = over(d, 'incomeMean', 'after');
      return msg('finding.incomeAfter', {
        years: span(w.after), before: span(w.before),
        transfusion: yuan(mean(t)), hematopoiesis: yuan(mean(h)), transfusionChange: change(mean(t), mean(tb)), hematopoiesisChange: change(mean(h), mean(hb)),
        verdict: verdict(d, 'income', t, h, 'lowerIncome'),
      });
    }),
  },
  /** What the monitoring and the guarantee reach after withdrawal (no comparison, so no verdict). */
  supportAfter: {
    reads: [['monitoringSupportRate', 'after'], ['minimumLivingRate', 'after']],
    compute: (d) => withWindows(d, (w) => {
      const [t, h] = over(d, 'monitoringSupportRate', 'after');
      const [tg, hg] = over(d, 'minimumLivingRate', 'after');
      return msg('finding.supportAfter', { years: span(w.after), transfusion: percent(mean(t), 1), hematopoiesis: percent(mean(h), 1), transfusionGuarantee: percent(mean(tg), 1), hematopoiesisGuarantee: percent(mean(hg), 1) });
    }),
  },
  /** Households below the line (all income) after withdrawal. */
  belowLineAfter: {
    reads: [['povertyRate', 'after']],
    compute: (d) => withWindows(d, (w) => {
      const [t, h] = over(d, 'povertyRate', 'after');
      return msg('finding.belowLineAfter', { years: span(w.after), transfusion: percent(mean(t), 1), hematopoiesis: percent(mean(h), 1), verdict: verdict(d, 'points', t, h, 'morePoor') });
    }),
  },
  /** Households below the line on self-made income alone after withdrawal: what each village earns on its own. */
  belowLineSelfMadeAfter: {
    reads: [['povertyRateSelfMade', 'after']],
    compute: (d) => withWindows(d, (w) => {
      const [t, h] = over(d, 'povertyRateSelfMade', 'after');
      return msg('finding.belowLineSelfMadeAfter', { years: span(w.after), transfusion: percent(mean(t), 1), hematopoiesis: percent(mean(h), 1), verdict: verdict(d, 'points', t, h, 'morePoor') });
    }),
  },
  /** Households in the minimum living guarantee in the last year. */
  guaranteeAtEnd: {
    reads: [['minimumLivingRate', 'end']],
    compute: (d) => {
      const [t, h] = over(d, 'minimumLivingRate', 'end');
      return msg('finding.guaranteeAtEnd', { year: last(d), transfusion: percent(mean(t), 1), hematopoiesis: percent(mean(h), 1), verdict: verdict(d, 'points', t, h, 'moreGuarantee') });
    },
  },
  /** Knowledge and skills K in the last year. */
  knowledgeAtEnd: {
    reads: [['K', 'end']],
    compute: (d) => {
      const [t, h] = over(d, 'K', 'end');
      return msg('finding.knowledgeAtEnd', { year: last(d), transfusion: mean(t).toFixed(2), hematopoiesis: mean(h).toFixed(2), verdict: verdict(d, 'level', t, h, 'higherLevel') });
    },
  },
} satisfies Record<string, FindingSpec>;

export type FindingId = keyof typeof FINDING_SPECS;
export const FINDINGS = Object.keys(FINDING_SPECS) as FindingId[];

/** The series a finding reads. */
export const findingMetrics = (id: FindingId): readonly SeriesMetric[] => [...new Set(FINDING_SPECS[id].reads.map(([m]) => m))];

/** The last year finding `id` reads (the last year when nothing is withdrawn): before the year control reaches it, the step keeps it back. */
export const findingUntil = (id: FindingId, d: FindingData): number => Math.max(...FINDING_SPECS[id].reads.map(([, sp]) => spanYears(d, sp)?.[1] ?? last(d)));

/** Every average a finding takes, once each, in the order of the findings: the Numbers tab's per-seed tables. */
export const FINDING_AVERAGES: readonly (readonly [SeriesMetric, Span])[] = [...new Map(
  (Object.values(FINDING_SPECS) as FindingSpec[]).flatMap((f) => f.reads).map((r): [string, readonly [SeriesMetric, Span]] => [`${r[0]} ${r[1]}`, r]),
).values()];

/** Every series a finding reads: what the other seeds' runs keep (worker.ts). */
export const FINDING_SERIES: readonly SeriesMetric[] = [...new Set<SeriesMetric>(FINDING_AVERAGES.map(([m]) => m))];

/**
 * The series the Numbers tab tabulates: income per person (the income chart's), then every
 * series a finding reads, so each number a sentence uses can be looked up on the page.
 */
export const NUMBERS_METRICS: readonly SeriesMetric[] = [...new Set<SeriesMetric>(['incomeMean', ...FINDINGS.flatMap(findingMetrics)])];

/** The finding `id` on these numbers, as a message to translate. Throws for a missing or undefined number. */
export const finding = (id: FindingId, d: FindingData): Message => FINDING_SPECS[id].compute(d);

/**
 * The averages the findings take, from yearly series by village and seed: a missing or
 * non-finite value in a span is an error naming the metric, village, year and seed.
 */
export function findingAverages(d: Pick<FindingData, 'years' | 'windows' | 'seeds'>, series: Record<Side, Partial<Record<SeriesMetric, readonly (readonly number[])[]>>>): FindingData['averages'] {
  const out = { transfusion: {}, hematopoiesis: {} } as Record<Side, Partial<Record<string, number[]>>>;
  for (const side of SIDES) for (const [metric, sp] of FINDING_AVERAGES) {
    const years = spanYears(d, sp);
    if (!years) continue;
    const bySeed = series[side][metric];
    if (!bySeed) throw new Error(`finding: no ${metric} series for the ${side} village`);
    out[side][`${metric} ${sp}`] = bySeed.map((values, k) => {
      let sum = 0;
      for (let year = years[0]; year <= years[1]; year++) {
        const x = values[d.years.indexOf(year)];
        if (x === undefined || !Number.isFinite(x)) throw new Error(`finding: ${metric} of the ${side} village in ${year} (seed ${d.seeds[k]}) is ${x}`);
        sum += x;
      }
      return sum / (years[1] - years[0] + 1);
    });
  }
  return out;
}

/**
 * The input of the findings: the page's runs (the first seed) and the other seeds' series of
 * the two villages, in seed order. Without the other seeds (not back from the worker yet),
 * one seed.
 */
export function findingData(results: readonly RunResultMessage[], replicates: readonly ReplicateSeries[] = []): FindingData {
  const of = (v: Side) => {
    const r = results.find((x) => x.village === v);
    if (!r) throw new Error(`no run for the ${v} village`);
    return r;
  };
  const t = of('transfusion'), w = t.withdrawal;
  const seeds = [...new Set(replicates.map((r) => r.seed))].sort((a, b) => a - b);
  const series = (v: Side) => Object.fromEntries(FINDING_SERIES.map((m) => [m, [of(v).series[m], ...seeds.map((seed) => {
    const values = replicates.find((r) => r.village === v && r.seed === seed)?.series[m];
    if (!values) throw new Error(`no ${m} series for the ${v} village in seed ${seed}`);
    return values;
  })]])) as Partial<Record<SeriesMetric, readonly (readonly number[])[]>>;
  const head = { years: t.years, windows: w.before && w.after ? { before: w.before, after: w.after } : null, seeds: [t.seed, ...seeds] };
  return { ...head, averages: findingAverages(head, { transfusion: series('transfusion'), hematopoiesis: series('hematopoiesis') }) };
}

/** A message translated with `translate`, nested messages first. */
export function renderMessage(m: Message, translate: (key: string, vars: Record<string, string | number>) => string): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.vars)) vars[k] = typeof v === 'object' ? renderMessage(v, translate) : v;
  return translate(m.key, vars);
}

// ---- Helpers ------------------------------------------------------------------------------

const msg = (key: string, vars: Message['vars']): Message => ({ key, vars });

/** A finding that needs the windows: says nothing is withdrawn when there are none. */
function withWindows(d: FindingData, f: (w: NonNullable<FindingData['windows']>) => Message): Message {
  return d.windows ? f(d.windows) : msg('finding.noWithdrawal', {});
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Per seed, the average of a metric over a span, for each village (in the order of `d.seeds`). */
function over(d: FindingData, metric: SeriesMetric, sp: Span): [number[], number[]] {
  return SIDES.map((side) => {
    const values = d.averages[side][`${metric} ${sp}`];
    if (!values) throw new Error(`finding: no average of ${metric} over ${sp} for the ${side} village`);
    return [...values];
  }) as [number[], number[]];
}

/**
 * Which village stands out, or that the seeds cannot tell: the two villages' values by seed are
 * paired (the same seed gives both the same people and luck) and compared by the ordering every
 * ipasim table uses (src/report/ordering.ts): a village is named only where the 95% interval of
 * the difference excludes 0. `key` names the message for the village with the larger value; for
 * `lowerIncome` the one with the smaller. With one seed there is no interval.
 */
function verdict(d: FindingData, kind: Kind, t: number[], h: number[], key: 'higherIncome' | 'lowerIncome' | 'moreSelfMade' | 'morePoor' | 'moreGuarantee' | 'higherLevel'): Message {
  const o = orderItems([{ key: 'transfusion', values: t, seeds: d.seeds }, { key: 'hematopoiesis', values: h, seeds: d.seeds }], { higherIsBetter: true });
  if (o.status === 'no-interval') return msg('finding.verdict.oneSeed', {});
  if (o.status !== 'ordered') return msg('finding.verdict.none', { n: d.seeds.length });
  const high = Math.max(mean(t), mean(h)), low = Math.min(mean(t), mean(h));
  const higher: Side = clearlyBetter(o, 'transfusion', 'hematopoiesis') ? 'transfusion' : 'hematopoiesis';
  const side: Side = key === 'lowerIncome' ? (higher === 'transfusion' ? 'hematopoiesis' : 'transfusion') : higher;
  const shown = kind === 'income' ? percent(key === 'lowerIncome' ? (high - low) / high : (high - low) / low, 0) : kind === 'points' ? (100 * (high - low)).toFixed(1) : (high - low).toFixed(2);
  return msg(`finding.verdict.${key}`, { village: msg(`finding.village.${side}`, {}), gap: shown, n: d.seeds.length });
}

const yuan = (x: number) => Math.round(x).toLocaleString('en');
const percent = (x: number, digits: number) => `${(100 * x).toFixed(digits)}%`;
const span = ([a, b]: readonly [number, number]) => (a === b ? String(a) : `${a}-${b}`);
/** Relative change against `before`, signed, whole percent. */
function change(after: number, before: number): string {
  const c = Math.round((100 * (after - before)) / before);
  return c > 0 ? `+${c}%` : c < 0 ? `−${-c}%` : '±0%';
}
