import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatNumber, parameterGroups, parameterRows, parameterTableMarkdown, plausibleRange } from '../../src/scenario/parameter-table.js';
import { Scenario } from '../../src/scenario/schema.js';
import { group, num, share, withPrior } from '../../src/scenario/schema/param.js';

const rows = parameterRows(Scenario);
const numeric = rows.filter((r) => r.type === 'number' || r.type === 'integer');

describe('parameterRows on the scenario schema', () => {
  it('finds the parameters of every top-level group, nested groups and lists of groups', () => {
    const paths = rows.map((r) => r.path);
    expect(paths).toContain('seed');
    expect(paths).toContain('time.surveyYear');
    expect(paths).toContain('economy.breeding.mortality');
    expect(paths).toContain('policy.instruments.dividend.path');
    expect(paths).toContain('villages[].households');
    expect(paths).toContain('policy.povertyLine[].value');
    expect(new Set(paths).size).toBe(paths.length);
    // Groups are not parameters.
    expect(paths).not.toContain('economy');
    expect(paths).not.toContain('villages');
  });

  it('lists no parameter twice and gives every parameter and group a description', () => {
    for (const r of rows) expect(r.description, r.path).not.toBe('');
    for (const g of parameterGroups(Scenario)) expect(g.description, g.path).not.toBe('');
  });

  // The provenance rule: a numeric parameter added without source, unit, description or a
  // range that holds its default fails here, naming the parameter.
  it.each(numeric.map((r) => [r.path, r] as const))('%s has a source, a unit, a description and min <= default <= max', (_path, r) => {
    expect(r.source, 'source').toBeTruthy();
    expect(r.unit, 'unit').toBeTruthy();
    expect(r.description, 'description').toBeTruthy();
    // A derived year (schema/param.ts derivedYear) defaults to null, and its description says how it is derived.
    if (r.default === null) { expect(r.description).toMatch(/null \(the default\), /); return; }
    expect(typeof r.default, 'default').toBe('number');
    expect(r.min, 'min').toBeTypeOf('number');
    expect(r.max, 'max').toBeTypeOf('number');
    expect(r.min!).toBeLessThanOrEqual(r.default as number);
    expect(r.default as number).toBeLessThanOrEqual(r.max!);
  });

  it('covers many numeric parameters (the walk did not stop early)', () => {
    expect(numeric.length).toBeGreaterThan(200);
  });

  it('takes defaults as zod resolves them: the resolved default scenario holds the same values', () => {
    const resolved = Scenario.parse({});
    const at = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resolved);
    for (const r of rows) if (!r.path.includes('[]')) expect(at(r.path), r.path).toEqual(r.default);
    expect(rows.find((r) => r.path === 'villages[].households')!.default).toBe(resolved.villages[0].households);
  });

  it('marks a list field without a default as required', () => {
    expect(rows.find((r) => r.path === 'villages[].name')).toMatchObject({ required: true, default: undefined, type: 'string' });
  });

  it('gives enum parameters their allowed values', () => {
    expect(rows.find((r) => r.path === 'collective.rule')).toMatchObject({
      type: 'enum',
      default: 'per-household',
      values: ['per-household', 'per-person', 'conditional-on-work', 'public-goods'],
      source: '000; 002 §3.3',
    });
  });

  it('reads metadata put on the inner node of a wrapper too (a shared enum given a default later)', () => {
    const r = rows.find((x) => x.path === 'policy.instruments.medical.path')!;
    expect(r).toMatchObject({ default: 'fold', unit: 'path', source: '004' });
  });
});

describe('parameterRows on small schemas', () => {
  it('lets the outer metadata win over the inner one, and falls back to the checks for bounds', () => {
    const inner = z.number().min(2).max(9).meta({ description: 'inner', unit: 'u', source: 's' });
    const schema = z.strictObject({ a: inner.default(3).meta({ description: 'outer' }), b: z.number().int().min(0).max(4).optional() });
    expect(parameterRows(schema)).toEqual([
      { path: 'a', default: 3, min: 2, max: 9, unit: 'u', source: 's', description: 'outer', type: 'number' },
      { path: 'b', default: undefined, min: 0, max: 4, description: '', type: 'integer' },
    ]);
  });

  it('names the path of a group inside a list of groups', () => {
    const schema = z.strictObject({ list: z.array(z.strictObject({ g: group({ x: share(0.5, 'assumption', 'x') }, 'g') })).prefault([{}]) });
    expect(parameterRows(schema).map((r) => r.path)).toEqual(['list[].g.x']);
    expect(parameterGroups(schema)).toEqual([
      { path: 'list[]', description: '', depth: 0 },
      { path: 'list[].g', description: 'g', depth: 1 },
    ]);
  });
});

