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
  // The calibration of issue 22 (8 December 2026: tied migrants' pay net of costs away that rise
  // with it, a village pool of casual days, months worked from data) leaves these open;
  // docs/validation.md §1 gives their figures and docs/calibration.md ("Prior edges") the
  // reading. Most trace to one structural excess: wages (migrants' pay above all) take the
  // share of income own production should have, and the naming of wages with it.
  /^T3 awareness-vs-head-age: employment$/, // 40/60: the correlation too strong (-0.66 against -0.55)
  /^T3 awareness-vs-head-age: infrastructure$/, // 48/60: too strong (-0.66 against -0.56)
  // Naming is read by rank (each household names its 2 or 3 largest sources, 2.53 on average,
  // 001 T4): the wage excess crowds the funds and living support out of the largest sources.
  /^T4 households-naming-source: wages$/, // 5/60: 50 % name wages against 33 %
  /^T4 households-naming-source: poverty-alleviation funds$/, // 21/60: 63 % against 77 %
  /^T4 households-naming-source: government living support$/, // 32/60: 41 % against 52 %
  /^S4\.1 people-away-as-migrants: share$/, // 44/60: 27 % away against about a third
  /^§4\.2 shareholding gain largest/, // 40/60: another mode's gain is larger in a third of seeds
  /^§4\.2 individual gain most volatile \(households/, // 24/60
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
