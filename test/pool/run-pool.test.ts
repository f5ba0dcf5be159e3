import { describe, expect, it } from 'vitest';
import { OUT_OF_MEMORY, runPool } from '../../src/pool/run-pool.js';
import { UserError } from '../../src/user-error.js';

/** squares task.n (times workerData.factor) after task.ms, with task.steps progress reports; needs dist/ (npm run build) */
const script = new URL('./fixtures/square-worker.mjs', import.meta.url);
const label = (t: { n: number }) => `task ${t.n}`;
interface Task { n: number; ms: number; steps: number; fail?: 'user' | 'bug'; hog?: boolean }
interface Result { n: number; square: number; negativeZero: number; notANumber: number }

describe('the worker pool', () => {
  it('reports every result under its task index, whatever order the workers finish in, with -0 and NaN intact', async () => {
    // The first tasks take longest (400, 300, 200, 100, 0, 0 ms), so later ones finish first.
    const tasks: Task[] = [0, 1, 2, 3, 4, 5].map((n) => ({ n, ms: Math.max(0, 100 * (4 - n)), steps: 0 }));
    const seen: number[] = [];
    const results: Result[] = [];
    const outcome = await runPool(tasks, { factor: 2 }, 3, { onResult: (i, r: Result) => { seen.push(i); results[i] = r; } }, { script, label, inFlight: 1 });
    expect(outcome).toBe('done');
    expect(seen).not.toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => r.square)).toEqual([0, 2, 8, 18, 32, 50]);
    expect(results.every((r) => Object.is(r.negativeZero, -0) && Number.isNaN(r.notANumber))).toBe(true);
  });

  it('passes on every progress report with the task that made it', async () => {
    const tasks: Task[] = [{ n: 0, ms: 0, steps: 3 }, { n: 1, ms: 0, steps: 5 }];
    const progress = [0, 0];
    await runPool(tasks, { factor: 1 }, 2, { onProgress: (i) => progress[i]++, onResult: () => {} }, { script, label });
    expect(progress).toEqual([3, 5]);
  });

  it('reports a worker that ran out of memory as something the user can change, not as a crash', async () => {
    const err = await runPool([{ n: 1, ms: 0, steps: 0, hog: true }], { factor: 1 }, 1, { onResult: () => {} }, { script, label, resourceLimits: { maxOldGenerationSizeMb: 16 } }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(OUT_OF_MEMORY);
  });

  it('rejects with the task named, as a UserError when the worker says the user can fix it', async () => {
    const run = (fail: 'user' | 'bug') => runPool([{ n: 1, ms: 0, steps: 0 }, { n: 2, ms: 0, steps: 0, fail }], { factor: 1 }, 2, { onResult: () => {} }, { script, label });
    const user = await run('user').catch((err: Error) => err);
    expect(user).toBeInstanceOf(UserError);
    expect((user as Error).message).toBe('task 2: cannot square 2');
    const bug = await run('bug').catch((err: Error) => err);
    expect(bug).toBeInstanceOf(Error);
    expect(bug).not.toBeInstanceOf(UserError);
    expect((bug as Error).message).toBe('task 2: cannot square 2');
  });

  it('stops when the signal aborts, reporting only what had finished, without waiting for the task still running', async () => {
    const controller = new AbortController();
    // Task 1 sleeps for a day: were the pool to wait for it, this test would time out instead of passing.
    const tasks: Task[] = [{ n: 0, ms: 0, steps: 0 }, { n: 1, ms: 86_400_000, steps: 0 }];
    const done: number[] = [];
    const outcome = await runPool(tasks, { factor: 1 }, 1, { onResult: (i) => { done.push(i); controller.abort(); } }, { script, label, signal: controller.signal });
    expect(outcome).toBe('interrupted');
    expect(done).toEqual([0]);
  });
});
