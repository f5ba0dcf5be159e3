/**
 * The parameter table: every scenario parameter with its default, plausible range, unit,
 * provenance and description, read from the zod schema (the single source of truth).
 * docs/parameters.md is rendered from it (scripts/gen-docs.ts) and the sweep engine takes its
 * default ranges from `plausibleRange`.
 *
 * Where things live in a zod 4 schema built with src/scenario/schema/param.ts:
 * - a parameter is `z.number()...default(d).meta(m)`: the metadata sits on the outermost node
 *   (the default wrapper); an enum built once and given `.default()` later keeps it on the
 *   inner node. Metadata is therefore merged from the outside in, outer keys winning;
 * - a group is `z.strictObject(shape).prefault({}).meta(m)`: its description sits on the
 *   prefault wrapper, its fields on the inner object's `.shape`;
 * - a list of groups (`villages`, `policy.povertyLine`) is walked through its element schema,
 *   with `[]` in the path: `villages[].households`.
 * Defaults are what zod itself gives for an omitted value (`safeParse(undefined)`), so a
 * prefault and a default read the same way and the table cannot drift from validation.
 */
import { citeInText, citeSource } from './cite-source.js';
import { z } from 'zod';

/** The kind of value a parameter takes. */
export type ParameterType = 'number' | 'integer' | 'enum' | 'string' | 'boolean' | 'array' | 'other';

/** One parameter (a leaf of the schema). */
export interface ParameterRow {
  /** Dotted path; `[]` stands for any element of a list: `villages[].households`. */
  path: string;
  /** The value an omitted parameter takes; undefined when it has none (see `required`). */
  default: unknown;
  /** Plausible range: also the validation bounds and a sweep's default range. */
  min?: number;
  max?: number;
  unit?: string;
  /** Seed document and table or section ("001 T2", "004"), or "assumption". */
  source?: string;
  /** The prior of an assumption: a plausible range inside [min, max], with its reason (schema/param.ts). */
  prior?: { min: number; max: number; why: string };
  description: string;
  type: ParameterType;
  /** Allowed values of an enum parameter, in schema order. */
  values?: readonly string[];
  /** True when the parameter has no default and must be given. */
  required?: boolean;
  /** A short name for charts and sweep reports, where the schema gives one (schema/param.ts labelled). */
  label?: string;
}

/** A group of parameters (an object, or a list of objects walked through its element). */
export interface ParameterGroup {
  path: string;
  description: string;
  /** Nesting depth: 0 for a top-level group such as `economy`. */
  depth: number;
}

/** The internals of a zod 4 node this module reads (`_zod.def`), typed structurally. */
interface Def {
  type: string;
  innerType?: Node;
  shape?: Record<string, Node>;
  element?: Node;
  in?: Node;
  out?: Node;
  entries?: Record<string, string | number>;
}
interface Node {
  _zod: { def: Def };
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/** Wrappers that only add a default, optionality or immutability around the real type. */
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'nonoptional', 'catch']);

interface Unwrapped {
  core: Node;
  meta: Record<string, unknown>;
}

/** Strips wrappers down to the real type, merging the metadata of every layer (outer wins). */
function unwrap(node: Node): Unwrapped {
  const meta: Record<string, unknown> = {};
  let n = node;
  for (let depth = 0; depth < 32; depth++) {
    const m = z.globalRegistry.get(n as unknown as z.ZodType) as Record<string, unknown> | undefined;
    if (m) for (const [k, v] of Object.entries(m)) if (!(k in meta) && v !== undefined) meta[k] = v;
    const def = n._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) n = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) n = def.in._zod.def.type === 'transform' ? def.out : def.in;
    else return { core: n, meta };
  }
  throw new Error('parameter table: wrappers nested more than 32 deep');
}

