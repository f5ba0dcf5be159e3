/**
 * Instrument levels by year. An instrument runs at level 1 from its start to its end year;
 * after that its own path decides: keep (1), abrupt (0), taper (linear to 0 over `years`),
 * fold into the ordinary system (`to`), or strengthen (`to`, usually above 1). Principle 2.
 */
import type { Instrument, InstrumentName, Scenario } from '../scenario/schema.js';

export function instrumentLevel(ins: Instrument, year: number): number {
  if (year < ins.start) return 0;
  if (year <= ins.end) return 1;
  switch (ins.path) {
    case 'keep': return 1;
    case 'abrupt': return 0;
    case 'taper': return Math.max(0, 1 - (year - ins.end) / ins.years);
    case 'fold':
    case 'strengthen': return ins.to;
  }
}

export type Levels = Record<InstrumentName, number>;

/** Every instrument's level in `year`, times its amount: what the mechanisms read. */
export function levelsAt(scenario: Scenario, year: number): { level: Levels; amount: Levels } {
  const level = {} as Levels, amount = {} as Levels;
  for (const [name, ins] of Object.entries(scenario.policy.instruments) as [InstrumentName, Instrument][]) {
    level[name] = instrumentLevel(ins, year);
    amount[name] = level[name] * ins.amount;
  }
  return { level, amount };
}

/** The poverty line in `year` (yuan per person per year, 2020 prices): the last entry in force. */
export function povertyLine(scenario: Scenario, year: number): number {
  let value = scenario.policy.povertyLine[0].value;
  for (const p of scenario.policy.povertyLine) if (p.from <= year) value = p.value;
  return value;
}
