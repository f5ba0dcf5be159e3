/**
 * scripts/validation-report.ts --only after-2025: the baseline's predictions for 2026-2035 under
 * the announced system, written into docs/validation.md between its markers (run in a copy of
 * the repository's scenarios, calibration and validation page, so the real page is not touched).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const REPO = process.cwd();
const dir = tempDir('ipasim-validation-');
const BEFORE = '# Validation\n\nsection one, kept\n\n## 5. Which uncertain parameters matter\n\nsection five, kept\n';
let first = '', second = '';

const run = () => spawnSync(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'scripts/validation-report.ts'), '--only', 'after-2025'], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  // Without a posterior sample the script takes the baseline's values for every run (and says so):
  // the section's form does not depend on the state of the shipped sample.
  for (const d of ['scenarios', 'calibration']) cpSync(join(REPO, d), join(dir, d), { recursive: true });
  rmSync(join(dir, 'calibration/p-village.posterior.csv'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/validation.md'), BEFORE);
  const a = run();
  expect(a.status, a.stderr).toBe(0);
  first = readFileSync(join(dir, 'docs/validation.md'), 'utf8');
  const b = run(); // again: the section is replaced, not added twice
  expect(b.status, b.stderr).toBe(0);
  second = readFileSync(join(dir, 'docs/validation.md'), 'utf8');
});

describe('validation-report --only after-2025', () => {
  it('puts the section before section 5 the first time and replaces it in place after, leaving the rest as it was', () => {
    expect(first.startsWith('# Validation\n\nsection one, kept\n\n<!-- after-2025:start -->')).toBe(true);
    expect(first.endsWith('<!-- after-2025:end -->\n\n## 5. Which uncertain parameters matter\n\nsection five, kept\n')).toBe(true);
    expect(second).toBe(first); // the same draws and seeds: the same figures, once
    expect(second.split('<!-- after-2025:start -->')).toHaveLength(2);
  });

  it('labels the figures as predictions and gives every year 2026-2035 with its 5-95% range', () => {
    expect(first).toContain('### 4.3 After 2025 under the announced system: predictions for 2026-2035');
    expect(first).toContain('**Predictions, not targets** (principle 3 of the brief)');
    expect(first).toContain('run r with seed r and the baseline\'s own values (no posterior sample was found)');
    for (let year = 2026; year <= 2035; year++) {
      const row = first.split('\n').find((l) => l.startsWith(`| ${year} |`));
      expect(row, String(year)).toBeDefined();
      const cells = row!.split('|').slice(2, -1);
      expect(cells).toHaveLength(11);
      for (const c of cells) expect(c, `${year}: ${c}`).toMatch(/^ -?[\d.]+ \(-?[\d.]+ to -?[\d.]+\) $/);
    }
  });

  it('sets the withdrawal beside it, paired run by run, with the difference\'s range', () => {
    const row = first.split('\n').find((l) => l.startsWith('| fiscal cost 2026-2035 (thousand yuan) |'))!;
    const [announced, withdrawal, difference] = row.split('|').slice(2, 5).map((c) => Number(c.trim().split(' ')[0]));
    // The announced system pays for what the withdrawal stops: it costs more from 2026, run by run.
    expect(difference).toBeCloseTo(announced - withdrawal, -1);
    expect(Number(row.split('|')[4].match(/\((-?[\d.]+) to/)![1])).toBeGreaterThan(0);
  });
});
