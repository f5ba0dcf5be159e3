import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { parameterRows } from '../../src/scenario/parameter-table.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { Scenario } from '../../src/scenario/schema.js';
import { BINDINGS, controlPatch, describeBinding, valueAtPath, WITHDRAWN } from '../../web/src/model/bindings.js';
import { checkBaseline, MAX_HOUSEHOLDS, resolveRuns } from '../../web/src/model/resolve.js';
import { MAX_DRAWN, runVillage } from '../../web/src/model/run.js';
import { SIDE_BY_SIDE, VILLAGES } from '../../web/src/model/villages.js';

const baseline = { file: 'p-village.yaml', text: readFileSync('scenarios/p-village.yaml', 'utf8') };
const paths = new Map(parameterRows(Scenario).map((r) => [r.path, r]));

describe('controls bound to the scenario schema', () => {
  it('point only at parameters the schema has', () => {
    for (const b of BINDINGS) for (const p of b.paths) expect(paths.has(p), `${b.id}: ${p}`).toBe(true);
  });

  it('take range, unit and description from the schema, narrowing the range but never widening it', async () => {
    const scenarios = await resolveRuns(baseline, {}, {});
    for (const b of BINDINGS) {
      const row = paths.get(b.paths[0])!;
      const d = describeBinding(b, scenarios[b.villages[0]]);
      expect(d.row).toEqual(row);
      expect(row.description).not.toBe('');
      if (b.kind === 'select') {
        expect(d.values).toEqual(row.values);
        expect(row.values).toContain(d.value);
        continue;
      }
      expect(d.min).toBeGreaterThanOrEqual(row.min!);
      expect(d.max).toBeLessThanOrEqual(row.max!);
      expect(d.min).toBeLessThan(d.max!);
      // The value a control starts at (the scenario's) and the schema default both lie in the control's range.
      for (const v of [d.value, row.default] as number[]) {
        expect(v, b.id).toBeGreaterThanOrEqual(d.min!);
        expect(v, b.id).toBeLessThanOrEqual(d.max!);
      }
    }
  });

  it('the withdrawal year moves every withdrawn instrument\'s end to the year before, in every run', async () => {
    const scenarios = await resolveRuns(baseline, {}, { withdrawalYear: 2022 });
    for (const v of VILLAGES) {
      expect(scenarios[v].analysis.withdrawalStart).toBe(2022);
      for (const i of WITHDRAWN) expect(scenarios[v].policy.instruments[i].end).toBe(2021);
    }
  });

  it('a control for one village leaves the other alone', async () => {
    expect(controlPatch({ cooperativeAccess: 0.3 }, 'transfusion')).toEqual({});
    const scenarios = await resolveRuns(baseline, {}, { cooperativeAccess: 0.3 });
    expect(scenarios.hematopoiesis.modes.cooperative.access).toBe(0.3);
    expect(scenarios.transfusion.modes.cooperative.access).toBe(0);
  });

  it('"as in the scenario" leaves each instrument its own withdrawal path', async () => {
    const plain = await resolveRuns(baseline, {}, { withdrawalPath: '' });
    const taper = await resolveRuns(baseline, {}, { withdrawalPath: 'taper' });
    expect(plain.transfusion.policy.instruments.welfarePosts.path).toBe('taper');
    expect(plain.transfusion.policy.instruments.livingSupport.path).toBe('fold');
    for (const i of WITHDRAWN) expect(valueAtPath(taper.transfusion, `policy.instruments.${i}.path`)).toBe('taper');
  });
});

describe('loading a baseline in the page', () => {
  const bundled = { 'p-village': baseline.text };

  it('accepts a shipped scenario that extends another one', async () => {
    const sc = await checkBaseline({ file: 'p-village-ageing.yaml', text: readFileSync('scenarios/p-village-ageing.yaml', 'utf8') }, bundled);
    expect(sc).toEqual((await loadScenario('scenarios/p-village-ageing.yaml')).scenario);
  });

  it(`refuses a scenario of more than ${MAX_HOUSEHOLDS.toLocaleString('en')} households, pointing to the command line`, async () => {
    const text = 'extends: yangqu-county\nvillages:\n  - { name: big, count: 100, households: 400 }\n';
    const err = await checkBaseline({ file: 'big.yaml', text }, { ...bundled, 'yangqu-county': readFileSync('scenarios/yangqu-county.yaml', 'utf8') }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^big\.yaml  villages: 40,000 households at the start; the page shows at most 30,000 .*npx ipasim run big\.yaml/);
  });

  it(`draws at most ${MAX_DRAWN} households of a village, but counts them all`, async () => {
    const runs = await resolveRuns(baseline, {}, {});
    const big = { ...runs.baseline, time: { ...runs.baseline.time, end: 2017 }, villages: [{ ...runs.baseline.villages[0], households: 800 }] };
    const r = runVillage('baseline', big, 1);
    expect(r.households[0]).toHaveLength(MAX_DRAWN);
    expect(r.series.households[0]).toBe(800);
  });
});

describe('the villages', () => {
  it('without controls, the baseline run is exactly the CLI\'s scenario', async () => {
    const runs = await resolveRuns(baseline, {}, {});
    expect(runs.baseline).toEqual((await loadScenario('scenarios/p-village.yaml')).scenario);
  });

  it('differ only in modes (and cooperative places): the same people and the same seed', async () => {
    const runs = await resolveRuns(baseline, {}, {});
    const strip = (s: Scenario) => ({ ...s, modes: undefined, cooperatives: undefined });
    expect(strip(runs.transfusion)).toEqual(strip(runs.baseline));
    expect(strip(runs.hematopoiesis)).toEqual(strip(runs.baseline));
    // Common random numbers: the same initial households in both villages.
    const first = SIDE_BY_SIDE.map((v) => runVillage(v, { ...runs[v], time: { ...runs[v].time, end: 2017 } }, 1).households[0]);
    expect(first[0].map((h) => [h.id, h.size, h.headAge])).toEqual(first[1].map((h) => [h.id, h.size, h.headAge]));
  });

  it('the page\'s series are the engine\'s yearly rows for mode all, group all', async () => {
    const { baseline: sc } = await resolveRuns(baseline, {}, {});
    const short = { ...sc, time: { ...sc.time, end: 2020 } };
    const page = runVillage('baseline', short, 7);
    const rows = simulate(short, { seed: 7 }).yearly.filter((r) => r.mode === 'all' && r.group === 'all' && r.metric === 'incomeMean');
    expect(page.series.incomeMean).toEqual(rows.map((r) => r.value));
    expect(page.households).toHaveLength(5);
  });
});
