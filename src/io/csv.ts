/**
 * Deterministic CSV: the same doubles give the same bytes on every run and platform.
 * Numbers keep 6 significant digits; NaN (an empty cell, e.g. the median of a group with no
 * households) is written as an empty field, which R, pandas and polars read as missing.
 * Infinity is a bug and throws.
 */
import type { PanelTable, SurveyRow, YearlyRow } from '../engine/output.js';

export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) throw new Error(`non-finite number in results: ${x}`);
  if (Number.isInteger(x)) return String(x === 0 ? 0 : x);
  const v = Number(x.toPrecision(6));
  return v === 0 ? '0' : String(v);
}

function cell(v: string | number): string {
  if (typeof v === 'number') return formatNumber(v);
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatCsv(header: string[], rows: (string | number)[][]): string {
  const lines = [header.map(cell).join(',')];
  for (const r of rows) lines.push(r.map(cell).join(','));
  return lines.join('\n') + '\n';
}

export function yearlyCsv(rows: YearlyRow[], withBands: boolean): string {
  const header = ['year', 'mode', 'group', 'metric', 'value', ...(withBands ? ['p05', 'p95'] : [])];
  return formatCsv(header, rows.map((r) => [r.year, r.mode, r.group, r.metric, r.value, ...(withBands ? [r.p05 ?? NaN, r.p95 ?? NaN] : [])]));
}

export function surveyCsv(rows: SurveyRow[]): string {
  return formatCsv(['table', 'item', 'category', 'unit', 'model', 'target'], rows.map((r) => [r.table, r.item, r.category, r.unit, r.model, r.target]));
}

export function panelCsv(t: PanelTable): string {
  return formatCsv(t.header, t.rows);
}

/** JSON with NaN written as null (JSON has no NaN), 2-space indent, trailing newline. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
