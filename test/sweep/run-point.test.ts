import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { loadSweep, sweepContext } from '../../src/sweep/load-sweep.js';
import { pointValues } from '../../src/sweep/points.js';
import { runPoint } from '../../src/sweep/run-point.js';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../temp-dir.js';

describe('running one point', () => {
  it('gives the same rows whether the point is parsed again or set on the validated base', async () => {
    const file = join(tempDir('ipasim-rp-'), 'rp.yaml');
    writeFileSync(file, `scenario: ${resolve('scenarios/p-village.yaml')}\nset: { villages.0.households: 20, time.end: 2029 }\nreplicates: 2\ndesign: { type: grid, parameters: { demography.outMigration: [0.05, 0.4] } }\n`);
    const sweep = await loadSweep(file);
    expect(sweep.prevalidated).toBe(true);
    const ctx = { ...sweepContext(sweep), prevalidated: false };
    const task = { point: 1, values: pointValues(sweep.table, 1) };
    const parsed = runPoint(ctx, task, simulate);
    expect(runPoint({ ...ctx, prevalidated: true }, task, simulate)).toEqual(parsed);
    // and the point's value really reached the engine
    expect(runPoint(ctx, { point: 1, values: pointValues(sweep.table, 0) }, simulate)).not.toEqual(parsed);
  });
});
