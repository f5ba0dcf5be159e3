import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Interrupted } from '../../src/interrupt.js';
import { writeSweepCharts } from '../../src/report/sweep-report.js';
import { gridSweep } from '../charts/sweep-fixtures.js';
import { sealed } from '../io/sealed-fixture.js';

describe('the charts of a finished sweep', () => {
  it('interrupted while drawing, stop before report.html and say the tables are complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipasim-sweep-report-'));
    for (const [name, text] of Object.entries(sealed(gridSweep()))) writeFileSync(join(dir, name), text);
    const controller = new AbortController();
    controller.abort();
    const drawing = writeSweepCharts(dir, 'en', controller.signal);
    await expect(drawing).rejects.toBeInstanceOf(Interrupted);
    await expect(writeSweepCharts(dir, 'en', controller.signal)).rejects.toThrow(/report\.html not written \(the tables are complete; ipasim report .* draws them\)/);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
    expect(await writeSweepCharts(dir, 'en')).toContain('report.html');
  });
});
