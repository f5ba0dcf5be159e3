import { describe, expect, it } from 'vitest';
import { csvNumber, parseCsv, parseCsvRecords } from '../../src/io/csv-read.js';
import { formatCsv } from '../../src/io/csv.js';

describe('parseCsv', () => {
  it('reads back what formatCsv writes, quotes, commas, line breaks and empty fields included', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', ''], ['plain', '1.5', '', 'x']];
    expect(parseCsv(formatCsv(['h1', 'h2', 'h3', 'h4'], rows))).toEqual([['h1', 'h2', 'h3', 'h4'], ...rows]);
  });

  it('accepts CRLF line ends and a missing final line break', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('fails loudly on an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/quoted field/);
  });
});

describe('parseCsvRecords and csvNumber', () => {
  it('key rows by the header, skip blank lines, and refuse a row of the wrong width', () => {
    expect(parseCsvRecords('year,value\n2020,1.5\n\n2021,\n')).toEqual([{ year: '2020', value: '1.5' }, { year: '2021', value: '' }]);
    expect(() => parseCsvRecords('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields, the header 2/);
    expect(parseCsvRecords('')).toEqual([]);
  });

  it('read an empty field as undefined (NaN) and refuse text that is not a number', () => {
    expect(csvNumber('')).toBeNaN();
    expect(csvNumber('-0.25')).toBe(-0.25);
    expect(() => csvNumber('12a')).toThrow(/not a number in CSV: "12a"/);
  });
});
