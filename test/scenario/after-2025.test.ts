/**
 * Post-2025 choices must not move the past (issue 26): the baseline (the announced regular
 * assistance system), the withdrawal and every other post-2025 design, as shipped scenario
 * files and as the variants of sweeps/after-2025.yaml, give bit-identical yearly outputs up to
 * 2025, the same virtual survey (the calibration facts of 2021) and the same summary figures of
 * the years before withdrawal; and they do differ after 2025, so the comparison is not empty.
 */
import { FULL, FULL_WITH_EFFECTS } from '../../src/engine/collection.js';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/output.js';
import { simulate } from '../../src/engine/simulate.js';
import { Scenario } from '../../src/scenario/schema.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { loadSweep } from '../../src/sweep/load-sweep.js';
import { pointScenario, pointValues } from '../../src/sweep/points.js';

/** Every shipped scenario that differs from p-village only in what it does after 2025. */
const DESIGNS = [
  'p-village-withdrawal', 'p-village-after-floor', 'p-village-after-full', 'p-village-after-no-tilt',
  'p-village-after-assets-dividends', 'p-village-after-assets-per-person', 'p-village-after-assets-public-goods',
  'p-village-abrupt-2026', 'p-village-no-withdrawal', 'p-village-transition-004',
];
const LAST_PAST = 2025;

/** The scenario on a smaller village (the test's speed; the claim holds for any size). */
const smaller = (sc: Scenario) => Scenario.parse({ ...sc, villages: sc.villages.map((v) => ({ ...v, households: 60 })) });

function run(sc: Scenario, seed: number, modeEffects: boolean): RunResult {
  return simulate(sc, { seed, collect: modeEffects ? FULL_WITH_EFFECTS : FULL });
}

/** The yearly rows up to `LAST_PAST`, as text that keeps every bit of each value. */
function past(r: RunResult): string[] {
  return r.yearly.filter((x) => x.year <= LAST_PAST).map((x) => `${x.year}|${x.mode}|${x.group}|${x.metric}|${Object.is(x.value, -0) ? '-0' : String(x.value)}`);
}

/** Figures of the summary that read only the years before withdrawal, per mode. */
const before = (r: RunResult) => r.summary.modes.map((m) => [m.mode, m.incomeBefore, m.selfMadeBefore, m.incomeEffectBefore]);

function expectSamePast(a: RunResult, b: RunResult, label: string) {
  const pa = past(a), pb = past(b);
  expect(pb.length, label).toBe(pa.length);
  const first = pa.findIndex((row, i) => row !== pb[i]);
  expect(first === -1 ? null : [pa[first], pb[first]], `${label}: first row that differs up to ${LAST_PAST}`).toBeNull();
  expect(b.survey, `${label}: the virtual survey of ${a.summary.years.survey}`).toEqual(a.survey);
  expect(before(b), `${label}: summary figures before withdrawal`).toEqual(before(a));
}

/** Whether any yearly row after 2025 differs. */
function futureDiffers(a: RunResult, b: RunResult): boolean {
  const key = (x: RunResult['yearly'][number]) => `${x.year}|${x.mode}|${x.group}|${x.metric}`;
  const values = new Map(a.yearly.filter((x) => x.year > LAST_PAST).map((x) => [key(x), x.value]));
  return b.yearly.some((x) => x.year > LAST_PAST && !Object.is(values.get(key(x)), x.value));
}

describe('post-2025 choices do not move the past', async () => {
  const baseline = smaller((await loadScenario('scenarios/p-village.yaml')).scenario);
  const reference = [run(baseline, 1, true), run(baseline, 2, false)], plain = run(baseline, 1, false);

  it.each(DESIGNS)('%s: every yearly output to 2025, the survey and the figures before withdrawal are those of p-village, bit for bit', async (name) => {
    const sc = smaller((await loadScenario(`scenarios/${name}.yaml`)).scenario);
    const runs = [run(sc, 1, true), run(sc, 2, false)];
    runs.forEach((r, i) => expectSamePast(reference[i], r, `${name}, seed ${i + 1}`));
    expect(futureDiffers(reference[0], runs[0]), `${name} changes something after 2025`).toBe(true);
  });

  it('every variant of sweeps/after-2025.yaml has the baseline\'s years to 2025, bit for bit, and its own after them', async () => {
    const sweep = await loadSweep('sweeps/after-2025.yaml');
    expect(sweep.scenarioFile).toMatch(/scenarios\/p-village\.yaml$/);
    const names = sweep.table.variantNames!;
    expect(names[0]).toBe('announced');
    for (let p = 0; p < names.length; p++) {
      const r = run(smaller(pointScenario(sweep.base, pointValues(sweep.table, p))), 1, false);
      expectSamePast(plain, r, `variant ${names[p]}`);
      if (p > 0) expect(futureDiffers(plain, r), `variant ${names[p]} changes something after 2025`).toBe(true);
    }
  });

  it('the sweep\'s variants named after a shipped scenario resolve to that scenario\'s policy and collective', async () => {
    const sweep = await loadSweep('sweeps/after-2025.yaml');
    const files: Record<string, string> = {
      announced: 'p-village', withdrawal: 'p-village-withdrawal', floor: 'p-village-after-floor', full: 'p-village-after-full', 'no-tilt': 'p-village-after-no-tilt',
      'assets-dividends': 'p-village-after-assets-dividends', 'assets-per-person': 'p-village-after-assets-per-person', 'assets-public-goods': 'p-village-after-assets-public-goods',
    };
    const names = sweep.table.variantNames!;
    for (const [variant, file] of Object.entries(files)) {
      const point = pointScenario(sweep.base, pointValues(sweep.table, names.indexOf(variant)));
      const { scenario } = await loadScenario(`scenarios/${file}.yaml`);
      expect({ policy: point.policy, collective: point.collective }, `${variant} against ${file}.yaml`).toEqual({ policy: scenario.policy, collective: scenario.collective });
    }
  });
});
