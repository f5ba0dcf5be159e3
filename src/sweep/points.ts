/**
 * From a design table to runnable scenarios: each point's values set on the base scenario
 * (immer, structural sharing) and validated by the scenario schema before anything runs, so a
 * value the model cannot take is reported against the sweep file's line, not discovered by a
 * worker halfway through. Pure.
 */
import type { z } from 'zod';
import { numberRangeAt } from '../scenario/json-schema.js';
import { Scenario } from '../scenario/schema.js';
import type { DesignTable, GridValue } from './design.js';
import type { SweepProblem } from './factors.js';
import { parsePath, setAt } from './parameter-path.js';

/** The point's changes as `path → value`, linked axes expanded to each of their paths. */
export function pointValues(table: DesignTable, point: number): Record<string, GridValue> {
  const values: Record<string, GridValue> = {};
  table.columns.forEach((column, j) => {
    const value = table.rows[point][j];
    const links = table.links?.[column];
    if (!links) values[column] = value;
    else for (const { path, offset } of links) values[path] = (value as number) + offset;
  });
  return values;
}

/** The column (path or linked axis) that sets `path`. */
function columnOf(table: DesignTable, path: string): string {
  for (const [column, links] of Object.entries(table.links ?? {})) if (links.some((l) => l.path === path)) return column;
  return path;
}

/** The scenario of one point: the base with the point's values, validated (throws on an invalid value). */
export function pointScenario(base: Scenario, values: Readonly<Record<string, unknown>>): Scenario {
  return Scenario.parse(setAt(base, values));
}

/**
 * Applies `values` to `base` and validates; problems name `at(path)` for the changed path
 * an issue concerns (or `fallback` for issues elsewhere, such as cross-field rules).
 */
export function checkValues(base: Scenario, values: Readonly<Record<string, unknown>>, at: (path: string) => (string | number)[], fallback: (string | number)[], label: string): { scenario?: Scenario; problems: SweepProblem[] } {
  const result = Scenario.safeParse(setAt(base, values));
  if (result.success) return { scenario: result.data, problems: [] };
  const changed = Object.keys(values);
  return {
    problems: result.error.issues.map((issue) => {
      const issuePath = issue.path.join('.');
      const owner = changed.find((p) => issuePath === p || issuePath.startsWith(`${p}.`));
      const shown = owner ? `${owner} = ${JSON.stringify(values[owner])}` : '';
      return { at: owner ? at(owner) : fallback, message: `${label}${shown ? `, ${shown}` : ''}: ${describe(issue, owner)}` };
    }),
  };
}

/**
 * Validates the points `from` to `to` (default: all); stops collecting after `limit` distinct
 * problems (the first ones say enough). Pass the same `found` to check a design in slices.
 */
export function checkPoints(base: Scenario, table: DesignTable, limit = 20, from = 0, to = table.rows.length, found: { problems: SweepProblem[]; seen: Set<string> } = { problems: [], seen: new Set() }): SweepProblem[] {
  const { problems, seen } = found;
  for (let p = from; p < to && problems.length < limit; p++) {
    const values = pointValues(table, p);
    const variant = table.variantNames?.[p];
    const at = (path: string) => (variant !== undefined ? ['design', 'variants', p, 'set', path] : ['design', 'parameters', columnOf(table, path)]);
    for (const problem of checkValues(base, values, at, ['design'], variant !== undefined ? `variant ${variant}` : `point ${p}`).problems) {
      // The same bad value recurs at many points of a grid: report it once.
      const key = `${problem.at.join('.')}|${problem.message.replace(/^point \d+/, '')}`;
      if (!seen.has(key)) { seen.add(key); problems.push(problem); }
    }
  }
  return problems;
}

function describe(issue: z.core.$ZodIssue, path: string | undefined): string {
  if ((issue.code === 'too_big' || issue.code === 'too_small') && path) {
    const range = numberRangeAt(Scenario, parsePath(path));
    if (range?.min && range.max) return `outside the allowed range ${range.min.value} to ${range.max.value}`;
  }
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message;
}
