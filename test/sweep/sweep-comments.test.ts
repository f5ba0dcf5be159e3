/** The shipped sweep files' comments say what the schema says: defaults, priors and ranges, and the files they name exist. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterRows, samplingRange } from '../../src/scenario/parameter-table.js';
import { Scenario } from '../../src/scenario/schema.js';

const rows = new Map(parameterRows(Scenario).map((r) => [r.path, r]));
const files = readdirSync('sweeps').filter((f) => f.endsWith('.yaml')).map((f) => `sweeps/${f}`);

describe('shipped sweep comments', () => {
  it('a parameter line\'s "# default D, prior A-B unit" (or "range A-B") is the schema\'s default, prior (or validity bound) and unit', () => {
    let checked = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const m = /^\s+([\w.]+):.*#\s*default ([-\d.]+), (prior|range) ([-\d.]+)-([-\d.]+) (\S+)\s*$/.exec(line);
        if (!m) continue;
        const [, path, def, kind, min, max, unit] = m;
        const row = rows.get(path), range = samplingRange(Scenario, path);
        expect(row, `${file}: ${path} is not a scenario parameter`).toBeDefined();
        expect(Number(def), `${file}: ${path} default`).toBe(row!.default);
        expect(kind, `${file}: ${path} is sampled over its ${range!.prior ? 'prior' : 'range'}`).toBe(range!.prior ? 'prior' : 'range');
        expect([Number(min), Number(max)], `${file}: ${path} ${kind}`).toEqual([range!.min, range!.max]);
        expect(unit, `${file}: ${path} unit`).toBe(row!.unit);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('every script or file a sweep comment names exists', () => {
    for (const file of files) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/\b((?:scripts|docs|test)\/[\w./-]+\.(?:ts|md))/g)) expect(existsSync(name), `${file} names ${name}`).toBe(true);
    }
  });
});
