/** Instrument levels by path, the poverty line in force, and the summary's withdrawal windows. */
import { describe, expect, it } from 'vitest';
import { instrumentLevel, levelsAt, povertyLine, withdrawalWindows } from '../../src/engine/policy.js';
import type { Instrument } from '../../src/scenario/schema.js';
import { INSTRUMENTS, deepMerge, smallScenario, type Overrides } from './helpers.js';

const ins = (over: Partial<Instrument>): Instrument => ({ start: 2016, end: 2020, path: 'keep', years: 5, to: 0.5, amount: 1, ...over });

describe('instrumentLevel', () => {
  const paths = ['keep', 'abrupt', 'taper', 'fold', 'strengthen'] as const;

  it.each(paths)('%s: 0 before the start year and 1 from start to end', (path) => {
    const i = ins({ path, start: 2018, end: 2022, to: 1.4, years: 4 });
    expect(instrumentLevel(i, 2010)).toBe(0);
    expect(instrumentLevel(i, 2017)).toBe(0);
    for (let y = 2018; y <= 2022; y++) expect(instrumentLevel(i, y)).toBe(1);
  });

  it('keep stays at 1 after the end', () => {
    const i = ins({ path: 'keep', to: 0.2 });
    for (const y of [2021, 2025, 2060]) expect(instrumentLevel(i, y)).toBe(1);
  });

  it('abrupt drops to 0 the year after the end', () => {
    const i = ins({ path: 'abrupt' });
    for (const y of [2021, 2022, 2060]) expect(instrumentLevel(i, y)).toBe(0);
  });

  it('taper over 4 years: 0.75, 0.5, 0.25, then 0 from end + 4 on', () => {
    const i = ins({ path: 'taper', years: 4 });
    expect(instrumentLevel(i, 2021)).toBeCloseTo(0.75, 12);
    expect(instrumentLevel(i, 2022)).toBeCloseTo(0.5, 12);
    expect(instrumentLevel(i, 2023)).toBeCloseTo(0.25, 12);
    expect(instrumentLevel(i, 2024)).toBe(0);
    expect(instrumentLevel(i, 2025)).toBe(0);
    expect(instrumentLevel(i, 2050)).toBe(0);
  });

  it('a one-year taper is an abrupt stop', () => {
    expect(instrumentLevel(ins({ path: 'taper', years: 1 }), 2021)).toBe(0);
  });

  it('fold and strengthen hold the level `to` after the end', () => {
    for (const y of [2021, 2030]) {
      expect(instrumentLevel(ins({ path: 'fold', to: 0.6 }), y)).toBe(0.6);
      expect(instrumentLevel(ins({ path: 'fold', to: 0 }), y)).toBe(0);
      expect(instrumentLevel(ins({ path: 'strengthen', to: 1.2 }), y)).toBe(1.2);
    }
  });

  it('an instrument whose end is the year before its start never runs', () => {
    const i = ins({ start: 2020, end: 2019, path: 'abrupt' });
    for (const y of [2018, 2019, 2020, 2021]) expect(instrumentLevel(i, y)).toBe(0);
  });

  it('levelsAt gives every instrument its level and level x amount', () => {
    const sc = smallScenario({ policy: { instruments: { coopSubsidy: { start: 2016, end: 2020, path: 'fold', to: 0.5, amount: 2000 }, dividend: { start: 2016, end: 2020, path: 'abrupt' } } } });
    const { level, amount } = levelsAt(sc, 2022);
    expect(Object.keys(level).sort()).toEqual([...INSTRUMENTS].sort());
    expect(level.coopSubsidy).toBe(0.5);
    expect(amount.coopSubsidy).toBe(1000);
    expect(level.dividend).toBe(0);
    expect(amount.dividend).toBe(0);
    for (const name of INSTRUMENTS) expect(amount[name]).toBeCloseTo(level[name] * sc.policy.instruments[name].amount, 9);
  });
});

describe('povertyLine', () => {
  const sc = smallScenario({ policy: { povertyLine: [{ from: 2016, value: 4000 }, { from: 2020, value: 5000 }, { from: 2025, value: 6200 }] } });

  it('picks the last entry in force', () => {
    expect(povertyLine(sc, 2016)).toBe(4000);
    expect(povertyLine(sc, 2019)).toBe(4000);
    expect(povertyLine(sc, 2020)).toBe(5000);
    expect(povertyLine(sc, 2024)).toBe(5000);
    expect(povertyLine(sc, 2025)).toBe(6200);
    expect(povertyLine(sc, 2080)).toBe(6200);
  });

  it('before the first entry, the first value applies', () => {
    expect(povertyLine(sc, 2010)).toBe(4000);
  });
});

describe('withdrawalWindows', () => {
  /** 2016-2035, withdrawal from 2026, 3-year windows; every instrument ends abruptly in 2025 unless overridden. */
  const scenario = (over: Overrides = {}) => {
    const instruments: Record<string, unknown> = {};
    for (const name of INSTRUMENTS) instruments[name] = { start: 2016, end: 2025, path: 'abrupt' };
    const base = { time: { start: 2016, end: 2035, surveyYear: 2021 }, analysis: { withdrawalStart: 2026, window: 3 }, policy: { instruments } } as unknown as Overrides;
    return smallScenario(deepMerge(base, over));
  };

  it('all abrupt: withdrawal completes the year it starts', () => {
    expect(withdrawalWindows(scenario())).toEqual({ start: 2026, complete: 2026, before: [2023, 2025], after: [2027, 2029] });
  });

  it('completes when the last taper of an instrument ending at the start has run out', () => {
    const w = withdrawalWindows(scenario({ policy: { instruments: {
      welfarePosts: { end: 2025, path: 'taper', years: 4 },
      livingSupport: { end: 2025, path: 'taper', years: 2 },
      // Ends two years before the start: its taper does not count.
      coopSubsidy: { end: 2024, path: 'taper', years: 8 },
      // Not a taper: does not count.
      medical: { end: 2025, path: 'fold', to: 0 },
    } } }));
    expect(w).toEqual({ start: 2026, complete: 2029, before: [2023, 2025], after: [2030, 2032] });
  });

  it('an instrument ending the year the withdrawal starts counts; one ending at the horizon does not', () => {
    const w = withdrawalWindows(scenario({ policy: { instruments: { dividend: { end: 2027, path: 'taper', years: 2 }, pension: { end: 2035, path: 'taper', years: 5 } } } }));
    expect(w.complete).toBe(2029);
  });

  it('a taper beyond the horizon is clipped, and the after window keeps its length inside the horizon', () => {
    const w = withdrawalWindows(scenario({ policy: { instruments: { welfarePosts: { end: 2025, path: 'taper', years: 30 } } } }));
    expect(w).toEqual({ start: 2026, complete: 2035, before: [2023, 2025], after: [2033, 2035] });
  });

  it('a withdrawal start given outside the horizon is refused, never moved; the default in a shorter horizon moves to its last year', () => {
    expect(() => scenario({ analysis: { withdrawalStart: 2005 } })).toThrow(/withdrawal start 2005 lies outside the simulated years 2016-2035: give a year from 2017 to 2035/);
    expect(() => scenario({ analysis: { withdrawalStart: 2040 } })).toThrow(/withdrawal start 2040 lies outside/);
    expect(withdrawalWindows(scenario({ time: { start: 2016, end: 2024, surveyYear: 2021 } })).start).toBe(2024);
  });
});
