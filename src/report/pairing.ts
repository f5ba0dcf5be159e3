/**
 * Whether two runs can be compared pair by pair (`ipasim compare`): replicate r of A and of B
 * share random numbers only when they simulate the same households over the same years with
 * the same seeds (common random numbers, docs/results.md). Otherwise a "paired" difference
 * would mix the scenario change with a different population or horizon: say why, in words.
 */
import type { RunData } from '../charts/run-data.js';

const seedsOf = (d: RunData): number[] => d.manifest.seeds ?? [d.manifest.seed];
const range = (s: readonly number[]) => (s.length > 1 ? `${s[0]}–${s[s.length - 1]} (${s.length})` : String(s[0]));

interface VillageGroup { name?: string; count?: number; households?: number }
const villagesOf = (d: RunData): string => {
  const groups = ((d.manifest.resolvedScenario as { villages?: VillageGroup[] } | undefined)?.villages ?? []);
  return groups.map((g) => `${g.count ?? 1} x ${g.households ?? '?'}`).join(' + ') || '?';
};

/** The reasons A and B are not paired; empty when they are. */
export function pairingProblems(a: RunData, b: RunData): string[] {
  const out: string[] = [];
  const ya = a.summary.years, yb = b.summary.years;
  if (ya.start !== yb.start || ya.end !== yb.end) out.push(`the horizons differ (A ${ya.start}-${ya.end}, B ${yb.start}-${yb.end})`);
  const va = villagesOf(a), vb = villagesOf(b);
  const ha = a.summary.population.householdsStart, hb = b.summary.population.householdsStart;
  if (va !== vb || ha !== hb) out.push(`the villages differ (A: ${va} households, ${ha} at the start; B: ${vb}, ${hb})`);
  const sa = seedsOf(a), sb = seedsOf(b);
  if (sa.length !== sb.length || sa.some((s, i) => s !== sb[i])) out.push(`the replicate seeds differ (A: ${range(sa)}; B: ${range(sb)})`);
  return out;
}

type Windows = RunData['summary']['withdrawal'];
/** Which windows each window-dependent figure reads (src/engine/windows.ts, docs/results.md). */
const READS: Record<string, readonly ('before' | 'after' | 'trough' | 'start')[]> = {
  incomeBefore: ['before'], incomeAfter: ['after'], incomeDropPct: ['before', 'after'], incomeShockPct: ['trough'],
  yearsAboveLineShare: ['start'], returnToPovertyRate: ['start'], selfMadeBefore: ['before'], selfMadeAfter: ['after'],
  incomeEffectBefore: ['before'], incomeEffectAfter: ['after'], selfMadeEffectAfter: ['after'], povertyEffectAfter: ['after'],
};
const same = (a: Windows, b: Windows, k: 'before' | 'after' | 'trough' | 'start') => JSON.stringify(a[k]) === JSON.stringify(b[k]);

/**
 * The figures of `metrics` whose windows differ between A and B: their difference mixes the
 * scenario change with a change of the years averaged (B's withdrawal ending later, say).
 * Empty when the windows agree.
 */
export function windowMismatch(a: RunData, b: RunData, metrics: readonly string[]): string[] {
  const wa = a.summary.withdrawal, wb = b.summary.withdrawal;
  return metrics.filter((metric) => (READS[metric] ?? []).some((k) => !same(wa, wb, k)));
}
