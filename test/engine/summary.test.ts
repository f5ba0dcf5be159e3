/** The run summary's window figures: the shock into the trough, the windowed change, and none without a withdrawal. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { yearContext } from '../../src/engine/year.js';
import { INSTRUMENTS, series, smallScenario } from './helpers.js';

const base = { time: { start: 2016, end: 2032, surveyYear: 2021 }, villages: [{ name: 'P', households: 60 }] };

describe('summarize: window figures', () => {
  it('the fall into the trough is income in the last year before withdrawal against the lowest of the next three, per person', () => {
    const sc = smallScenario({ ...base, policy: { instruments: { dividend: { end: 2024, path: 'abrupt' } } } } as never);
    const r = simulate(sc, { seed: 4 });
    const w = r.summary.withdrawal;
    expect(w).toMatchObject({ start: 2025, trough: [2025, 2027] });
    for (const mode of ['all', 'shareholding'] as const) {
      const income = series(r.yearly, mode, 'all', 'incomeMean');
      const last = income.get(2024)!, low = Math.min(income.get(2025)!, income.get(2026)!, income.get(2027)!);
      const m = r.summary.modes.find((x) => x.mode === mode)!;
      expect(m.incomeShockPct).toBeCloseTo((100 * (last - low)) / last, 9);
      const mean = (a: number, b: number) => { let t = 0; for (let y = a; y <= b; y++) t += income.get(y)!; return t / (b - a + 1); };
      expect(m.incomeBefore).toBeCloseTo(mean(w.before![0], w.before![1]), 9);
      expect(m.incomeAfter).toBeCloseTo(mean(w.after![0], w.after![1]), 9);
    }
  });

  it('the share of households under the monitoring threshold in the end year counts income per person (all income) under the year\'s threshold, above the poverty line\'s share', () => {
    const sc = smallScenario(base as never);
    let under = 0, households = 0;
    const r = simulate(sc, { seed: 4, inspect: (s, _w, y) => {
      if (y !== sc.time.end) return;
      const threshold = yearContext(sc, y).monitoringThreshold;
      for (let h = 0; h < s.count; h++) if (s.hActive[h]) { households++; under += s.hPerCapita[h] < threshold ? 1 : 0; }
    } });
    const all = r.summary.modes.find((x) => x.mode === 'all')!;
    expect(under).toBeGreaterThan(0);
    expect(all.underThresholdEnd).toBeCloseTo(under / households, 12);
    expect(all.underThresholdEnd).toBeGreaterThanOrEqual(all.povertyRateEnd);
  });

  it('with nothing withdrawn, the figures that need a withdrawal are undefined rather than measured against invented years', () => {
    const instruments = Object.fromEntries(INSTRUMENTS.map((i) => [i, { path: 'keep' }]));
    const r = simulate(smallScenario({ ...base, policy: { instruments } } as never), { seed: 4 });
    expect(r.summary.withdrawal.rule).toBe('none');
    for (const m of r.summary.modes) {
      for (const k of ['incomeBefore', 'incomeAfter', 'incomeDropPct', 'incomeShockPct', 'yearsAboveLineShare', 'returnToPovertyRate'] as const) expect(m[k], `${m.mode} ${k}`).toBeNaN();
      expect(Number.isFinite(m.povertyRateEnd)).toBe(true);
    }
  });
});
