/**
 * The condition of `ipasim analyze --where`: "<metric> <op> <number>", op one of > >= < <=,
 * optionally "<metric>@<year>" for a yearly metric. Pure.
 */
import { UserError } from '../user-error.js';

export type WhereOp = '>' | '>=' | '<' | '<=';

export interface WhereCondition {
  metric: string;
  /** null for a summary figure. */
  year: number | null;
  op: WhereOp;
  threshold: number;
  /** The condition as written back: "returnToPovertyRate > 0.1". */
  text: string;
}

export function parseWhere(text: string): WhereCondition {
  const m = /^\s*([A-Za-z][\w.]*)(?:@(\d{4}))?\s*(>=|<=|>|<)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*$/i.exec(text);
  if (!m) throw new UserError(`--where "${text}": write it as <metric> <op> <number>, op one of > >= < <=, e.g. --where "returnToPovertyRate > 0.1" (or "povertyRate@2030 > 0.2" for a yearly metric)`);
  const [, metric, year, op, num] = m;
  const threshold = Number(num);
  return { metric, year: year === undefined ? null : Number(year), op: op as WhereOp, threshold, text: `${metric}${year ? `@${year}` : ''} ${op} ${threshold}` };
}

/** Whether a run's value meets the condition. */
export function meets(c: WhereCondition, value: number): boolean {
  switch (c.op) {
    case '>': return value > c.threshold;
    case '>=': return value >= c.threshold;
    case '<': return value < c.threshold;
    case '<=': return value <= c.threshold;
  }
}
