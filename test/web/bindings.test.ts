import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { simulate } from '../../src/engine/simulate.js';
import { withdrawalWindows } from '../../src/engine/windows.js';
import { parameterRows } from '../../src/scenario/parameter-table.js';
import { formatScenarioError, ScenarioError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { Scenario } from '../../src/scenario/schema.js';
import { BINDINGS, controlPatch, describeBinding, SOCIAL_FLOOR, valueAtPath, WITHDRAWN } from '../../web/src/model/bindings.js';
import { checkBaseline, MAX_HOUSEHOLDS, resolveRuns } from '../../web/src/model/resolve.js';
import { MAX_DRAWN, runVillage } from '../../web/src/model/run.js';
import { PATCHES, POLICY_SECTIONS, SIDE_BY_SIDE, VILLAGES } from '../../web/src/model/villages.js';

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
        // A control may offer fewer of the schema's choices, never others.
        for (const c of b.choices ?? []) expect(row.values, b.id).toContain(c);
        expect(d.values).toEqual(b.choices ? row.values!.filter((v) => b.choices!.includes(v)) : row.values);
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

  it('the last year of full support moves every withdrawn instrument\'s end, in every run, and not the social floor\'s; the windows follow', async () => {
    const plain = await resolveRuns(baseline, {}, {});
    const scenarios = await resolveRuns(baseline, {}, { lastSupportYear: 2021 });
    for (const v of VILLAGES) {
      expect(scenarios[v].analysis.withdrawalStart).toBeNull();
      expect(withdrawalWindows(scenarios[v])).toMatchObject({ rule: 'instruments', start: 2022, before: [2019, 2021] });
      for (const i of WITHDRAWN) expect(scenarios[v].policy.instruments[i].end).toBe(2021);
      for (const i of SOCIAL_FLOOR) expect(scenarios[v].policy.instruments[i]).toEqual(plain[v].policy.instruments[i]);
    }
  });

  it('no withdrawal control names an instrument of the social floor', () => {
    for (const b of BINDINGS.filter((x) => x.id === 'lastSupportYear' || x.id === 'withdrawalPath'))
      for (const i of SOCIAL_FLOOR) expect(b.paths.filter((p) => p.startsWith(`policy.instruments.${i}.`)), b.id).toEqual([]);
  });

  it('a control for one village leaves the other alone', async () => {
    expect(controlPatch({ cooperativeAccess: 0.3 }, 'transfusion', { lastSupportYear: 2025 })).toEqual({});
    const scenarios = await resolveRuns(baseline, {}, { cooperativeAccess: 0.3 });
    expect(scenarios.hematopoiesis.modes.cooperative.access).toBe(0.3);
    expect(scenarios.transfusion.modes.cooperative.access).toBe(0);
  });

  it('"as in the scenario" leaves each instrument its own withdrawal path', async () => {
    const plain = await resolveRuns(baseline, {}, { withdrawalPath: '' });
    const taper = await resolveRuns(baseline, {}, { withdrawalPath: 'taper' });
    expect(plain.transfusion.policy.instruments.welfarePosts.path).toBe('taper');
    expect(plain.transfusion.policy.instruments.materialHelp.path).toBe('fold');
    for (const i of WITHDRAWN) expect(valueAtPath(taper.transfusion, `policy.instruments.${i}.path`)).toBe('taper');
  });

  it('"taper" and "stop at once" keep the minimum living guarantee and the pension as the scenario has them', async () => {
    const plain = await resolveRuns(baseline, {}, {});
    for (const withdrawalPath of ['taper', 'abrupt']) {
      const runs = await resolveRuns(baseline, {}, { withdrawalPath });
      for (const v of VILLAGES) for (const i of SOCIAL_FLOOR) expect(runs[v].policy.instruments[i], `${withdrawalPath} ${v} ${i}`).toEqual(plain[v].policy.instruments[i]);
    }
    expect(plain.transfusion.policy.instruments.livingSupport.path).toBe('keep');
  });

  it('households still get the minimum living guarantee after a tapered withdrawal; only its own control removes it', async () => {
    const dibaoAfter = async (controls: Record<string, string>) => {
      const { baseline: sc } = await resolveRuns(baseline, {}, controls);
      const rates = simulate(sc, { seed: 1 }).yearly.filter((r) => r.mode === 'all' && r.group === 'all' && r.metric === 'minimumLivingRate' && r.year >= withdrawalWindows(sc).start!);
      expect(rates.length).toBeGreaterThan(5);
      return rates.map((r) => r.value);
    };
    for (const rate of await dibaoAfter({ withdrawalPath: 'taper' })) expect(rate).toBeGreaterThan(0);
    expect(await dibaoAfter({ withdrawalPath: 'taper', minimumLiving: 'abrupt' })).toEqual((await dibaoAfter({})).map(() => 0));
  });

  it('the guarantee\'s own control ends it with the last year of full support: the slider\'s, or the scenario\'s', async () => {
    const own = await resolveRuns(baseline, {}, { minimumLiving: 'abrupt' });
    const moved = await resolveRuns(baseline, {}, { minimumLiving: 'abrupt', lastSupportYear: 2021 });
    for (const v of VILLAGES) {
      expect(own[v].policy.instruments.livingSupport).toMatchObject({ path: 'abrupt', end: withdrawalWindows(own[v]).start! - 1 });
      expect(moved[v].policy.instruments.livingSupport).toMatchObject({ path: 'abrupt', end: 2021 });
      expect(moved[v].policy.instruments.pension).toEqual(own[v].policy.instruments.pension);
    }
    const floor = BINDINGS.find((b) => b.id === 'minimumLiving')!;
    expect(describeBinding(floor, own.baseline).values).toEqual(['keep', 'abrupt']);
  });
});

