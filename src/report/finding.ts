/**
 * The one-paragraph finding at the top of a run's report, generated from the summary: how far
 * income falls when support is withdrawn and between the windows, which modes can be told
 * apart on it (mode-ordering.ts: every pair, paired by seed, ranks only where an interval
 * excludes 0), what each mode adds against the same village without it, who falls back
 * below the line, and what support costs. Every number comes from summary.json; the sentences
 * from summary-messages.ts, in English or Chinese. A scenario that withdraws nothing says so.
 */
import type { RunSummary } from '../engine/output.js';
import { fmtNumber, fmtPct, fmtShare } from './format.js';
import { messages, type Lang } from './messages.js';
import { modeInterval } from './mode-intervals.js';
import { figureOrdering, modeOrdering } from './mode-ordering.js';
import { clearBest, lettersText, type Ordering } from './ordering.js';
import { replicateSummaries } from './paired-differences.js';
import { summaryMessages } from './summary-messages.js';
import { windowsWords } from './windows-text.js';

type Summary = RunSummary & { replicates?: RunSummary[] };

export function finding(summary: Summary, lang: Lang): string {
  const t = summaryMessages(lang).finding;
  const m = messages(lang);
  const n = replicateSummaries(summary).length;
  const name = (mode: string) => m.modes[mode] ?? mode;
  const mean = (mode: string, key: string) => modeInterval(summary, mode, (x) => x[key]).mean;
  const four = summary.modes.map((x) => x.mode as string).filter((x) => x !== 'all');
  const sentences: string[] = [];
  /** The sentence of one ordering; none for a single mode. */
  const order = (o: Ordering, what: string) => {
    if (o.status === 'single') return;
    const best = clearBest(o);
    sentences.push(t.order({ status: o.status, letters: lettersText(o, name, m.listJoin), names: o.items.map((x) => name(x.key)).join(m.listJoin), n, what, ...(best ? { best: name(best) } : {}) }));
  };
  /** "cooperative 8.5%, employment 10.2%": each mode's mean, in the order of the modes. */
  const values = (key: string, format: (x: number) => string) => four.filter((x) => Number.isFinite(mean(x, key))).map((x) => `${name(x)} ${format(mean(x, key))}`).join(m.listJoin);

  const w = windowsWords(summary, lang);
  if (!w) sentences.push(t.none);
  else {
    const fall = mean('all', 'incomeShockPct'), drop = mean('all', 'incomeDropPct');
    sentences.push(t.shock({
      years: w.years, lastBefore: w.lastBefore, trough: w.trough, fall: fmtPct(Math.abs(fall)), rises: fall < 0,
      before: w.before, after: w.after, change: fmtPct(Math.abs(drop)), changeRises: drop < 0,
    }));
    order(modeOrdering(summary, 'incomeShockPct', four), t.orderWhat.incomeShockPct);

    // What each mode still adds after withdrawal, against the same village without it.
    const effects = values('incomeEffectAfter', (x) => fmtNumber(x));
    if (effects) {
      sentences.push(t.effect({ values: effects }));
      order(modeOrdering(summary, 'incomeEffectAfter', four), t.orderWhat.incomeEffectAfter);
    }

    const all = mean('all', 'returnToPovertyRate');
    if (Number.isFinite(all)) {
      sentences.push(t.fallBack({ all: fmtShare(all), lastBefore: w.lastBefore, counted: w.counted, values: values('returnToPovertyRate', (x) => fmtShare(x)) }));
      order(figureOrdering(summary, four, 'returnToPovertyRate', false), t.orderWhat.returnToPovertyRate);
    }
  }

  const fiscal = replicateSummaries(summary).map((s) => s.fiscal);
  const avg = (xs: number[]) => { const d = xs.filter(Number.isFinite); return d.length ? d.reduce((a, b) => a + b, 0) / d.length : NaN; };
  sentences.push(t.cost({ total: fmtNumber(avg(fiscal.map((f) => f.total))), start: summary.years.start, end: summary.years.end, perRegistered: fmtNumber(avg(fiscal.map((f) => f.perRegisteredNotPoor))) }));
  return sentences.join(m.sentenceJoin);
}
