import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/analyze/parse-csv.js';
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