/** A group is an object, or a list of objects (walked through its element). */
function groupShape(core: Node): { shape: Record<string, Node>; list: boolean } | undefined {
  const def = core._zod.def;
  if (def.type === 'object' && def.shape) return { shape: def.shape, list: false };
  if (def.type === 'array' && def.element) {
    const el = unwrap(def.element).core._zod.def;
    if (el.type === 'object' && el.shape) return { shape: el.shape, list: true };
  }
  return undefined;
}

/** Numeric bounds from zod's own checks, when the metadata does not give them. */
function checkBounds(core: Node): { min?: number; max?: number; integer: boolean } {
  const num = core as unknown as { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  const finite = (x: number | null | undefined) => (typeof x === 'number' && Math.abs(x) < Number.MAX_SAFE_INTEGER ? x : undefined);
  return { min: finite(num.minValue), max: finite(num.maxValue), integer: num.isInt === true };
}

function typeOf(core: Node): ParameterType {
  switch (core._zod.def.type) {
    case 'number': return checkBounds(core).integer ? 'integer' : 'number';
    case 'enum': return 'enum';
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'array': return 'array';
    default: return 'other';
  }
}

const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : undefined);
const numeric = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** A row as walked: the public row plus the bounds of a list's elements (for the Markdown only). */
interface WalkedRow extends ParameterRow {
  elementRange?: { min?: number; max?: number };
}

interface Walked {
  rows: WalkedRow[];
  groups: ParameterGroup[];
}

function walk(schema: z.ZodType): Walked {
  const out: Walked = { rows: [], groups: [] };
  const root = groupShape(unwrap(schema as unknown as Node).core);
  if (!root) throw new Error('parameter table: the schema must be an object (or a list of objects) at the top level');
  visit(root.shape, '', 0, out);
  return out;
}

function visit(shape: Record<string, Node>, prefix: string, depth: number, out: Walked): void {
  for (const [key, node] of Object.entries(shape)) {
    const path = prefix + key;
    const { core, meta } = unwrap(node);
    const group = groupShape(core);
    if (group) {
      const groupPath = group.list ? `${path}[]` : path;
      out.groups.push({ path: groupPath, description: str(meta.description) ?? '', depth });
      visit(group.shape, `${groupPath}.`, depth + 1, out);
      continue;
    }
    const parsed = node.safeParse(undefined);
    const type = typeOf(core);
    const bounds: { min?: number; max?: number } = type === 'number' || type === 'integer' ? checkBounds(core) : {};
    const row: WalkedRow = { path, default: parsed.success ? parsed.data : undefined, description: str(meta.description) ?? '', type };
    const min = numeric(meta.min) ?? bounds.min, max = numeric(meta.max) ?? bounds.max;
    if (min !== undefined) row.min = min;
    if (max !== undefined) row.max = max;
    if (str(meta.unit)) row.unit = str(meta.unit);
    if (str(meta.source)) row.source = str(meta.source);
    if (str(meta.label)) row.label = str(meta.label);
    const prior = meta.prior as { min?: unknown; max?: unknown; why?: unknown } | undefined;
    if (prior && numeric(prior.min) !== undefined && numeric(prior.max) !== undefined) row.prior = { min: prior.min as number, max: prior.max as number, why: str(prior.why) ?? '' };
    if (type === 'enum') row.values = Object.values(core._zod.def.entries ?? {}).map(String);
    if (!parsed.success) row.required = true;
    const element = type === 'array' && core._zod.def.element ? unwrap(core._zod.def.element).core : undefined;
    if (element && element._zod.def.type === 'number') row.elementRange = checkBounds(element);
    out.rows.push(row);
  }
}

/** Every parameter of `schema`, in schema order (groups depth first). */
export function parameterRows(schema: z.ZodType): ParameterRow[] {
  return walk(schema).rows.map(({ elementRange: _, ...row }) => row);
}

/** Every group of `schema` with its description, in schema order. */
export function parameterGroups(schema: z.ZodType): ParameterGroup[] {
  return walk(schema).groups;
}

const ranges = new WeakMap<z.ZodType, Map<string, { min: number; max: number }>>();
const priors = new WeakMap<z.ZodType, Map<string, { min: number; max: number }>>();

