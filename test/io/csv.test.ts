import { describe, expect, it } from 'vitest';
import type { YearlyRow } from '../../src/engine/output.js';
import { formatCsv, formatNumber, panelCsv, surveyCsv, yearlyCsv } from '../../src/io/csv.js';

const row = (over: Partial<YearlyRow> = {}): YearlyRow => ({ year: 2020, mode: 'all', group: 'all', metric: 'incomeMean', value: 1.5, ...over });

describe('CSV number formatting', () => {
  it('keeps 6 significant digits, writes integers in full and -0 as 0', () => {
    expect(formatNumber(1234.56789)).toBe('1234.57');
    expect(formatNumber(0.000123456789)).toBe('0.000123457');
    expect(formatNumber(-2.5)).toBe('-2.5');
    expect(formatNumber(2147483647)).toBe('2147483647');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-1e-12)).toBe('-1e-12');
  });

  it('gives the same text for doubles that differ only by summation order', () => {
    const a = (0.1 + 0.2) + 0.3, b = 0.1 + (0.2 + 0.3);
    expect(a).not.toBe(b); // the premise: the doubles differ in their last bit
    expect(formatNumber(a)).toBe(formatNumber(b));
    expect(formatNumber(a)).toBe('0.6');
  });

  it('is deterministic: the same rows give byte-identical text', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ['x', Math.sin(i) * 1e4, i / 7]);
    expect(formatCsv(['a', 'b', 'c'], rows)).toBe(formatCsv(['a', 'b', 'c'], rows.map((r) => [...r])));
  });

  it('rejects NaN and infinities, naming the row and column', () => {
    expect(() => formatNumber(NaN)).toThrow(/non-finite/);
    expect(() => formatNumber(Infinity)).toThrow(/non-finite/);
    expect(() => formatNumber(-Infinity, 'empty')).toThrow(/non-finite/);
    expect(() => formatCsv(['a', 'b'], [['ok', 1], ['bad', NaN]])).toThrow(/row 2, column b/);
  });

  it('writes an undefined figure (NaN) as an empty field in the results files, as docs/results.md promises', () => {
    expect(yearlyCsv([row({ value: NaN })], false)).toBe('year,mode,group,metric,value\n2020,all,all,incomeMean,\n');
    expect(() => yearlyCsv([row({ value: Infinity })], false)).toThrow(/non-finite/);
  });
});

describe('CSV text', () => {
  it('quotes fields with commas, quotes or line breaks (RFC 4180) and ends lines with \\n', () => {
    expect(formatCsv(['a', 'b,c'], [['x,y', 'say "hi"'], ['two\nlines', 'cr\r'], ['plain', 'semi;colon']])).toBe(
      'a,"b,c"\n"x,y","say ""hi"""\n"two\nlines","cr\r"\nplain,semi;colon\n',
    );
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => formatCsv(['a', 'b'], [[1]])).toThrow(/1 fields, header has 2/);
  });

  it('adds the band columns to yearly.csv only when asked', () => {
    const rows = [row({ p05: 1, p95: 2 })];
    expect(yearlyCsv(rows, false)).toBe('year,mode,group,metric,value\n2020,all,all,incomeMean,1.5\n');
    expect(yearlyCsv(rows, true)).toBe('year,mode,group,metric,value,p05,p95\n2020,all,all,incomeMean,1.5,1,2\n');
    expect(() => yearlyCsv([row()], true)).toThrow(/without p05\/p95/);
  });

  it('writes survey.csv and panel.csv with their headers', () => {
    expect(surveyCsv([{ table: 'T3', item: 'awareness, financial', category: 'age', unit: 'correlation', model: -0.1234567, target: -0.2 }])).toBe(
      'table,item,category,unit,model,target\nT3,"awareness, financial",age,correlation,-0.123457,-0.2\n',
    );
    expect(panelCsv({ header: ['year', 'modes', 'cause'], rows: [[2020, 'shareholding+employment', ''], [2021, '', 'illness']] })).toBe(
      'year,modes,cause\n2020,shareholding+employment,\n2021,,illness\n',
    );
  });
});
