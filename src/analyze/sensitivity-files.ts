/**
 * The text of sensitivity.csv, sensitivity.json and discovery.json (docs/sweeps.md,
 * "Sensitivity files"). Numbers keep 6 significant digits, like every results file; an
 * undefined figure is an empty CSV field or a JSON null.
 */
import { formatCsv } from '../io/csv.js';
import { formatJson } from '../io/json.js';
import type { Analysis, Discovery } from './analyze-sweep.js';
import type { PrimBox } from '../sensitivity/prim.js';

/** 6 significant digits, or null for an undefined figure. */
const r6 = (x: number): number | null => (Number.isFinite(x) ? Number(x.toPrecision(6)) : null);

export function sensitivityCsv(a: Analysis): string {
  const rows: (string | number)[][] = [];
  for (const o of a.outputs) {
    const head = [o.metric, o.mode, o.year ?? ''];
    for (const s of o.sobol ?? []) {
      rows.push([...head, s.factor, 'S1', s.S1, s.S1Low, s.S1High]);
      rows.push([...head, s.factor, 'ST', s.ST, s.STLow, s.STHigh]);
    }
    for (const m of o.morris ?? []) {
      rows.push([...head, m.factor, 'mu', m.mu, NaN, NaN]);
      rows.push([...head, m.factor, 'muStar', m.muStar, m.muStarLow, m.muStarHigh]);
      rows.push([...head, m.factor, 'sigma', m.sigma, NaN, NaN]);
    }
  }
  return formatCsv(['metric', 'mode', 'year', 'factor', 'index', 'value', 'low', 'high'], rows, { missing: 'empty' });
}

export function sensitivityJson(a: Analysis): string {
  return formatJson({
    sweep: a.sweep, design: a.design, factors: a.factors, confidence: a.confidence, bootstrap: a.bootstrap,
    outputs: a.outputs.map((o) => ({
      metric: o.metric, mode: o.mode, year: o.year, noiseShare: r6(o.noiseShare), undefinedRuns: o.undefinedRuns,
      ...(o.sobol ? { sobol: o.sobol.map((s) => ({ factor: s.factor, S1: r6(s.S1), S1Low: r6(s.S1Low), S1High: r6(s.S1High), ST: r6(s.ST), STLow: r6(s.STLow), STHigh: r6(s.STHigh) })) } : {}),
      ...(o.morris ? { morris: o.morris.map((m) => ({ factor: m.factor, mu: r6(m.mu), muStar: r6(m.muStar), muStarLow: r6(m.muStarLow), muStarHigh: r6(m.muStarHigh), sigma: r6(m.sigma) })) } : {}),
    })),
    skipped: a.skipped,
  });
}

function boxJson(b: PrimBox, d: Discovery, bounds: { min: number; max: number }[], baseRate: number) {
  return {
    coverage: r6(b.coverage), density: r6(b.density), lift: r6(b.density / baseRate), support: r6(b.support), runs: b.cases, positives: b.positives,
    limits: b.limits.map((l, i) => ({ factor: d.columns[i], min: r6(l.min), max: r6(l.max), restricted: l.min > bounds[i].min || l.max < bounds[i].max })),
  };
}

export function discoveryJson(sweep: string, d: Discovery): string {
  return formatJson({
    sweep, where: d.where.text, alpha: d.alpha, factors: d.columns, labels: d.labels, ignoredColumns: d.ignoredColumns,
    modes: d.modes.map((m) => ({
      mode: m.mode, runs: m.runs, undefinedRuns: m.undefinedRuns, positives: m.positives, baseRate: r6(m.baseRate), beatsBaseRate: m.beatsBaseRate, sentence: m.sentence,
      box: m.prim ? boxJson(m.prim.box, d, m.prim.bounds, m.baseRate) : null,
      chosenIndex: m.prim ? m.prim.chosenIndex : null,
      trajectory: m.prim ? m.prim.trajectory.map((b) => boxJson(b, d, m.prim!.bounds, m.baseRate)) : [],
    })),
  });
}