describe('loading a baseline in the page', () => {
  const bundled = { 'p-village': baseline.text };

  it('accepts a shipped scenario that extends another one', async () => {
    const sc = await checkBaseline({ file: 'p-village-ageing.yaml', text: readFileSync('scenarios/p-village-ageing.yaml', 'utf8') }, bundled);
    expect(sc).toEqual((await loadScenario('scenarios/p-village-ageing.yaml')).scenario);
  });

  it('refuses an empty, comment-only or null file with the command line\'s message, never running the defaults', async () => {
    const dir = tempDir('ipasim-web-empty-');
    for (const [name, text] of [['empty.yaml', ''], ['comments.yaml', '# only a comment\n'], ['null.yaml', 'null\n'], ['braces.yaml', '{}\n']]) {
      const page = await checkBaseline({ file: name, text }, bundled).catch((e: unknown) => e);
      expect(page, name).toBeInstanceOf(ScenarioError);
      writeFileSync(join(dir, name), text);
      const cli = await loadScenario(join(dir, name)).catch((e: unknown) => e);
      expect(cli, name).toBeInstanceOf(ScenarioError);
      // The same words, naming the file the same way.
      expect(formatScenarioError(page as ScenarioError).replace(name, '<file>')).toBe(formatScenarioError(cli as ScenarioError).replace(join(dir, name), '<file>'));
      expect(formatScenarioError(page as ScenarioError)).toMatch(/the scenario sets nothing/);
    }
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

  it('are patches of policy settings only', () => {
    for (const [village, text] of Object.entries(PATCHES)) {
      const sections = Object.keys(parse(text) as object).filter((k) => k !== 'extends');
      expect(sections.length, village).toBeGreaterThan(0);
      for (const section of sections) expect(POLICY_SECTIONS, `${village}: ${section}`).toContain(section);
    }
  });

  it('differ only in policy: the same people, economy, institutions and seed', async () => {
    const runs = await resolveRuns(baseline, {}, {});
    const strip = (s: Scenario) => ({ ...s, modes: undefined, policy: undefined });
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
