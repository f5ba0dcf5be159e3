/** Number formats of readings and tables: grouping by hand, so every machine writes the same bytes. */
import { describe, expect, it } from 'vitest';
import { fmtNumber, fmtPct, fmtShare, fmtSig } from '../../src/report/format.js';

describe('report number formats', () => {
  it('groups thousands and uses a real minus sign', () => {
    expect(fmtNumber(27014933.5)).toBe('27,014,934');
    expect(fmtNumber(-1234.56, 1)).toBe('−1,234.6');
    expect(fmtNumber(-0.04, 1)).toBe('0.0');
  });
  it('shares and percentages', () => {
    expect(fmtShare(0.1234)).toBe('12.3%');
    expect(fmtPct(7.84)).toBe('7.8%');
  });
  it('about three significant digits whatever the scale', () => {
    expect(fmtSig(0.0123456)).toBe('0.0123');
    expect(fmtSig(1.23456)).toBe('1.23');
    expect(fmtSig(12345.6)).toBe('12,346');
  });
  it('undefined figures print as a dash', () => {
    for (const x of [NaN, null, undefined, Infinity]) expect(fmtNumber(x)).toBe('–');
  });
});
