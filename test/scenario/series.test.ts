import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { yearly } from '../../src/scenario/schema/series.js';
import { parameterRows } from '../../src/scenario/parameter-table.js';
import { seriesValue, seriesYears } from '../../src/engine/series.js';

const wage = yearly({ 2020: { value: 4549, source: 'NBS 2020' }, 2022: { value: 5240, source: 'NBS 2022' } }, { unit: 'yuan/month', min: 0, max: 1e5, description: 'monthly earnings' });

describe('yearly', () => {
  it('gives one parameter per year, each with its own source, as y<year>', () => {
    const rows = parameterRows(z.strictObject({ wage }));
    expect(rows.map((r) => [r.path, r.default, r.source])).toEqual([['wage.y2020', 4549, 'NBS 2020'], ['wage.y2022', 5240, 'NBS 2022']]);
  });
  it('refuses an unknown year and a value out of bounds', () => {
    expect(wage.safeParse({ y2021: 1 }).success).toBe(false);
    expect(wage.safeParse({ y2020: -1 }).success).toBe(false);
    expect(wage.parse({ y2020: 4000 })).toEqual({ y2020: 4000, y2022: 5240 });
  });
});

describe('seriesValue', () => {
  const s = { y2016: 10, y2018: 20, y2021: 50 };
  it('returns the data in data years, interpolates between them and holds the ends', () => {
    expect(seriesYears(s)).toEqual([2016, 2018, 2021]);
    expect([2015, 2016, 2017, 2018, 2019, 2021, 2030].map((y) => seriesValue(s, y))).toEqual([10, 10, 15, 20, 30, 50, 50]);
  });
});
