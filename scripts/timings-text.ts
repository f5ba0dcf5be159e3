/**
 * The README quotes the time of its long tour lines from docs/timings.json, which
 * scripts/readme-timings.ts measures and writes. This module is the pure half: how a
 * measurement is quoted, and the README with its quotes brought up to date. A test checks
 * that the committed README quotes what the committed timings.json records.
 */

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
