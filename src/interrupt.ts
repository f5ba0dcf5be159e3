/**
 * Ctrl-C (SIGINT) and a scheduler's SIGTERM, honoured in every phase of a command: while
 * loading a design, simulating, writing results or drawing charts. A phase that touches the
 * disk runs inside withInterrupts and checks the signal between steps (a slice of design
 * points, a file); writers remove their temporary files before throwing Interrupted, which the
 * CLI turns into exit code 130. A phase that is one long synchronous computation with nothing
 * on disk (ipasim run's replicates) installs no handler, so the signal ends it at once.
 */

/** The command stopped at the user's (or the scheduler's) request; `message` says what was kept. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}

/** Throws Interrupted when `signal` has been aborted. */
export function throwIfInterrupted(signal: AbortSignal | undefined, message = 'interrupted: nothing was written'): void {
  if (signal?.aborted) throw new Interrupted(message);
}

/** Lets signal handlers (and timers) run between synchronous steps, then checks the signal. */
export async function checkpoint(signal: AbortSignal | undefined, message?: string): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  throwIfInterrupted(signal, message);
}

/** Runs `action` with a signal that SIGINT and SIGTERM abort; the handlers are removed afterwards. */
export async function withInterrupts<T>(action: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    return await action(controller.signal);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
