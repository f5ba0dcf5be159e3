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
  // The survey finds no growth gap once one-off subsidies are deducted; the model's gap averages
  // about zero over seeds, but one village's 40-odd other households leave it wider than
  // 2 points a year in about half the seeds.
  /^§4.1.4 without transfers/,
  // Government living support is named within tolerance on average, in 16 of 20 seeds.
  /^T4 households-naming-source: government living support/,
  // A mode's gain is its paired effect: the cooperative's effect swings with its herd's
  // prices and outbreaks, so individual breeding is not always the lowest or the most volatile.
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
});