/**
 * The range a sweep or a calibration samples by default for the parameter at `path`: its prior
 * where the schema gives one, else its validity bound (plausibleRange). Same path notation.
 */
export function samplingRange(schema: z.ZodType, path: string): { min: number; max: number; prior: boolean } | undefined {
  let byPath = priors.get(schema);
  if (!byPath) {
    byPath = new Map();
    for (const r of parameterRows(schema)) if (r.prior) byPath.set(r.path, { min: r.prior.min, max: r.prior.max });
    priors.set(schema, byPath);
  }
  const prior = byPath.get(path.replace(/\[\d+\]/g, '[]').replace(/\.\d+(?=\.|$)/g, '[]'));
  if (prior) return { ...prior, prior: true };
  const bound = plausibleRange(schema, path);
  return bound && { ...bound, prior: false };
}

/**
 * The plausible range of the numeric parameter at `path` (dotted; a list index may be written
 * `villages[0].households` or `villages[].households`), or undefined when the path names no
 * parameter with both bounds. The sweep engine's default range.
 */
export function plausibleRange(schema: z.ZodType, path: string): { min: number; max: number } | undefined {
  let byPath = ranges.get(schema);
  if (!byPath) {
    byPath = new Map();
    for (const r of parameterRows(schema)) if (r.min !== undefined && r.max !== undefined) byPath.set(r.path, { min: r.min, max: r.max });
    ranges.set(schema, byPath);
  }
  const range = byPath.get(path.replace(/\[\d+\]/g, '[]'));
  return range && { ...range };
}

// ---- Markdown ---------------------------------------------------------------------------

/**
 * Numbers as a reader expects them, locale-free: 1,700,000 and 0.0824. `grouping: false`
 * keeps calendar years as 2016.
 */
