/**
 * A progress bar with ETA on standard error. Shown only on a terminal (CI logs and pipes get
 * nothing) and only once a run has lasted a second: short runs should not flash a bar.
 *
 * The engine is synchronous and blocks the event loop, so the bar cannot be started by a
 * timer; it starts on the first tick after one second, and cli-progress redraws on updates.
 */
import cliProgress from 'cli-progress';

export interface ProgressOptions {
  /** Total units of work (simulated years over all replicates). */
  total: number;
  /** Shown before the bar, e.g. the scenario name. */
  label: string;
  stream?: NodeJS.WriteStream;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
  /** What a unit is, after the counts (default "years"). */
  unit?: string;
}

export interface Progress {
  /** Reports `done` units finished so far. */
  tick(done: number): void;
  /** Ends the bar, if shown; call it also when the run fails, to restore the cursor. Idempotent. */
  stop(): void;
}

/** How long a run must last before the bar appears. */
export const PROGRESS_DELAY_MS = 1000;

export function createProgress({ total, label, stream = process.stderr, now = Date.now, unit = 'years' }: ProgressOptions): Progress {
  const started = now();
  const tty = stream.isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  let stopped = false;
  return {
    tick(done) {
      if (!tty || stopped) return;
      if (!bar) {
        if (now() - started < PROGRESS_DELAY_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          { stream, format: `{label} [{bar}] {percentage}% | ETA {eta_formatted} | {value}/{total} ${unit}`, hideCursor: true, etaBuffer: 50 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { label }); // a payload, so braces in the name are not format tokens
        return;
      }
      bar.update(done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar?.stop();
    },
  };
}
