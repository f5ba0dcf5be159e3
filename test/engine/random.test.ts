/** The counter-based generator: golden values, range, uniformity, independence, normal draws. */
import { describe, expect, it } from 'vitest';
import { STREAMS, draw, event, normal, streamKeys } from '../../src/engine/random.js';

describe('golden values (an accidental change to the generator changes every result)', () => {
  it('streamKeys(1) derives these 32-bit keys', () => {
    expect(streamKeys(1)).toEqual({
      villages: 1575277983, population: 434249727, targeting: 972814859, modes: 120199905,
      mortality: 2011676101, illness: 1898504454, disability: 1834280172, migration: 223292246,
      births: 1087094049, formation: 3785511081, market: 3340615262, disaster: 3457511829,
      enterprise: 1041577359, photovoltaic: 1018328178, awareness: 2193659714,
      participation: 2147172115, allocation: 3685695529, breeding: 839593640, selloff: 1488274599,
      business: 2616362648, medical: 485501933, survey: 2866985798,
      labor: 306732503, accounts: 941785472, protection: 2192307622,
    });
  });

  it('draw(key, entity, event) gives these values', () => {
    expect(draw(0, 0, 0)).toBe(0.5793412523344159);
    expect(draw(1, 2, 3)).toBe(0.7421553924214095);
    expect(draw(123456789, 42, event(2020, 5))).toBe(0.8638995129149407);
    expect(draw(0xffffffff, 0xffffffff, 0)).toBe(0.8103556346613914);
    const k = streamKeys(1).mortality;
    expect([0, 1, 2, 3].map((p) => draw(k, p, event(2017, 0)))).toEqual([0.6251407354138792, 0.27362840436398983, 0.18018971639685333, 0.4851491537410766]);
  });

  it('event(year, purpose) packs 64 purposes per year', () => {
    expect(event(2020, 5)).toBe(129285);
    expect(event(2021, 0)).toBe(event(2020, 63) + 1);
  });

  it('normal(key, entity, event) gives these values', () => {
    const k = streamKeys(1).market;
    expect(normal(k, 0x7fffffff, 2017 * 4)).toBeCloseTo(0.6106507763240142, 12);
    expect(normal(k, 0, 0)).toBeCloseTo(-0.3445091485287799, 12);
  });
});

describe('draws', () => {
  const key = streamKeys(7).population;
  const N = 100_000;
  const sample = Float64Array.from({ length: N }, (_, i) => draw(key, i, event(2020, i % 64)));

  it('lie in [0, 1), including at the largest inputs', () => {
    let lo = Infinity, hi = -Infinity;
    for (const x of sample) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(hi - lo).toBeGreaterThan(0.999); // and they spread over the whole interval
    for (const [k, e, v] of [[0xffffffff, 0xffffffff, 0xffffffff], [0, 0xffffffff, 0], [0xffffffff, 0, 0x7fffffff]]) {
      const x = draw(k, e, v);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('are uniform: chi-square over 10 bins of 100k draws stays below 40 (df 9; p < 1e-5 beyond)', () => {
    const bins = new Float64Array(10);
    for (const x of sample) bins[Math.floor(x * 10)]++;
    const expected = N / 10;
    const chi2 = bins.reduce((a, o) => a + ((o - expected) ** 2) / expected, 0);
    expect(chi2).toBeLessThan(40);
  });

  it('have mean ~1/2 and no lag-1 correlation across consecutive entities', () => {
    let mean = 0, cov = 0;
    for (const x of sample) mean += x;
    mean /= N;
    for (let i = 1; i < N; i++) cov += (sample[i] - 0.5) * (sample[i - 1] - 0.5);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(cov / (N - 1) / (1 / 12))).toBeLessThan(0.02);
  });

  it('differ across streams, entities and events', () => {
    const keys = streamKeys(1);
    const values = Object.values(keys);
    expect(new Set(values).size).toBe(STREAMS.length);
    // Different seeds give different keys for every stream.
    const other = streamKeys(2);
    for (const s of STREAMS) expect(other[s]).not.toBe(keys[s]);
    const e = event(2020, 0);
    const byStream = STREAMS.map((s) => draw(keys[s], 5, e));
    expect(new Set(byStream).size).toBe(STREAMS.length);
    const byEntity = Array.from({ length: 1000 }, (_, i) => draw(keys.mortality, i, e));
    expect(new Set(byEntity).size).toBe(1000);
    const byEvent = Array.from({ length: 1000 }, (_, i) => draw(keys.mortality, 5, i));
    expect(new Set(byEvent).size).toBe(1000);
    // Years differ for the same purpose; purposes differ within a year.
    expect(draw(keys.mortality, 5, event(2020, 0))).not.toBe(draw(keys.mortality, 5, event(2021, 0)));
    expect(draw(keys.mortality, 5, event(2020, 0))).not.toBe(draw(keys.mortality, 5, event(2020, 1)));
  });

  it('are pure: the same (key, entity, event) always gives the same draw, whatever was drawn before', () => {
    const a = draw(key, 12345, 678);
    for (let i = 0; i < 1000; i++) draw(key, i, i);
    expect(draw(key, 12345, 678)).toBe(a);
  });
});

describe('normal', () => {
  it('has mean ~0 and sd ~1 over 50k draws', () => {
    const key = streamKeys(3).market, N = 50_000;
    let sum = 0, sq = 0, beyond2 = 0, finite = 0;
    for (let i = 0; i < N; i++) {
      const z = normal(key, i, 17);
      if (Number.isFinite(z)) finite++;
      sum += z; sq += z * z;
      if (Math.abs(z) > 1.96) beyond2++;
    }
    const mean = sum / N, sd = Math.sqrt(sq / N - mean * mean);
    expect(finite).toBe(N);
    expect(Math.abs(mean)).toBeLessThan(0.02); // sd of the mean: 0.0045
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    expect(beyond2 / N).toBeGreaterThan(0.04); // two-sided 5% tail
    expect(beyond2 / N).toBeLessThan(0.06);
  });
});
