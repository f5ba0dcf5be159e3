/**
 * A run's outputs as the targets read them: survey.csv cells, yearly.csv values and
 * summary.json figures, indexed once per run. `checkRef` says, in words a target's author can
 * act on, why an accessor names nothing the run produced (with a did-you-mean), and
 * `latestYear` which calendar year it reaches, so that no target looks past 2025. Pure.
 */
import type { RunResult } from '../engine/output.js';
import { didYouMean } from '../scenario/errors.js';
import type { Ref } from './expression.js';

export interface IndexedOutputs {
  survey: Map<string, number>;
  yearly: Map<string, number>;
  summary: RunResult['summary'];
  /** What exists, for messages. */
  names: { surveyCells: string[]; metrics: Set<string>; modes: Set<string>; groups: Set<string>; years: Set<number> };
}

const surveyKey = (table: string, item: string, category: string) => `${table}\u0000${item}\u0000${category}`;
const yearlyKey = (year: number, mode: string, group: string, metric: string) => `${year}\u0000${mode}\u0000${group}\u0000${metric}`;

export function indexOutputs(run: Pick<RunResult, 'survey' | 'yearly' | 'summary'>): IndexedOutputs {
  const survey = new Map<string, number>();
  for (const r of run.survey) survey.set(surveyKey(r.table, r.item, r.category), r.model);
  const yearly = new Map<string, number>();
  for (const r of run.yearly) yearly.set(yearlyKey(r.year, r.mode, r.group, r.metric), r.value);
  return {
    survey, yearly, summary: run.summary,
    names: {
      surveyCells: run.survey.map((r) => `${r.table} / ${r.item} / ${r.category}`),
      metrics: new Set(run.yearly.map((r) => r.metric)),
      modes: new Set(run.yearly.map((r) => r.mode)),
      groups: new Set(run.yearly.map((r) => r.group)),
      years: new Set(run.yearly.map((r) => r.year)),
    },
  };
}

/** The value of one accessor in one run (NaN where the run leaves it undefined). Call checkRef first. */
export function refValue(o: IndexedOutputs, ref: Ref): number {
  if (ref.kind === 'survey') return o.survey.get(surveyKey(ref.table, ref.item, ref.category)) ?? NaN;
  if (ref.kind === 'yearly') {
    let total = 0;
    for (let y = ref.from; y <= ref.to; y++) total += o.yearly.get(yearlyKey(y, ref.mode, ref.group, ref.metric)) ?? NaN;
    return total / (ref.to - ref.from + 1);
  }
  const v = summaryField(o.summary, ref);
  return typeof v === 'number' ? v : NaN;
}

function summaryField(summary: RunResult['summary'], ref: Extract<Ref, { kind: 'summary' }>): unknown {
  let node: unknown = ref.mode === undefined ? summary : summary.modes.find((m) => m.mode === ref.mode);
  for (const k of ref.field.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
  return node;
}

/** Why `ref` names nothing in these outputs, or undefined when it names a value. */
export function checkRef(o: IndexedOutputs, ref: Ref): string | undefined {
  const { names } = o;
  if (ref.kind === 'survey') {
    if (o.survey.has(surveyKey(ref.table, ref.item, ref.category))) return undefined;
    const wanted = `${ref.table} / ${ref.item} / ${ref.category}`;
    return `survey.csv has no cell ${wanted}${didYouMean(wanted, names.surveyCells)}; it has: ${names.surveyCells.join('; ')}`;
  }
  if (ref.kind === 'yearly') {
    if (!names.metrics.has(ref.metric)) return `yearly.csv has no metric "${ref.metric}"${didYouMean(ref.metric, [...names.metrics])}; it has: ${[...names.metrics].join(', ')}`;
    if (!names.modes.has(ref.mode)) return `yearly.csv has no mode "${ref.mode}"${didYouMean(ref.mode, [...names.modes])}; modes: ${[...names.modes].join(', ')}`;
    if (!names.groups.has(ref.group)) return `yearly.csv has no group "${ref.group}"${didYouMean(ref.group, [...names.groups])}; groups: ${[...names.groups].join(', ')}`;
    for (let y = ref.from; y <= ref.to; y++) {
      if (!names.years.has(y)) return `yearly.csv has no year ${y}: the run covers ${Math.min(...names.years)}-${Math.max(...names.years)}`;
      if (!o.yearly.has(yearlyKey(y, ref.mode, ref.group, ref.metric))) return `yearly.csv has no row ${ref.metric} for mode ${ref.mode}, group ${ref.group} in ${y}`;
    }
    return undefined;
  }
  if (ref.mode !== undefined && !o.summary.modes.some((m) => m.mode === ref.mode)) return `summary.json has no mode "${ref.mode}"; modes: ${o.summary.modes.map((m) => m.mode).join(', ')}`;
  const v = summaryField(o.summary, ref);
  if (typeof v === 'number' || v === null) return undefined; // null: a figure undefined in this run (NaN in JSON)
  const here = ref.mode === undefined ? o.summary : o.summary.modes.find((m) => m.mode === ref.mode)!;
  const fields = numericFields(here);
  return `summary.json${ref.mode === undefined ? '' : ` (mode ${ref.mode})`} has no number "${ref.field}"${didYouMean(ref.field, fields)}; it has: ${fields.join(', ')}`;
}

function numericFields(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'number' ? [prefix + k] : numericFields(v, `${prefix}${k}.`)));
}

/**
 * The last calendar year an accessor looks at: a yearly window's end; the survey year; for a
 * summary figure, the end of the run unless its name says it is taken before withdrawal
 * (`...Before`: the last year of the before-window) or at the start (`...Start`). Unknown names
 * count as the whole run, so a new figure is refused as a target until it says otherwise.
 */
export function latestYear(o: IndexedOutputs, ref: Ref): number {
  if (ref.kind === 'yearly') return ref.to;
  if (ref.kind === 'survey') return o.summary.years.survey;
  const last = ref.field.split('.').pop()!;
  if (/Before$/.test(last)) return o.summary.withdrawal.before?.[1] ?? o.summary.years.end;
  if (/Start$/.test(last)) return o.summary.years.start;
  return o.summary.years.end;
}
