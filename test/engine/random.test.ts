/**
 * The counter-based generator: golden values, range, uniformity, independence, normal draws;
 * the household-year hashes and the uniforms derived from them per purpose (each purpose's
 * moments, and independence between purposes, neighbouring households and years). Statistical
 * checks use fixed keys: their outcome is the same on every run.
 */
import { describe, expect, it } from 'vitest';
import { N_PURPOSES, PURPOSE, STREAMS, draw, event, eventHash, hashHouseholdYears, keyedHash, normal, normalOf, streamKeys, uniform } from '../../src/engine/random.js';

describe('golden values (an accidental change to the generator changes every result)', () => {
  it('streamKeys(1) derives these 32-bit keys', () => {
    expect(streamKeys(1)).toEqual({
      villages: 1575277983, population: 434249727, targeting: 972814859, modes: 120199905,
      market: 3340615262, disaster: 3457511829, enterprise: 1041577359, photovoltaic: 1018328178,
      awareness: 2193659714, survey: 2866985798, accounts: 941785472, households: 3446705827,
    });
  });

  it('draw(key, entity, event) gives these values', () => {
    expect(draw(0, 0, 0)).toBe(0.5793412523344159);
    expect(draw(1, 2, 3)).toBe(0.7421553924214095);
    expect(draw(123456789, 42, event(2020, 5))).toBe(0.8638995129149407);
    expect(draw(0xffffffff, 0xffffffff, 0)).toBe(0.8103556346613914);
    const k = streamKeys(1).population;
    expect([0, 1, 2, 3].map((p) => draw(k, p, event(2017, 0)))).toEqual([0.9782313585747033, 0.7242522896267474, 0.21261346200481057, 0.7519908689428121]);
  });

  it('the households\' hashes for 2017 (seed 1) and the uniforms derived from them', () => {
    const hash = new Int32Array(4);
    hashHouseholdYears(Int32Array.of(0, 1, 2, 3), 4, streamKeys(1).households, 2017, hash);
    expect(Array.from(hash)).toEqual([-1384905480, 1860322088, 659556993, 95366727]);
    expect(keyedHash(streamKeys(1).households, 2, eventHash(2017))).toBe(hash[2]);
    expect(uniform(hash[0], PURPOSE.life)).toBe(0.35667278664186597);
    expect(uniform(hash[0], PURPOSE.choice + 3 * 16 + 8)).toBe(0.5003710887394845);
    expect(uniform(hash[1], PURPOSE.migration + 2)).toBe(0.46862959023565054);
    expect(uniform(hash[3], PURPOSE.placeCut + 3)).toBe(0.15204009879380465);
    expect(normalOf(hash[2], PURPOSE.businessSize)).toBeCloseTo(1.4097633880280778, 12);
    expect(uniform(0, 0)).toBe(0.9121920149773359);
    expect(uniform(-1, N_PURPOSES - 1)).toBe(0.42252772324718535);
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
    const byEntity = Array.from({ length: 1000 }, (_, i) => draw(keys.population, i, e));
    expect(new Set(byEntity).size).toBe(1000);
    const byEvent = Array.from({ length: 1000 }, (_, i) => draw(keys.population, 5, i));
    expect(new Set(byEvent).size).toBe(1000);
    // Years differ for the same purpose; purposes differ within a year.
    expect(draw(keys.population, 5, event(2020, 0))).not.toBe(draw(keys.population, 5, event(2021, 0)));
    expect(draw(keys.population, 5, event(2020, 0))).not.toBe(draw(keys.population, 5, event(2020, 1)));
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

describe('uniforms derived from the household-year hash', () => {
  // 2,000 households x 10 years of one seed: 20,000 household-years.
  const HH = 2000, YEARS = 10, N = HH * YEARS, key = streamKeys(9).households;
  const hashes = new Int32Array(N);
  for (let y = 0; y < YEARS; y++) hashHouseholdYears(Int32Array.from({ length: HH }, (_, i) => i + 1), HH, key, 2017 + y, hashes.subarray(y * HH, (y + 1) * HH));
  /** Every purpose's uniforms over the household-years: U[purpose * N + i]. */
  const U = new Float64Array(N_PURPOSES * N);
  for (let a = 0; a < N_PURPOSES; a++) for (let i = 0; i < N; i++) U[a * N + i] = uniform(hashes[i], a);
  const of = (a: number) => U.subarray(a * N, (a + 1) * N);
  /** Pearson correlation of two samples of uniforms. */
  const corr = (x: Float64Array, y: Float64Array) => {
    let sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < x.length; i++) { sx += x[i]; sy += y[i]; sxy += x[i] * y[i]; sxx += x[i] * x[i]; syy += y[i] * y[i]; }
    const n = x.length;
    return (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
  };
  const dot = (x: Float64Array, y: Float64Array) => {
    let t = 0;
    for (let i = 0; i < x.length; i++) t += x[i] * y[i];
    return t;
  };
  // Bounds in standard errors, wide enough for the largest of many statistics (a few thousand
  // correlations: the largest of 40,000 normal draws passes 4.5 sd one time in three).
  const R_MAX = 5.5 / Math.sqrt(N);

  it('have, for every purpose, the moments of a uniform on [0, 1) and pass a chi-square over 20 bins', () => {
    for (let a = 0; a < N_PURPOSES; a++) {
      const x = of(a), bins = new Float64Array(20);
      let sum = 0, sq = 0, lo = 1, hi = 0;
      for (const u of x) { sum += u; sq += u * u; bins[Math.floor(u * 20)]++; lo = Math.min(lo, u); hi = Math.max(hi, u); }
      const mean = sum / N, variance = sq / N - mean * mean;
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThan(1);
      expect(Math.abs(mean - 0.5), `purpose ${a}: mean ${mean}`).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
      expect(Math.abs(variance - 1 / 12), `purpose ${a}: variance ${variance}`).toBeLessThan(5 * Math.sqrt((1 / 80 - 1 / 144) / N));
      const chi2 = bins.reduce((t, o) => t + (o - N / 20) ** 2 / (N / 20), 0);
      expect(chi2, `purpose ${a}`).toBeLessThan(55); // df 19: p < 1e-5 beyond 50
    }
  });

  it('are uncorrelated between any two purposes of the same household-year', () => {
    // Standardised once, so that each of the 42,000 correlations is one dot product.
    const Z = new Float64Array(U.length);
    for (let a = 0; a < N_PURPOSES; a++) {
      const x = of(a);
      let mean = 0, sq = 0;
      for (const u of x) mean += u;
      mean /= N;
      for (const u of x) sq += (u - mean) ** 2;
      const sd = Math.sqrt(sq / N);
      for (let i = 0; i < N; i++) Z[a * N + i] = (x[i] - mean) / sd;
    }
    let worst = 0;
    for (let a = 0; a < N_PURPOSES; a++) {
      const za = Z.subarray(a * N, (a + 1) * N);
      for (let b = a + 1; b < N_PURPOSES; b++) worst = Math.max(worst, Math.abs(dot(za, Z.subarray(b * N, (b + 1) * N)) / N));
    }
    // The shortcut computes the same correlation as the definition.
    expect(Math.abs(corr(of(3), of(200)))).toBeLessThan(R_MAX);
    expect(worst).toBeLessThan(R_MAX);
    expect(worst).toBeGreaterThan(0); // the check sees real samples
  });

  it('are jointly uniform for purposes next to each other (same event of neighbouring slots, neighbouring options): chi-square over an 8 x 8 grid', () => {
    const pairs: [number, number][] = [];
    for (let a = 0; a + 1 < N_PURPOSES; a++) pairs.push([a, a + 1]);
    for (let a = 0; a + 16 < N_PURPOSES; a++) pairs.push([a, a + 8], [a, a + 16]);
    for (const [a, b] of pairs) {
      const x = of(a), y = of(b), cells = new Float64Array(64);
      for (let i = 0; i < N; i++) cells[Math.floor(x[i] * 8) * 8 + Math.floor(y[i] * 8)]++;
      const chi2 = cells.reduce((t, o) => t + (o - N / 64) ** 2 / (N / 64), 0);
      expect(chi2, `purposes ${a} and ${b}`).toBeLessThan(132); // df 63: p = 1e-6
    }
  });

  it('are uncorrelated between neighbouring households and between consecutive years, for every purpose', () => {
    for (let a = 0; a < N_PURPOSES; a++) {
      const x = of(a);
      // Household i and i + 1 in the same year; household i in year y and y + 1.
      expect(Math.abs(corr(x.subarray(0, N - 1), x.subarray(1))), `purpose ${a}, neighbours`).toBeLessThan(5.5 / Math.sqrt(N - 1));
      expect(Math.abs(corr(x.subarray(0, N - HH), x.subarray(HH))), `purpose ${a}, years`).toBeLessThan(5.5 / Math.sqrt(N - HH));
    }
  });

  it('give standard normal draws (normalOf): mean 0, variance 1, skewness 0, kurtosis 3', () => {
    let m1 = 0, m2 = 0, m3 = 0, m4 = 0;
    for (let i = 0; i < N; i++) for (const a of [PURPOSE.businessSize, PURPOSE.training]) {
      const z = normalOf(hashes[i], a);
      m1 += z; m2 += z * z; m3 += z ** 3; m4 += z ** 4;
    }
    const n = 2 * N;
    m1 /= n; m2 /= n; m3 /= n; m4 /= n;
    expect(Math.abs(m1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m3)).toBeLessThan(5 * Math.sqrt(15 / n));
    expect(Math.abs(m4 - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
  });

  it('differ by purpose, household and year, and are pure functions of them', () => {
    const h = keyedHash(key, 7, eventHash(2020));
    expect(new Set(Array.from({ length: N_PURPOSES }, (_, a) => uniform(h, a))).size).toBe(N_PURPOSES);
    expect(uniform(keyedHash(key, 8, eventHash(2020)), 0)).not.toBe(uniform(h, 0));
    expect(uniform(keyedHash(key, 7, eventHash(2021)), 0)).not.toBe(uniform(h, 0));
    const first = uniform(h, PURPOSE.review);
    for (let a = 0; a < N_PURPOSES; a++) uniform(h ^ a, a);
    expect(uniform(h, PURPOSE.review)).toBe(first);
  });

  it('leave no purpose out of range: every named purpose and its slots lie below N_PURPOSES', () => {
    const ranges: Record<string, number> = { life: 40, newborn: 40, newbornSex: 8, migration: 8, settleAway: 8, choice: 128, businessSize: 2, placeOffer: 4, placePriority: 4, placeCut: 4 };
    const used = new Set<number>();
    for (const [name, first] of Object.entries(PURPOSE)) {
      for (let i = 0; i < (ranges[name] ?? 1); i++) {
        expect(first + i).toBeLessThan(N_PURPOSES);
        expect(used.has(first + i), `${name} + ${i} overlaps another purpose`).toBe(false);
        used.add(first + i);
      }
    }
  });
});
