import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { priceLevel, realFixed, realValue } from '../../src/engine/prices.js';
import { seriesValue } from '../../src/engine/series.js';
import { Scenario } from '../../src/scenario/schema.js';

const sc = Scenario.parse({});

describe('priceLevel', () => {
  it('is 1 in the price base year and compounds the CPI on either side', () => {
    expect(priceLevel(sc, 2020)).toBe(1);
    const cpi = sc.economy.prices.cpi;
    expect(priceLevel(sc, 2022)).toBeCloseTo((1 + cpi.y2021) * (1 + cpi.y2022), 12);
    expect(priceLevel(sc, 2018)).toBeCloseTo(1 / ((1 + cpi.y2019) * (1 + cpi.y2020)), 12);
  });
  it('rises at cpiAfter beyond the data', () => {
    const s = { ...sc, economy: { ...sc.economy, prices: { ...sc.economy.prices, cpiAfter: 0.03 } } };
    expect(priceLevel(s, 2027) / priceLevel(s, 2026)).toBeCloseTo(1.03, 12);
  });
  it('of year t+1 over year t is 1 + the CPI change of t+1 for every year of the data', () => {
    fc.assert(fc.property(fc.integer({ min: 2015, max: 2025 }), (t) => {
      const key = `y${t}` as keyof typeof sc.economy.prices.cpi;
      expect(priceLevel(sc, t) / priceLevel(sc, t - 1)).toBeCloseTo(1 + sc.economy.prices.cpi[key], 12);
    }));
  });
});

describe('realValue', () => {
  const nominal = { y2018: 100, y2020: 120, y2022: 150 };
  it('deflates a nominal figure by the price level and interpolates between data years', () => {
    expect(realValue(sc, nominal, 2020, 0)).toBe(120);
    expect(realValue(sc, nominal, 2022, 0)).toBeCloseTo(150 / priceLevel(sc, 2022), 12);
    expect(seriesValue(nominal, 2019)).toBe(110);
    expect(realValue(sc, nominal, 2019, 0)).toBeCloseTo(110 / priceLevel(sc, 2019), 12);
  });
  it('grows at the real rate given after the last data year', () => {
    const last = realValue(sc, nominal, 2022, 0.04);
    expect(realValue(sc, nominal, 2025, 0.04)).toBeCloseTo(last * 1.04 ** 3, 9);
  });
  it('holds the first value before the data (in nominal terms)', () => {
    expect(realValue(sc, nominal, 2016, 0)).toBeCloseTo(100 / priceLevel(sc, 2016), 12);
  });
});

describe('realFixed', () => {
  it('loses value with inflation: a fixed nominal return is worth less in real terms each year the CPI rises', () => {
    expect(realFixed(sc, 140000, 2020)).toBe(140000);
    expect(realFixed(sc, 140000, 2022)).toBeLessThan(140000);
    expect(realFixed(sc, 140000, 2017)).toBeGreaterThan(140000);
  });
});
