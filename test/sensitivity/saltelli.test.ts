import { describe, expect, it } from 'vitest';
import { saltelliRows } from '../../src/sensitivity/saltelli.js';
import { sobolPoints } from '../../src/sensitivity/sobol-sequence.js';

describe('saltelliRows', () => {
  it('gives N (k + 2) rows in blocks A, B, AB^(1..k) where AB^(i) is A with coordinate i from B', () => {
    const k = 4, n = 16, rows = saltelliRows(k, n, 7);
    expect(rows).toHaveLength(n * (k + 2));
    for (let j = 0; j < n; j++) {
      const a = rows[j * (k + 2)], b = rows[j * (k + 2) + 1];
      for (let i = 0; i < k; i++) {
        const ab = rows[j * (k + 2) + 2 + i];
        expect(ab).toEqual(a.map((v, d) => (d === i ? b[d] : v)));
      }
    }
    expect(rows.flat().every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('takes A and B from the two halves of one scrambled Sobol sequence in 2k dimensions', () => {
    const k = 3, n = 8, rows = saltelliRows(k, n, 5), sob = sobolPoints(n, 2 * k, { scramble: { seed: 5 } });
    for (let j = 0; j < n; j++) {
      expect(rows[j * (k + 2)]).toEqual(sob[j].slice(0, k));
      expect(rows[j * (k + 2) + 1]).toEqual(sob[j].slice(k));
    }
  });

  it('the same seed gives the same design and another seed another', () => {
    expect(saltelliRows(2, 8, 1)).toEqual(saltelliRows(2, 8, 1));
    expect(saltelliRows(2, 8, 1)).not.toEqual(saltelliRows(2, 8, 2));
  });

  it('refuses more factors than the Sobol table covers, and N < 1', () => {
    expect(() => saltelliRows(33, 8, 1)).toThrow(/factors/);
    expect(() => saltelliRows(2, 0, 1)).toThrow(/samples/);
  });
});
