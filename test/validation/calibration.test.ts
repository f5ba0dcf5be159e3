/**
 * The calibrated baseline (scenarios/p-village.yaml) reproduces the P-village survey facts (001 Tables 2-4, §4.1-4.2)
 * in at least 17 of 20 seeds. Facts the model does not yet reproduce are listed in
 * docs/validation.md and here, so that a change that fixes one shows up (and one that breaks
 * a passing fact fails).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { checkFacts, type FactCheck } from '../../src/validation/calibration.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
// The shipped baseline: the schema's reference values with the calibrated ones written over them.
const { scenario: baseline } = await loadScenario('scenarios/p-village.yaml');
const results: FactCheck[][] = SEEDS.map((seed) => checkFacts(baseline, seed));
const facts = results[0].map((f, i) => ({ fact: f.fact, passes: results.filter((r) => r[i].pass).length, mean: results.reduce((a, r) => a + r[i].model, 0) / SEEDS.length }));

/** Facts not yet reproduced: reported with their figures in docs/validation.md, not asserted here. */
const OPEN = [
  /^§4.1.4 without transfers/,
  // Registration is now an outcome (assessed income under the line, issue 11): the village
  // averages about 75% registered against the survey's 80.8% (73 households, sd 4.6 points).
  /^T2 registered/,
  // Planting and breeding are named within tolerance on average, in 16 of 20 seeds.
  /^T4 households-naming-source: (planting|breeding)/,
  // A mode's gain is now its paired effect: the cooperative adds little beyond the casual work
  // its members would do otherwise, so individual breeding is not always the lowest.
  /^§4.2 individual gain/,
];

describe('calibrated P-village baseline against the survey (20 seeds)', () => {
  for (const f of facts.filter((f) => !OPEN.some((re) => re.test(f.fact)))) {
    it(`${f.fact} holds in at least 17 of 20 seeds`, () => {
      expect(f.passes, `${f.fact}: ${f.passes}/20, mean ${f.mean}`).toBeGreaterThanOrEqual(17);
    });
  }
  it('the list of open facts is current: each still fails in more than 3 seeds (move it out once fixed)', () => {
    const open = facts.filter((f) => OPEN.some((re) => re.test(f.fact)));
    expect(open.length).toBeGreaterThan(0);
    for (const f of open) expect(f.passes, f.fact).toBeLessThan(17);
  });
  it('the survey-year registered share averages within two of the survey\'s standard errors of its figure (open: not yet within 3 points)', () => {
    const i = results[0].findIndex((f) => f.fact.startsWith('T2 registered'));
    expect(Math.abs(facts[i].mean - 80.8)).toBeLessThan(9.2);
  });
});
