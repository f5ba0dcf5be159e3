/** Instrument levels by path and the poverty line in force (the summary's windows: windows.test.ts). */
import { describe, expect, it } from 'vitest';
import { instrumentLevel, levelsAt, povertyLine } from '../../src/engine/policy.js';
import type { Instrument } from '../../src/scenario/schema.js';
import { INSTRUMENTS, smallScenario } from './helpers.js';

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
    const sc = smallScenario({ policy: { instruments: { pension: { start: 2016, end: 2020, path: 'fold', to: 0.5, amount: 2000 }, dividend: { start: 2016, end: 2020, path: 'abrupt' } } } });
    const { level, amount } = levelsAt(sc, 2022);
    expect(Object.keys(level).sort()).toEqual([...INSTRUMENTS].sort());
    expect(level.pension).toBe(0.5);
    expect(amount.pension).toBe(1000);
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
