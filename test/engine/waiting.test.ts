/** Waiting times from yearly hazards by age (waiting.ts), against the yearly draws they replace. */
import { describe, expect, it } from 'vitest';
import { CALENDAR_BASE, MAX_AGE, NEVER, hazardTable, waitingYear } from '../../src/engine/waiting.js';

/** The k-th of n evenly spaced uniforms in (0, 1): a deterministic sample of the uniform distribution. */
const grid = (k: number, n: number) => (k + 0.5) / n;

describe('waitingYear', () => {
  it('with a constant hazard p is geometric: P(year Y0 + k) = (1 - p)^k p', () => {
    const p = 0.2, cum = hazardTable(() => p), n = 100_000, counts = new Float64Array(12);
    for (let i = 0; i < n; i++) {
      const k = waitingYear(cum, 2020, 30, grid(i, n), 2100) + CALENDAR_BASE - 2020;
      if (k < 12) counts[k]++;
    }
    // Evenly spaced uniforms: each count is within one of n times its probability.
    for (let k = 0; k < 12; k++) expect(Math.abs(counts[k] - n * (1 - p) ** k * p)).toBeLessThanOrEqual(1);
  });

  it('follows a hazard that changes with age: the share still waiting after each year is the product of (1 - q)', () => {
    const q = (a: number) => Math.min(1, 0.01 * Math.exp(0.08 * (a - 60)));
    const cum = hazardTable(q), n = 200_000, start = 55;
    const at = new Float64Array(MAX_AGE + 2);
    for (let i = 0; i < n; i++) {
      const y = waitingYear(cum, 2020, start, grid(i, n), 2100);
      at[y === NEVER ? MAX_AGE + 1 : Math.min(MAX_AGE + 1, start + y + CALENDAR_BASE - 2020)]++;
    }
    let waiting = n, survival = 1;
    for (let a = start; a <= MAX_AGE; a++) {
      waiting -= at[a];
      survival *= 1 - q(a);
      expect(Math.abs(waiting - n * survival), `age ${a}`).toBeLessThanOrEqual(1);
    }
  });

  it('gives the first year of certain events, and NEVER when every hazard ahead is 0', () => {
    const certainAt40 = hazardTable((a) => (a === 40 ? 1 : 0));
    for (const u of [0, 0.3, 0.999999]) expect(waitingYear(certainAt40, 2020, 35, u, 2100)).toBe(2025 - CALENDAR_BASE);
    expect(waitingYear(certainAt40, 2020, 41, 0.5, 2100)).toBe(NEVER);
    // u = 0 is not an event in a year of zero hazard.
    expect(waitingYear(hazardTable((a) => (a >= 20 ? 0.5 : 0)), 2020, 10, 0, 2100)).toBe(2030 - CALENDAR_BASE);
  });

  it('happens only in a window of ages when the hazard is 0 outside it', () => {
    const cum = hazardTable((a) => (a >= 22 && a <= 35 ? 0.1 : 0));
    let inWindow = 0;
    for (let i = 0; i < 10_000; i++) {
      const y = waitingYear(cum, 2020, 18, grid(i, 10_000), 2100);
      if (y === NEVER) continue;
      const age = 18 + y + CALENDAR_BASE - 2020;
      expect(age).toBeGreaterThanOrEqual(22);
      expect(age).toBeLessThanOrEqual(35);
      inWindow++;
    }
    expect(inWindow / 10_000).toBeCloseTo(1 - 0.9 ** 14, 3);
  });

  it('keeps the hazard of MAX_AGE past it, and gives NEVER past the last year', () => {
    const cum = hazardTable(() => 0.5), n = 10_000, counts = new Float64Array(4);
    for (let i = 0; i < n; i++) {
      const k = waitingYear(cum, 2020, MAX_AGE, grid(i, n), 2100) + CALENDAR_BASE - 2020;
      if (k < 4) counts[k]++;
    }
    for (let k = 0; k < 4; k++) expect(Math.abs(counts[k] - n * 0.5 ** (k + 1))).toBeLessThanOrEqual(1);
    const rare = hazardTable(() => 1e-4);
    expect(waitingYear(rare, 2020, 30, 0.9, 2100)).toBe(NEVER);
    expect(waitingYear(rare, 2020, 30, 1e-5, 2100)).toBeLessThan(NEVER);
  });

  it('ends with the run: an event after `last` is NEVER, and the years up to it are those of the whole calendar', () => {
    const cum = hazardTable((a) => Math.min(1, 0.01 * Math.exp(0.08 * (a - 60)))), n = 20_000;
    let cut = 0;
    for (let i = 0; i < n; i++) {
      const u = grid(i, n), whole = waitingYear(cum, 2020, 50, u, 2100), run = waitingYear(cum, 2020, 50, u, 2035);
      if (whole <= 2035 - CALENDAR_BASE) expect(run).toBe(whole);
      else { expect(run).toBe(NEVER); cut++; }
    }
    expect(cut).toBeGreaterThan(0);
    expect(cut).toBeLessThan(n);
    // Past MAX_AGE within the run, and a first year after the last.
    const flat = hazardTable(() => 0.5);
    for (const u of [0.1, 0.6, 0.9, 0.99]) expect(waitingYear(flat, 2020, MAX_AGE - 1, u, 2030)).toBe(waitingYear(flat, 2020, MAX_AGE - 1, u, 2100) <= 30 ? waitingYear(flat, 2020, MAX_AGE - 1, u, 2100) : NEVER);
    expect(waitingYear(flat, 2031, 40, 0.9, 2030)).toBe(NEVER);
  });
});
