/** The summary's before and after windows, derived from the instruments' own end years and paths. */
import { describe, expect, it } from 'vitest';
import { withdrawalWindows, withdrawnInstruments } from '../../src/engine/windows.js';
import { Scenario } from '../../src/scenario/schema.js';
import { INSTRUMENTS, deepMerge, smallScenario, type Overrides } from './helpers.js';

/** 2016-2035, 3-year windows; every instrument runs 2016-2025 and then keeps, unless overridden. */
const scenario = (over: Overrides = {}) => {
  const instruments: Record<string, unknown> = {};
  for (const name of INSTRUMENTS) instruments[name] = { start: 2016, end: 2025, path: 'keep' };
  const base = { time: { start: 2016, end: 2035, surveyYear: 2021 }, analysis: { window: 3 }, policy: { instruments } } as unknown as Overrides;
  return smallScenario(deepMerge(base, over));
};
const instruments = (spec: Record<string, unknown>) => ({ policy: { instruments: spec } }) as unknown as Overrides;

describe('withdrawalWindows: derived from the instruments', () => {
  it('a dividend ending in 2022 and a cooperative subsidy in 2023 put "before" before the first cut', () => {
    const w = withdrawalWindows(scenario(instruments({ dividend: { end: 2022, path: 'abrupt' }, coopSubsidy: { end: 2023, path: 'abrupt' } })));
    expect(w).toMatchObject({ rule: 'instruments', start: 2023, complete: 2024, before: [2020, 2022], after: [2025, 2027], trough: [2023, 2025] });
    expect(w.withdrawn.map((x) => [x.instrument, x.end])).toEqual([['dividend', 2022], ['coopSubsidy', 2023]]);
  });

  it('completes when the last withdrawn instrument reaches its final level (a taper: end + years)', () => {
    const w = withdrawalWindows(scenario(instruments({ dividend: { path: 'abrupt' }, welfarePosts: { path: 'taper', years: 3 }, medical: { path: 'fold', to: 0 } })));
    expect(w).toMatchObject({ start: 2026, complete: 2028, before: [2023, 2025], after: [2029, 2031] });
  });

  it('the shipped baseline keeps its windows: 2023-2025 and 2029-2031', () => {
    const w = withdrawalWindows(Scenario.parse({}));
    expect(w).toMatchObject({ rule: 'instruments', start: 2026, complete: 2028, before: [2023, 2025], after: [2029, 2031] });
  });

  it('keep, strengthen and fold to 1 or more withdraw nothing: no windows, rather than invented ones', () => {
    const w = withdrawalWindows(scenario(instruments({ microcredit: { path: 'strengthen', to: 1.3 }, materialHelp: { path: 'fold', to: 1 } })));
    expect(w).toEqual({ rule: 'none', withdrawn: [], start: null, complete: null, before: null, after: null, trough: null });
  });

  it('fold below 1 and strengthen below 1 are withdrawals; every path is classified', () => {
    expect(withdrawnInstruments(scenario(instruments({ materialHelp: { path: 'fold', to: 0.5 } }))).map((x) => x.instrument)).toEqual(['materialHelp']);
    expect(withdrawnInstruments(scenario(instruments({ microcredit: { path: 'strengthen', to: 0.8 } }))).map((x) => x.instrument)).toEqual(['microcredit']);
    expect(withdrawnInstruments(scenario(instruments({ dividend: { path: 'taper', years: 2 } }))).map((x) => [x.instrument, x.settled])).toEqual([['dividend', 2027]]);
  });

  it('a mix of paths: the first cut starts it, the slowest taper completes it', () => {
    const w = withdrawalWindows(scenario(instruments({
      dividend: { end: 2027, path: 'fold', to: 0.4 },
      coopSubsidy: { end: 2025, path: 'taper', years: 5 },
      workshopSubsidy: { end: 2028, path: 'abrupt' },
      microcredit: { path: 'strengthen', to: 1.2 },
      training: { path: 'keep' },
    })));
    expect(w).toMatchObject({ start: 2026, complete: 2030, before: [2023, 2025], after: [2031, 2033] });
  });

  it('the one-off start-up grant, an instrument ending at the horizon and one that never runs are no withdrawal', () => {
    const w = withdrawalWindows(scenario(instruments({
      startupGrant: { end: 2020, path: 'abrupt' },
      pension: { end: 2035, path: 'abrupt' },
      insurance: { start: 2030, end: 2029, path: 'abrupt' },
    })));
    expect(w.rule).toBe('none');
  });

  it('a taper beyond the horizon completes at the last year; the after window keeps its length inside the horizon', () => {
    const w = withdrawalWindows(scenario(instruments({ welfarePosts: { path: 'taper', years: 30 } })));
    expect(w).toMatchObject({ start: 2026, complete: 2035, before: [2023, 2025], after: [2033, 2035] });
  });
});

describe('withdrawalWindows: set in analysis', () => {
  it('analysis.withdrawalStart overrides the derived start, and the rule says so', () => {
    const w = withdrawalWindows(scenario({ ...instruments({ dividend: { end: 2022, path: 'abrupt' } }), analysis: { withdrawalStart: 2026 } }));
    expect(w).toMatchObject({ rule: 'analysis', start: 2026, complete: 2026, before: [2023, 2025], after: [2027, 2029] });
  });

  it('a scenario that withdraws nothing can take the baseline\'s windows from analysis', () => {
    const w = withdrawalWindows(scenario({ analysis: { withdrawalStart: 2026, withdrawalComplete: 2028 } }));
    expect(w).toMatchObject({ rule: 'analysis', withdrawn: [], start: 2026, complete: 2028, before: [2023, 2025], after: [2029, 2031] });
  });

  it('years outside the horizon are refused, not moved', () => {
    const base = { time: { start: 2016, end: 2035, surveyYear: 2021 } };
    expect(Scenario.safeParse({ ...base, analysis: { withdrawalStart: 2040 } }).error?.issues[0]).toMatchObject({ path: ['analysis', 'withdrawalStart'] });
    expect(Scenario.safeParse({ ...base, analysis: { withdrawalStart: 2016 } }).success).toBe(false);
    expect(Scenario.safeParse({ ...base, analysis: { withdrawalStart: 2026, withdrawalComplete: 2025 } }).error?.issues[0]).toMatchObject({ path: ['analysis', 'withdrawalComplete'] });
    expect(Scenario.safeParse({ ...base, analysis: { withdrawalComplete: 2028 } }).error?.issues[0].message).toMatch(/withdrawalStart/);
  });
});
