/**
 * Reading back the CSV that src/io/csv.ts writes (RFC 4180: fields quoted when they hold a
 * comma, quote or line break; `\n` or `\r\n` line ends). Pure: text in, rows out. The one CSV
 * reader of the project: sensitivity analysis and charts both read results through it.
 */

/** Every row of `text` as its fields; a final line break does not start an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\n' || c === '\r') {
      row.push(field); rows.push(row); row = []; field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

export type CsvRecord = Record<string, string>;

/**
 * Rows as objects keyed by the header; an empty field stays '' so the caller decides what it
 * means; blank lines are skipped; a row with the wrong number of fields is an error.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  return body.filter((r) => r.length > 1 || r[0] !== '').map((r, n) => {
    if (r.length !== header.length) throw new Error(`CSV row ${n + 2} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

/** A numeric field: '' (undefined in the results contract) becomes NaN; anything else not a number throws. */
export function csvNumber(s: string): number {
  if (s === '') return NaN;
  const x = Number(s);
  if (Number.isNaN(x)) throw new Error(`not a number in CSV: ${JSON.stringify(s)}`);
  return x;
}
