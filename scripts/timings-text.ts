/**
 * The README quotes the time of its long tour lines from docs/timings.json, which
 * scripts/readme-timings.ts measures and writes. This module is the pure half: how a
 * measurement is quoted, and the README with its quotes brought up to date. A test checks
 * that the committed README quotes what the committed timings.json records.
 */
import { HANG_GUARD_MS } from '../test/hang-guard.js';

export interface Timings {
  /** UTC date of the measurement. */
  measured: string;
  cores: number;
  /** One-minute load average before and after, so a reader sees how busy the machine was. */
  load: [number, number];
  commands: { command: string; seconds: number }[];
}

/** "about 31 s", "about 2.3 min": two significant figures. */
export function quoteSeconds(seconds: number): string {
  if (seconds < 90) return `about ${Number(seconds.toPrecision(2))} s`;
  return `about ${Number((seconds / 60).toPrecision(2))} min`;
}

/** The tour comment's time for one command: "long (about 31 s on 2 cores, docs/timings.json)". */
export const quote = (t: Timings, seconds: number) => `long (${quoteSeconds(seconds)} on ${t.cores} cores, docs/timings.json)`;

/** The README with each timed tour line's "long (...)" replaced by the measured quote. Throws for a command the README lacks. */
export function quoteTimings(readme: string, t: Timings): string {
  let out = readme;
  for (const c of t.commands) {
    const line = new RegExp(`^(${c.command.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s+#\\s*)long \\([^)]*\\)`, 'm');
    if (!line.test(out)) throw new Error(`README: no tour line "${c.command}  # long (...)"`);
    out = out.replace(line, `$1${quote(t, c.seconds)}`);
  }
  return out;
}

/** What scripts/suite-timing.ts measured: `npm test` on this machine beside another CPU-bound job. */
export interface SuiteTiming {
  /** UTC date of the measurement. */
  measured: string;
  cores: number;
  /** The stated budget for one `npm test` on 2 cores with another CPU-bound job running. */
  budgetMinutes: number;
  /** The job the script ran beside the suite, besides whatever else the machine was doing. */
  otherJob: string;
  runs: {
    wallSeconds: number;
    /** One-minute load average: before, the mean of samples every 30 s, the highest sample, after. */
    load: { before: number; mean: number; max: number; after: number };
    tests: number;
    failed: number;
    /** What the suite left in its private temporary folder (should be nothing). */
    leftInTemp: string[];
    /** Why a test failed, where the failure was the measurement's own doing (quoted in the README). */
    note?: string;
  }[];
}

/** "about 44 min": whole minutes from 10 minutes, else two significant figures. */
export function quoteMinutes(seconds: number): string {
  const min = seconds / 60;
  return `about ${min >= 10 ? Math.round(min) : Number(min.toPrecision(2))} min`;
}

const SUITE = /<!-- suite-timing -->[\s\S]*?<!-- \/suite-timing -->/;

/** The README's sentence on the suite's time and budget, from docs/suite-timing.json. */
export function suiteSentence(t: SuiteTiming): string {
  const runs = t.runs.map((r) => `${quoteMinutes(r.wallSeconds)} (load average ${r.load.mean.toFixed(0)} on average, ${r.load.max.toFixed(0)} at most; ${r.tests.toLocaleString('en-US')} tests, ${r.failed} failed${r.note ? `: ${r.note}` : ''})`);
  const inRow = t.runs.length === 1 ? 'once' : t.runs.length === 2 ? 'twice in a row' : `${t.runs.length} times in a row`;
  return [
    '<!-- suite-timing -->',
    `Budget for \`npm test\`: **${t.budgetMinutes} minutes on ${t.cores} cores with another CPU-bound job running**. Measured`,
    `${t.measured}, ${inRow} beside ${t.otherJob} on a machine other jobs shared too: ${runs.join('; ')}`,
    '(docs/suite-timing.json; `npm run build && npx tsx scripts/suite-timing.ts --runs 2` measures it again and',
    'rewrites this sentence). No test reads a clock or sets its own time limit: a single hang guard of',
    `${HANG_GUARD_MS / 60_000} minutes a test (test/hang-guard.ts) ends a stuck one, and every temporary folder a test makes`,
    'is removed after its file (test/suite-hygiene.test.ts checks both).',
    '<!-- /suite-timing -->',
  ].join('\n');
}

/** The README with its suite sentence brought up to date. Throws when the README lacks the markers. */
export function quoteSuite(readme: string, t: SuiteTiming): string {
  if (!SUITE.test(readme)) throw new Error('README: no <!-- suite-timing --> ... <!-- /suite-timing --> block');
  return readme.replace(SUITE, suiteSentence(t));
}
