/**
 * The one-paragraph finding at the top of a run's report, generated from the summary: which
 * mode keeps income after withdrawal (and whether the replicates can tell), who falls back
 * into poverty, and at what cost. Every number comes from summary.json; the sentences from
 * summary-messages.ts, in English or Chinese.
 */
import type { RunSummary } from '../engine/output.js';
import { fmtNumber, fmtPct, fmtShare } from './format.js';
import { messages, type Lang } from './messages.js';
import { modeInterval } from './mode-intervals.js';
import { modeOrder } from './mode-order.js';
import { replicateSummaries } from './paired-differences.js';
import { summaryMessages } from './summary-messages.js';

export function finding(summary: RunSummary & { replicates?: RunSummary[] }, lang: Lang): string {
  const t = summaryMessages(lang).finding;
  const m = messages(lang);
  const n = replicateSummaries(summary).length;
  const name = (mode: string) => m.modes[mode] ?? mode;
  const mean = (mode: string, key: string) => modeInterval(summary, mode, (x) => x[key]).mean;
  const four = summary.modes.map((x) => x.mode as string).filter((x) => x !== 'all');
  const w = summary.withdrawal;
  const sentences: string[] = [];

  const order = modeOrder(summary, 'incomeDropPct', four);
  const ranked = order.tiers.flat();
  if (ranked.length > 0) {
    const best = ranked[0], worst = ranked[ranked.length - 1];
    // A negative drop is a rise: say so, rather than "fell by −3%".
    if (mean(worst, 'incomeDropPct') <= 0) sentences.push(t.rise({ best: name(best), bestDrop: fmtPct(-mean(best, 'incomeDropPct')) }));
    else {
      // A negative drop is a rise: say "rises by 1.3%", never "falls by −1.3%".
      const bestDrop = mean(best, 'incomeDropPct'), bestRises = bestDrop < 0;
      sentences.push(t.drop({ start: w.start, complete: w.complete, best: name(best), bestDrop: fmtPct(bestRises ? -bestDrop : bestDrop), worst: name(worst), worstDrop: fmtPct(mean(worst, 'incomeDropPct')), clear: n > 1 && order.clear, n, bestRises }));
    }
  }

  // What each mode still adds after withdrawal, against the same village without it.
  const effects = modeOrder(summary, 'incomeEffectAfter', four);
  const byEffect = effects.tiers.flat();
  if (byEffect.length > 1) {
    const top = byEffect[0], bottom = byEffect[byEffect.length - 1];
    sentences.push(t.effect({ top: name(top), topEffect: fmtNumber(mean(top, 'incomeEffectAfter')), bottom: name(bottom), bottomEffect: fmtNumber(mean(bottom, 'incomeEffectAfter')), clear: n > 1 && effects.clear }));
  }

  const rates = four.map((mode) => ({ mode, rate: mean(mode, 'returnToPovertyRate') })).filter((x) => Number.isFinite(x.rate)).sort((a, b) => b.rate - a.rate);
  const all = mean('all', 'returnToPovertyRate');
  if (rates.length && rates[0].rate > 0) sentences.push(t.fallBack({ all: fmtShare(all), worst: name(rates[0].mode), worstRate: fmtShare(rates[0].rate) }));
  else if (rates.length) sentences.push(t.fallBackNone);

  const fiscal = replicateSummaries(summary).map((s) => s.fiscal);
  const avg = (xs: number[]) => { const d = xs.filter(Number.isFinite); return d.length ? d.reduce((a, b) => a + b, 0) / d.length : NaN; };
  sentences.push(t.cost({ total: fmtNumber(avg(fiscal.map((f) => f.total))), keptOut: fmtNumber(avg(fiscal.map((f) => f.costPerHouseholdKeptOut))) }));
  return sentences.join(m.sentenceJoin);
}
