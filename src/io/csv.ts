/**
 * Deterministic CSV (RFC 4180 quoting, `\n` line endings): the same doubles give the same
 * bytes on every run and platform.
 *
 * Why 6 significant digits: the shortest round-trip form of a double exposes the last bits of
 * floating-point sums, so summing in another order (or a libm differing in the last ulp)
 * would change the file. Six digits are far beyond the model's precision and keep diffs
 * between runs meaningful. Integers are written in full (seeds, years, counts).
 *
 * Non-finite numbers: ±Infinity always throws (a bug in the simulator must fail loudly, not
 * slip into someone's regression). NaN throws too, unless the caller declares that NaN means
 * "not defined" (`missing: 'empty'`): docs/results.md promises an empty field for, e.g., the
 * median income of a group with no households or pro-poor growth in the first year.
 */
import type { PanelTable, SurveyRow, YearlyRow } from '../engine/output.js';

/** What a NaN becomes: an error, or an empty field (read as missing by R, pandas, polars). */
export type MissingPolicy = 'throw' | 'empty';

/**
 * The policy of the results files (yearly.csv, survey.csv, panel.csv), fixed by the results
 * contract in docs/results.md: undefined figures are empty fields.
 */
export const RESULTS_MISSING: MissingPolicy = 'empty';

/** Formats one number for a results file; throws on ±Infinity, and on NaN unless missing = 'empty'. */
export function formatNumber(x: number, missing: MissingPolicy = 'throw'): string {
  if (Number.isNaN(x) && missing === 'empty') return '';
  if (!Number.isFinite(x)) throw new RangeError(`non-finite number in results: ${x}`);
  // Integers (including large ones) print exactly; -0 prints as 0.
  if (Number.isInteger(x)) return x === 0 ? '0' : String(x);
  // toPrecision rounds to 6 significant digits; Number() then String() drops trailing zeros
  // and gives plain decimals (exponent form only for non-integers below 1e-6).
  const v = Number(x.toPrecision(6));
  return v === 0 ? '0' : String(v);
}

/** Quotes a text field when it contains a comma, quote or line break (RFC 4180). */
export function quoteField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(header: string[], rows: (string | number)[][], opts: { missing?: MissingPolicy } = {}): string {
  const missing = opts.missing ?? 'throw';
  const out = [header.map(quoteField).join(',')];
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new Error(`CSV row ${i + 1} has ${row.length} fields, header has ${header.length}`);
    out.push(
      row
        .map((v, c) => {
          if (typeof v === 'string') return quoteField(v);
          try {
            return formatNumber(v, missing);
          } catch (err) {
            // Name the cell: "NaN in column value" alone would be hard to trace back.
            throw new RangeError(`${(err as Error).message} (row ${i + 1}, column ${header[c]}: ${row.map(String).join(',')})`);
          }
        })
        .join(','),
    );
  });
  return out.join('\n') + '\n';
}

export function yearlyCsv(rows: YearlyRow[], withBands: boolean): string {
  const header = ['year', 'mode', 'group', 'metric', 'value', ...(withBands ? ['p05', 'p95'] : [])];
  return formatCsv(
    header,
    rows.map((r) => {
      const base: (string | number)[] = [r.year, r.mode, r.group, r.metric, r.value];
      if (!withBands) return base;
      if (r.p05 === undefined || r.p95 === undefined) throw new Error(`yearly row without p05/p95 bands: ${r.year},${r.mode},${r.group},${r.metric}`);
      return [...base, r.p05, r.p95];
    }),
    { missing: RESULTS_MISSING },
  );
}

export function surveyCsv(rows: SurveyRow[]): string {
  return formatCsv(
    ['table', 'item', 'category', 'unit', 'model', 'target'],
    rows.map((r) => [r.table, r.item, r.category, r.unit, r.model, r.target]),
    { missing: RESULTS_MISSING },
  );
}

export function panelCsv(table: PanelTable): string {
  return formatCsv(table.header, table.rows, { missing: RESULTS_MISSING });
}
