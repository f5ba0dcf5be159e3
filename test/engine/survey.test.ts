/** The virtual survey's reading of Table 4 (survey.ts): which main sources of income a household names. */
import { describe, expect, it } from 'vitest';
import { streamKeys } from '../../src/engine/random.js';
import { NAMED_SOURCES, N_SOURCES, SRC, namedSources } from '../../src/engine/sources.js';
import { createState, type State } from '../../src/engine/state.js';
import { namedCategories, tabulate } from '../../src/engine/survey.js';
import { smallScenario } from './helpers.js';

const YEAR = 2021;
/** One model source of each of Table 4's categories, in NAMED_SOURCES order. */
const ONE_OF = NAMED_SOURCES.map((c) => SRC[namedSources(c)[0]]);

/** `n` households at home, one member each, with income by category (NAMED_SOURCES order) from `amounts(i)`. */
function village(n: number, amounts: (i: number) => readonly number[]): State {
  const s = createState(n);
  for (let h = 0; h < n; h++) {
    s.count++;
    s.hActive[h] = 1; s.hId[h] = s.nextId++; s.hSize[h] = 1; s.hResident[h] = 1; s.hHome[h] = 1;
    amounts(h).forEach((x, c) => { s.hIncome[h * N_SOURCES + ONE_OF[c]] = x; });
  }
  return s;
}
const count = (bits: number) => { let n = 0; for (let b = bits; b; b &= b - 1) n++; return n; };
const all = (s: State) => Array.from({ length: s.count }, (_, h) => h);

describe('naming the main sources of income (001 T4)', () => {
  it('each household names its largest sources, the whole number below or above analysis.sourcesNamed, and the number named averages it', () => {
    const sc = smallScenario();
    // Every household has all six categories, largest first in table order: 6000, 5000, ..., 1000.
    const s = village(3000, () => [6000, 5000, 4000, 3000, 2000, 1000]);
    const named = namedCategories(s, sc, all(s), streamKeys(1), YEAR);
    let total = 0;
    for (const bits of named) {
      const k = count(bits);
      expect([Math.floor(sc.analysis.sourcesNamed), Math.ceil(sc.analysis.sourcesNamed)]).toContain(k);
      // The k largest: the first k categories.
      expect(bits).toBe((1 << k) - 1);
      total += k;
    }
    expect(sc.analysis.sourcesNamed).toBeCloseTo(185 / 73, 9);
    expect(total / named.length).toBeCloseTo(185 / 73, 1);
  });

  it('names a source for being among the household\'s largest, whatever its share of income, and never one that brings nothing', () => {
    const sc = smallScenario({ analysis: { sourcesNamed: 2 } });
    // Planting brings 99.9 % of income; the funds' 10 yuan is still the second largest.
    const s = village(1, () => [10, 100000, 0, 0, 0, 0]);
    expect(namedCategories(s, sc, [0], streamKeys(1), YEAR)[0]).toBe(0b11);
    // A household with one source names one, however many it would name.
    const one = village(1, () => [0, 0, 0, 5000, 0, 0]);
    expect(namedCategories(one, smallScenario({ analysis: { sourcesNamed: 3 } }), [0], streamKeys(1), YEAR)[0]).toBe(1 << 3);
  });

  it('Table 4\'s percentages are those of households naming each category', () => {
    const sc = smallScenario({ analysis: { sourcesNamed: 1 } });
    // Half the households earn most from planting, half from wages: each names that one only.
    const s = village(10, (i) => (i % 2 ? [0, 100, 0, 900, 0, 0] : [0, 900, 0, 100, 0, 0]));
    const t4 = (name: string) => tabulate(s, sc, all(s), streamKeys(1), YEAR).find((r) => r.table === 'T4' && r.category === name)!.model;
    expect(t4('planting')).toBeCloseTo(50, 9);
    expect(t4('wages')).toBeCloseTo(50, 9);
    expect(t4('poverty-alleviation funds')).toBe(0);
  });
});
