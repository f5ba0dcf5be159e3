/**
 * The suite's only time limit, and it is a guard against a hang, not a measurement: no test
 * asserts how long anything takes, and no test waits a fixed time for something to happen (see
 * test/cli/fixtures/signal-hook.mjs). On a busy 2-core machine a single test has taken 110 s
 * (docs/timings.json records the suite); thirty minutes per test leaves such a test fifteen
 * times the room while still ending a stuck run.
 */
export const HANG_GUARD_MS = 30 * 60_000;
