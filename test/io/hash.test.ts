import { describe, expect, it } from 'vitest';
import { canonicalJson, shortHash } from '../../src/io/hash.js';

describe('canonical JSON and short hashes', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('sorts by code unit, so numeric-looking keys do not jump ahead', () => {
    expect(canonicalJson({ '2': 'b', '10': 'a', B: 0, a: 0 })).toBe('{"10":"a","2":"b","B":0,"a":0}');
  });

  it('follows JSON.stringify for undefined, NaN and toJSON', () => {
    expect(canonicalJson({ a: undefined, b: [undefined], c: NaN, d: new Date(0) })).toBe('{"b":[null],"c":null,"d":"1970-01-01T00:00:00.000Z"}');
  });

  it('gives the same 8-hex-digit hash whatever the key order', () => {
    const a = shortHash({ name: 'p', time: { start: 2014, end: 2035 }, seed: 1 });
    const b = shortHash({ seed: 1, time: { end: 2035, start: 2014 }, name: 'p' });
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(a).toBe(b);
  });

  it('changes the hash when any value changes, including array order', () => {
    const base = shortHash({ time: { start: 2014, end: 2035 }, v: [1, 2] });
    expect(shortHash({ time: { start: 2014, end: 2036 }, v: [1, 2] })).not.toBe(base);
    expect(shortHash({ time: { start: 2014, end: 2035 }, v: [2, 1] })).not.toBe(base);
  });

  it('is pinned: the hash of a fixed value never changes between versions', () => {
    // SHA-256 of '{"a":1}' begins 015abd7f; results folder names depend on this staying put.
    expect(shortHash({ a: 1 })).toBe('015abd7f');
  });
});
