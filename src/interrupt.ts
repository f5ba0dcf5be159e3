/**
 * Ctrl-C (SIGINT) and a scheduler's SIGTERM, alike on every command (the CLI's guard runs each
 * command inside withInterrupts) and in every phase: loading, simulating, writing results,
 * drawing charts. The first signal aborts the command's AbortSignal: phases look at it between
 * steps (a replicate, a slice of design points, a batch, a file), keep what is committed,
 * remove their temporary files and throw Interrupted, which the CLI turns into exit code 130
 * with a message saying what was kept. A second signal stops the process at once, also with
 * 130 and a message, except inside an uninterruptible section (replacing a results folder by
 * its new version), which always completes first: a folder is never left half swapped. (A
 * signal within a quarter of a second of the first is the same request delivered twice, as
 * GNU timeout does, and is not a second one.)
 *
 * Signal handlers run between synchronous steps only: one replicate of the engine in the main
 * thread, or one probe run of a calibration, finishes before the signal is seen.
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

/** Exit code of an interrupted command, SIGINT or SIGTERM alike (what shells report for Ctrl-C). */
export const INTERRUPTED_EXIT = 130;

/** Signals this close together are one request, delivered twice (to the process and its group). */
const SAME_REQUEST_MS = 250;

// The process has one set of signal handlers, so the state of the sections is the process's too.
let sections = 0;
let exitWhenDone: string | undefined;

/**
 * Runs `action` so that a second signal cannot stop the process in the middle of it: the exit
 * waits until the section ends. For short steps that must not be cut (a rename pair).
 */
export async function uninterruptible<T>(action: () => Promise<T>): Promise<T> {
  sections++;
  try {
    return await action();
  } finally {
    if (--sections === 0 && exitWhenDone !== undefined) exitNow(exitWhenDone);
  }
}

function exitNow(message: string): never {
  process.stderr.write(message);
  process.exit(INTERRUPTED_EXIT);
}

/**
 * What a signal does now: one listener per signal stays installed while anything watches, and
 * calls this. (Removing a listener and adding another would drop a signal that arrived in
 * between, before Node delivered it: the command would then run on as if never interrupted.)
 */
let onSignal: ((name: NodeJS.Signals) => void) | undefined;
let watchers = 0;
const dispatch = (name: NodeJS.Signals) => onSignal?.(name);

function watch(): void {
  if (watchers++ === 0) {
    process.on('SIGINT', dispatch);
    process.on('SIGTERM', dispatch);
  }
}

function unwatch(): void {
  if (--watchers === 0) {
    process.off('SIGINT', dispatch);
    process.off('SIGTERM', dispatch);
  }
}

/**
 * Called first thing by the CLI, and never undone: until a command takes over (withInterrupts),
 * and after it has finished, a signal ends the process at once with exit 130 and a message.
 */
export function startWatchingSignals(): void {
  watch();
  onSignal = (name) => exitNow(`interrupted (${name}) while ipasim was starting: nothing was done\n`);
}

/**
 * Runs `action` with a signal that SIGINT and SIGTERM abort; afterwards a signal no longer
 * reaches it (in the CLI it then ends the process, saying the command had finished). An action that finishes after the signal (it had no step left to look at it)
 * still ends as interrupted, saying its work is complete.
 */
export async function withInterrupts<T>(action: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let first: number | undefined;
  const before = onSignal;
  onSignal = (name: NodeJS.Signals) => {
    if (first === undefined) {
      first = performance.now();
      return controller.abort();
    }
    // The same request delivered twice (GNU timeout and some schedulers signal the process and
    // then its process group) is one request: only a signal that comes later insists.
    if (performance.now() - first < SAME_REQUEST_MS) return;
    const message = `interrupted again (${name}): stopped at once; what was committed is kept, and the next run removes any temporary file left\n`;
    if (sections > 0) exitWhenDone = message;
    else exitNow(message);
  };
  watch();
  try {
    const result = await action(controller.signal);
    // A signal that came during the last synchronous step is delivered only now.
    await checkpoint(controller.signal, 'interrupted as the command finished: its work is complete and written');
    return result;
  } finally {
    onSignal = before && ((name) => exitNow(`interrupted (${name}) as ipasim finished: the command had completed its work\n`));
    unwatch();
  }
}
