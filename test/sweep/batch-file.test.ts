import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/guard.js';
import { batchText, parseBatch } from '../../src/sweep/batch-file.js';

const points = new Map([[3, ['3,0,1,,all,K,0.5', '3,0,1,2030,all,incomeMean,5230.82']], [7, []]]);
const OWNER = '0123456789abcdef';

describe('batch files', () => {
  it('read back the points they commit, points with no rows included', () => {
    expect(parseBatch(batchText(points, OWNER), 'b.csv', OWNER)).toEqual(points);
  });

  it('of another sweep are refused even when whole, naming the file and saying the batch came from elsewhere', () => {
    expect(() => parseBatch(batchText(points, 'fedcba9876543210'), 'batches/batch-000001.csv', OWNER))
      .toThrow(/batch file batches\/batch-000001\.csv belongs to another sweep \(fedcba9876543210, this one is 0123456789abcdef\): it was copied in from elsewhere.*Remove it and run the same command again/);
    // Rewriting the owner without the checksum is damage, not a way in.
    expect(() => parseBatch(batchText(points, 'fedcba9876543210').replace('of=fedcba9876543210', `of=${OWNER}`), 'b.csv', OWNER)).toThrow(/damaged batch file b\.csv \(its SHA-256 differs/);
  });

  it('cut short (at a row boundary or inside a number) or with a changed byte are refused, naming the file and the remedy', () => {
    const text = batchText(points, OWNER);
    const damaged = [
      text.slice(0, text.indexOf('# end')), // three rows lost at a row boundary would look whole without the trailer
      text.replace('5230.82', '5230.'),
      text.slice(0, -100),
      text.replace('0.5', '0.6'),
      text.replace('rows=2', 'rows=1'),
    ];
    for (const t of damaged) {
      let error: unknown;
      try { parseBatch(t, 'batches/batch-000001.csv', OWNER); } catch (err) { error = err; }
      const { code, text: message } = exitCodeOf(error);
      expect(code).toBe(2);
      expect(message).toMatch(/damaged batch file batches\/batch-000001\.csv .*: remove it and run the same command again: its points will be redone/);
    }
  });
});
