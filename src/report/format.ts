/**
 * Numbers as a reader sees them in readings and tables, the same on every machine: grouping
 * by hand (not toLocaleString, whose output follows the ICU build) so reports stay
 * byte-identical. Undefined figures (NaN, null) print as an en dash.
 */
const DASH = '–';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number with `decimals` decimals and thousands separators: 12,345.6. */
export function fmtNumber(x: number | null | undefined, decimals = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const s = Math.abs(x).toFixed(decimals);
  const [int, frac] = s.split('.');
  const sign = x < 0 && Number(s) !== 0 ? '−' : '';
  return `${sign}${group(int)}${frac ? `.${frac}` : ''}`;
}

/** A share in [0, 1] as a percentage: 0.1234 → 12.3%. */
export function fmtShare(x: number | null | undefined, decimals = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return `${fmtNumber(100 * x, decimals)}%`;
}

/** A number already in percent: 7.84 → 7.8%. */
export function fmtPct(x: number | null | undefined, decimals = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return `${fmtNumber(x, decimals)}%`;
}

/** A figure of unknown scale with about three significant digits: 0.0123, 1.23, 12,345. */
export function fmtSig(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const a = Math.abs(x);
  const decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a === 0 ? 0 : Math.min(6, 2 - Math.floor(Math.log10(a)));
  return fmtNumber(x, decimals);
}