export function formatNumber(x: number, grouping = true): string {
  if (!Number.isFinite(x)) return String(x);
  if (grouping && Number.isInteger(x) && Math.abs(x) >= 1000) return (x < 0 ? '-' : '') + String(Math.abs(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return String(x);
}

/** Table-cell text: pipes escaped, and < > so that "results/<name>/" is not read as HTML. */
const text = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
/** A code span in a table cell (GFM reads \| inside it as a pipe). */
const code = (s: string) => '`' + s.replace(/\|/g, '\\|') + '`';

/** Calendar years (unit "year" or "years") are written without thousands separators. */
const grouped = (row: ParameterRow) => row.unit !== 'year' && row.unit !== 'years';

function formatValue(value: unknown, grouping: boolean): string {
  if (typeof value === 'number') return formatNumber(value, grouping);
  if (typeof value === 'string') return value === '' ? '""' : code(value);
  if (typeof value === 'boolean') return code(String(value));
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value.length === 0 ? '[]' : value.map((v) => formatNumber(v, grouping)).join(', ');
  return code(JSON.stringify(value));
}

function formatDefault(row: ParameterRow): string {
  if (row.required) return '*required*';
  if (row.default === undefined) return '–';
  return formatValue(row.default, grouped(row));
}

function formatRange(row: WalkedRow): string {
  if (row.values) return row.values.map(code).join(', ');
  const g = grouped(row);
  const span = (min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `${formatNumber(min, g)} – ${formatNumber(max, g)}`
      : min !== undefined ? `≥ ${formatNumber(min, g)}` : max !== undefined ? `≤ ${formatNumber(max, g)}` : undefined;
  const own = span(row.min, row.max);
  if (own) return own;
  const each = row.elementRange && span(row.elementRange.min, row.elementRange.max);
  return each ? `each ${each}` : '–';
}

/** The section a path belongs to: its first segment, or '' for top-level parameters. */
function sectionOf(path: string): string {
  const m = /^([^.[]+)(\[\])?\./.exec(path);
  return m ? m[1] : '';
}

/**
 * docs/parameters.md: a generated intro, then one section per top-level group, each with a
 * table (parameter, default, range, prior, unit, source, description); nested groups appear as
 * bold rows. Byte-stable: the same schema always gives the same text.
 */
export function parameterTableMarkdown(schema: z.ZodType): string {
  const { rows, groups } = walk(schema);
  const numericRows = rows.filter((r) => r.type === 'number' || r.type === 'integer');
  const fromSeeds = numericRows.filter((r) => r.source !== undefined && r.source !== 'assumption').length;
  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  p('# Parameters');
  p();
  p('<!-- Generated by `npx tsx scripts/gen-docs.ts` from src/scenario/schema.ts. Do not edit by hand: change the schema and regenerate. -->');
  p();
  p('Every scenario parameter, generated from the scenario schema (`src/scenario/schema.ts`), which is the single source of truth: the defaults are the calibrated P-village baseline, and a scenario file sets only what it changes. Do not edit this file by hand; change the schema and run `npx tsx scripts/gen-docs.ts`.');
  p();
  p('- **parameter**: the path in a scenario file; `[]` stands for each entry of a list (`villages[].households` is the `households` field of every village group).');
  p('- **default**: the value taken when the parameter is omitted.');
  p('- **range**: the validity bound. Values outside it are rejected when a scenario is loaded. For a choice, the allowed values.');
  p('- **prior**: for an assumption, the range we believe plausible for P village (a uniform prior), with its reason in the description. A sweep explores the prior unless told otherwise (the validity bound where there is none), and `ipasim calibrate` starts from it (docs/calibration.md).');
  p('- **source**: the work, with its table or section, the default rests on (full references in [references.md](references.md)), or *assumption* for a default of ours that the sources do not give.');
  p();
  p(`${rows.length} parameters in ${groups.length} groups; ${numericRows.length} are numeric, of which ${fromSeeds} rest on a seed document and ${numericRows.length - fromSeeds} are assumptions. Money is in constant yuan of \`economy.priceBaseYear\`.`);
  const sections = new Map<string, { rows: WalkedRow[]; groups: ParameterGroup[] }>();
  const section = (key: string) => {
    if (!sections.has(key)) sections.set(key, { rows: [], groups: [] });
    return sections.get(key)!;
  };
  // Top-level parameters first, then the groups in schema order.
  if (rows.some((r) => sectionOf(r.path) === '')) section('');
  for (const g of groups) if (g.depth === 0) section(sectionOf(`${g.path}.`));
  for (const g of groups) section(sectionOf(`${g.path}.`)).groups.push(g);
  for (const r of rows) section(sectionOf(r.path)).rows.push(r);
  for (const [key, sec] of sections) {
    p();
    const top = sec.groups.find((g) => g.depth === 0);
    p(key === '' ? '## Top level' : `## ${key}`);
    p();
    p(key === '' ? 'Fields at the top level of a scenario file.' : `${text(capitalise(top?.description ?? ''))}.`);
    p();
    p('| parameter | default | range | prior | unit | source | description |');
    p('|---|---|---|---|---|---|---|');
    // Interleave nested-group rows with their parameters, in schema order.
    const nested = sec.groups.filter((g) => g.depth > 0);
    const emitted = new Set<string>();
    for (const r of sec.rows) {
      for (const g of nested) if (!emitted.has(g.path) && r.path.startsWith(`${g.path}.`)) {
        emitted.add(g.path);
        p(`| **${text(g.path)}** | | | | | | *${text(g.description)}* |`);
      }
      const prior = r.prior ? `${formatNumber(r.prior.min, grouped(r))} – ${formatNumber(r.prior.max, grouped(r))}` : '–';
      const description = r.prior ? `${citeInText(r.description)}. Prior: ${citeInText(r.prior.why)}` : citeInText(r.description);
      p(`| ${code(r.path)} | ${formatDefault(r)} | ${formatRange(r)} | ${prior} | ${text(r.unit ?? '–')} | ${text(r.source ? citeSource(r.source) : '–')} | ${text(description)} |`);
    }
  }
  return lines.join('\n') + '\n';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
