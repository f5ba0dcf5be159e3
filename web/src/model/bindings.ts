/**
 * The page's controls, bound to scenario parameters. Each control names the scenario paths it
 * sets; its range, unit, schema default and description are read from the scenario schema's
 * metadata (src/scenario/parameter-table.ts), never written here: the schema stays the single
 * source of truth. A control may narrow the schema's range to what fits the scenario (a
 * withdrawal year within the simulated years) but never widen it.
 */
import { parameterRows, type ParameterRow } from '../../../src/scenario/parameter-table.js';
import { Scenario } from '../../../src/scenario/schema.js';
import type { VillageKey } from './villages.js';

/**
 * The poverty-specific instruments that end when support is withdrawn (the baseline's announced
 * withdrawal after 2025); the withdrawal-year slider and the withdrawal-path select move them.
 * The ordinary social floor (the minimum living guarantee `livingSupport` and the rural
 * `pension`) is not among them: it is no poverty-alleviation instrument and stays unless the
 * teacher removes the guarantee with its own control (`minimumLiving`).
 */
export const WITHDRAWN = ['dividend', 'materialHelp', 'coopSubsidy', 'workshopSubsidy', 'welfarePosts', 'medical'] as const;

/** The ordinary social floor: never moved by the withdrawal controls. */
export const SOCIAL_FLOOR = ['livingSupport', 'pension'] as const;

const ALL: readonly VillageKey[] = ['transfusion', 'hematopoiesis', 'baseline'];

export interface Binding {
  /** Also the i18n key suffix of the control's label: `control.<id>`. */
  id: string;
  kind: 'range' | 'select' | 'number';
  /** Scenario paths set by the control; the first one's schema metadata describes it. */
  paths: readonly string[];
  /** The runs the control applies to. */
  villages: readonly VillageKey[];
  step?: number;
  /** A narrower range fitting the scenario (intersected with the schema's). */
  within?: (sc: Scenario) => { min: number; max: number };
  /** The value written at paths[i] (default: the control's value). */
  valueAt?: (value: number | string, i: number, context: BindingContext) => number | string;
  /** Selects: an extra first option that leaves the scenario's own values (i18n key `option.asScenario`). */
  asScenario?: boolean;
  /** Selects: the schema's choices this control offers (a narrowing, like `within`); default all. */
  choices?: readonly string[];
  /** Selects: the i18n key of a choice's label, '' for "as in the scenario" (default `option.<choice>`, `option.asScenario`). */
  optionKey?: (choice: string) => string;
}

/** What a control's values may depend on besides its own value. */
export interface BindingContext {
  /** The last year of full support in this run: the control's value, or the year before the scenario's withdrawal starts. */
  lastSupportYear: number;
}

export const BINDINGS: readonly Binding[] = [
  {
    // The last year at full level of every poverty-specific instrument (and of the monitoring):
    // the withdrawal starts the year after, and the findings' windows follow (src/engine/windows.ts).
    id: 'lastSupportYear', kind: 'range', step: 1, villages: ALL,
    paths: [...WITHDRAWN.map((i) => `policy.instruments.${i}.end`), 'policy.instruments.monitoring.end'],
    within: (sc) => ({ min: sc.time.start, max: sc.time.end - 1 }),
  },
  { id: 'withdrawalPath', kind: 'select', asScenario: true, villages: ALL, paths: WITHDRAWN.map((i) => `policy.instruments.${i}.path`) },
  { id: 'monitoring', kind: 'select', asScenario: true, villages: ALL, paths: ['policy.instruments.monitoring.path'] },
  {
    // Removing the social floor is a deliberate choice of its own, never a side effect of the
    // withdrawal path: "removed" ends the guarantee with the last year of full support.
    id: 'minimumLiving', kind: 'select', asScenario: true, villages: ALL, choices: ['keep', 'abrupt'],
    optionKey: (c) => `option.minimumLiving.${c === '' ? 'asScenario' : c}`,
    paths: ['policy.instruments.livingSupport.path', 'policy.instruments.livingSupport.end'],
    valueAt: (v, i, context) => (i === 0 ? v : context.lastSupportYear),
  },
  { id: 'outMigration', kind: 'range', step: 0.01, villages: ALL, paths: ['demography.outMigration'] },
  { id: 'dividendRate', kind: 'range', step: 0.002, villages: ALL, paths: ['enterprise.sharesRate'] },
  { id: 'training', kind: 'range', step: 0.1, villages: ALL, paths: ['policy.instruments.training.amount'] },
  { id: 'shareholdingAccess', kind: 'range', step: 0.05, villages: ['transfusion'], paths: ['modes.shareholding.access'] },
  { id: 'cooperativeAccess', kind: 'range', step: 0.05, villages: ['hematopoiesis'], paths: ['modes.cooperative.access'] },
  { id: 'employmentAccess', kind: 'range', step: 0.05, villages: ['hematopoiesis'], paths: ['modes.employment.access'] },
  { id: 'seed', kind: 'number', step: 1, villages: ALL, paths: ['seed'], within: () => ({ min: 0, max: 99_999 }) },
];

export type ControlValues = Partial<Record<string, number | string>>;

let rowsByPath: Map<string, ParameterRow> | undefined;

/** The schema's row for a scenario path (throws for a path the schema does not have). */
export function schemaRow(path: string): ParameterRow {
  rowsByPath ??= new Map(parameterRows(Scenario).map((r) => [r.path, r]));
  const row = rowsByPath.get(path);
  if (!row) throw new Error(`no scenario parameter "${path}"`);
  return row;
}

/** What a control shows: the schema metadata of its first path, the range narrowed to the scenario. */
export function describeBinding(b: Binding, sc: Scenario): { row: ParameterRow; min?: number; max?: number; values?: readonly string[]; value: number | string } {
  const row = schemaRow(b.paths[0]);
  const narrow = b.within?.(sc);
  const min = narrow && row.min !== undefined ? Math.max(row.min, narrow.min) : narrow?.min ?? row.min;
  const max = narrow && row.max !== undefined ? Math.min(row.max, narrow.max) : narrow?.max ?? row.max;
  const values = b.choices ? row.values?.filter((v) => b.choices!.includes(v)) : row.values;
  return { row, min, max, values, value: valueAtPath(sc, b.paths[0]) as number | string };
}

/** The value at a dotted path of a resolved scenario. */
export function valueAtPath(sc: unknown, path: string): unknown {
  let node = sc;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/** The fields the set controls write for one run, as a nested object (a scenario patch). */
export function controlPatch(values: ControlValues, village: VillageKey, context: BindingContext): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const b of BINDINGS) {
    const value = values[b.id];
    if (value === undefined || value === '' || !b.villages.includes(village)) continue;
    b.paths.forEach((path, i) => setAtPath(patch, path, b.valueAt ? b.valueAt(value, i, context) : value));
  }
  return patch;
}

function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}
