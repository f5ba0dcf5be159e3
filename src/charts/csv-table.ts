/**
 * Reading the results' CSV files back (RFC 4180: quoted fields, doubled quotes). Rows become
 * objects keyed by the header; an empty field stays '' so the caller decides what it means.
 */
export type CsvRecord = Record<string, string>;

export function parseCsv(text: string): CsvRecord[] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
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
