/**
 * The windows of a run (summary.json `withdrawal`, src/engine/windows.ts) in words: which years
 * "before", "after", the trough and return to poverty cover, and how they were chosen (from
 * the instruments' end years, set in `analysis`, or none because nothing is withdrawn). The
 * terminal table, the report and `compare` print these lines.
 */
import type { RunSummary } from '../engine/output.js';
import { messages, type Lang } from './messages.js';
import { summaryMessages, type WindowsWords } from './summary-messages.js';

const span = (s: readonly [number, number]) => (s[0] === s[1] ? String(s[0]) : `${s[0]}–${s[1]}`);

/** The windows' words, or null when there are none (nothing withdrawn). */
export function windowsWords(summary: Pick<RunSummary, 'withdrawal' | 'years'>, lang: Lang): WindowsWords | null {
  const w = summary.withdrawal;
  if (w.start === null || w.complete === null || !w.before || !w.after || !w.trough) return null;
  const t = summaryMessages(lang).table, m = messages(lang);
  const scenarioInstruments = w.withdrawn.map((x) => t.instrument({ name: m.instruments[x.instrument] ?? x.instrument, end: x.end, path: x.path, years: x.years, to: x.to }));
  return {
    start: w.start, complete: w.complete, years: span([w.start, w.complete]), before: span(w.before), after: span(w.after),
    lastBefore: w.start - 1, trough: span(w.trough), counted: span([w.start, summary.years.end]),
    instruments: scenarioInstruments.join(lang === 'zh' ? '；' : '; '), afterEarly: w.after[0] <= w.complete,
  };
}

/** The lines that head a table or report: how the withdrawal years were chosen, the windows, what return to poverty counts. */
export function windowsLines(summary: Pick<RunSummary, 'withdrawal' | 'years'>, lang: Lang): string[] {
  const t = summaryMessages(lang).table.windows;
  const words = windowsWords(summary, lang);
  if (!words) return [t.none];
  return [summary.withdrawal.rule === 'analysis' ? t.analysis(words) : t.instruments(words), t.years(words), t.counted(words)];
}
