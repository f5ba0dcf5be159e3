import { describe, expect, it } from 'vitest';
import type { YearlyRow } from '../../src/engine/output.js';
import { packYearly, unpackYearly } from '../../src/run/packed-yearly.js';
import { fakeYearly } from './fixtures.js';

describe('yearly rows packed for the trip from a worker', () => {
  it('come back field for field through a structured clone, -0, NaN and infinities included', () => {
    const specials = [-0, NaN, Infinity, -Infinity, 5e-324, 0.1 + 0.2];
    const rows: YearlyRow[] = fakeYearly(2016, 2020, (year, i) => (i < specials.length ? specials[i] : year * 1000 + i / 7));
    rows.push({ year: 2020, mode: 'all', group: 'all', metric: 'fiscal.dividends', value: -0 });
    const packed = packYearly(rows);
    expect(packed.keys.length).toBeLessThan(rows.length); // one key per (mode, group, metric), not per row
    const back = unpackYearly(structuredClone(packed));
    expect(back).toStrictEqual(rows);
    expect(Object.is(back.at(-1)!.value, -0)).toBe(true);
  });

  it('refuse rows with bands and rows of an unknown mode, rather than drop what they cannot carry', () => {
    expect(() => packYearly([{ year: 2020, mode: 'all', group: 'all', metric: 'R', value: 1, p05: 0, p95: 2 }])).toThrow(/row 0 has bands/);
    expect(() => packYearly([{ year: 2020, mode: 'everyone' as YearlyRow['mode'], group: 'all', metric: 'R', value: 1 }])).toThrow(/unknown mode or group \(everyone, all\)/);
  });
});
