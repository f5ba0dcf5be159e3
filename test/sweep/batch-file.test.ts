import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/guard.js';
import { batchText, parseBatch } from '../../src/sweep/batch-file.js';

const points = new Map([[3, ['3,0,1,,all,K,0.5', '3,0,1,2030,all,incomeMean,5230.82']], [7, []]]);

describe('batch files', () => {
  it('read back the points they commit, points with no rows included', () => {
    expect(parseBatch(batchText(points), 'b.csv')).toEqual(points);
  });

  it('cut short (at a row boundary or inside a number) or with a changed byte are refused, naming the file and the remedy', () => {
    const text = batchText(points);
    const damaged = [
      text.slice(0, text.indexOf('# end')), // three rows lost at a row boundary would look whole without the trailer
      text.replace('5230.82', '5230.'),
      text.slice(0, -100),
      text.replace('0.5', '0.6'),
      text.replace('rows=2', 'rows=1'),
    ];
    for (const t of damaged) {
      let error: unknown;
      try { parseBatch(t, 'batches/batch-000001.csv'); } catch (err) { error = err; }
      const { code, text: message } = exitCodeOf(error);
      expect(code).toBe(2);
      expect(message).toMatch(/damaged batch file batches\/batch-000001\.csv .*: remove it and run the same command again: its points will be redone/);
    }
  });
});