describe('plausibleRange', () => {
  /** The bounds zod validates against, read from the schema node itself (not the metadata). */
  function checkBounds(node: unknown): { min: number; max: number } {
    let n = node as { _zod: { def: { type: string; innerType?: unknown } }; minValue?: number; maxValue?: number };
    while (n._zod.def.innerType) n = n._zod.def.innerType as typeof n;
    return { min: n.minValue!, max: n.maxValue! };
  }

  it('returns the schema bounds of a known parameter', () => {
    const node = Scenario.shape.economy.unwrap().shape.breeding.unwrap().shape.mortality;
    expect(plausibleRange(Scenario, 'economy.breeding.mortality')).toEqual(checkBounds(node));
    const households = Scenario.shape.villages.unwrap().element.shape.households;
    expect(plausibleRange(Scenario, 'villages[].households')).toEqual(checkBounds(households));
  });

  it('accepts a list index in place of []', () => {
    expect(plausibleRange(Scenario, 'villages[0].households')).toEqual(plausibleRange(Scenario, 'villages[].households'));
  });

  it('is undefined for a group, an unknown path or a parameter without a numeric range', () => {
    expect(plausibleRange(Scenario, 'economy.breeding')).toBeUndefined();
    expect(plausibleRange(Scenario, 'economy.breeding.nope')).toBeUndefined();
    expect(plausibleRange(Scenario, 'collective.rule')).toBeUndefined();
  });

  it('is the same range zod validates against, for every numeric parameter', () => {
    const walk = (path: string) => {
      let node: unknown = Scenario;
      for (const key of path.split('.')) {
        let n = node as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } }; shape?: Record<string, unknown> };
        while (n._zod.def.innerType) n = n._zod.def.innerType as typeof n;
        if (n._zod.def.type === 'array') { n = n._zod.def.element as typeof n; while (n._zod.def.innerType) n = n._zod.def.innerType as typeof n; }
        node = n.shape![key.replace('[]', '')];
      }
      return node;
    };
    for (const r of numeric) expect(plausibleRange(Scenario, r.path), r.path).toEqual(checkBounds(walk(r.path)));
  });

  it('returns a copy the caller may change', () => {
    const r = plausibleRange(Scenario, 'time.start')!;
    r.min = -1;
    expect(plausibleRange(Scenario, 'time.start')!.min).not.toBe(-1);
  });
});

describe('parameterTableMarkdown', () => {
  it('matches the committed docs/parameters.md', () => {
    const committed = readFileSync(new URL('../../docs/parameters.md', import.meta.url), 'utf8');
    expect(committed === parameterTableMarkdown(Scenario), 'docs/parameters.md is out of date: run `npx tsx scripts/gen-docs.ts`').toBe(true);
  });

  it('is byte-identical from one call to the next', () => {
    expect(parameterTableMarkdown(Scenario)).toBe(parameterTableMarkdown(Scenario));
  });

  it('has one section per top-level group, each with a table row per parameter', () => {
    const md = parameterTableMarkdown(Scenario);
    const top = parameterGroups(Scenario).filter((g) => g.depth === 0).map((g) => g.path.replace('[]', ''));
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Top level', ...top]);
    for (const r of rows) expect(md).toContain(`| \`${r.path}\` |`);
  });

  it('renders defaults, ranges and escapes what Markdown would misread', () => {
    const schema = z.strictObject({
      g: group({ big: num(1_700_000, 0, 1e8, 'yuan', '001 §4.2', 'a | pipe and <tag>') }, 'a group'),
    });
    const md = parameterTableMarkdown(schema);
    expect(md).toContain('| `g.big` | 1,700,000 | 0 – 100,000,000 | – | yuan | Cao and Li, §4.2 | a \\| pipe and &lt;tag&gt; |');
  });

  it('shows a prior beside the validity bound, with its reason after the description', () => {
    const schema = z.strictObject({ g: group({ p: withPrior(num(5, 0, 100, 'heads', 'assumption', 'herd size'), 2, 10, 'reasoning: small herds') }, 'a group') });
    expect(parameterTableMarkdown(schema)).toContain('| `g.p` | 5 | 0 – 100 | 2 – 10 | heads | assumption | herd size. Prior: reasoning: small herds |');
  });

  it('writes numbers without locale: thousands separators, calendar years kept whole', () => {
    expect(formatNumber(1_700_000)).toBe('1,700,000');
    expect(formatNumber(-25000)).toBe('-25,000');
    expect(formatNumber(0.0824)).toBe('0.0824');
    expect(formatNumber(2016, false)).toBe('2016');
  });
});
