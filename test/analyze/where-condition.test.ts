import { describe, expect, it } from 'vitest';
import { meets, parseWhere } from '../../src/analyze/where-condition.js';
import { UserError } from '../../src/user-error.js';

describe('parseWhere', () => {
  it('reads a summary condition and a yearly one', () => {
    expect(parseWhere('returnToPovertyRate > 0.1')).toEqual({ metric: 'returnToPovertyRate', year: null, op: '>', threshold: 0.1, text: 'returnToPovertyRate > 0.1' });
    expect(parseWhere(' povertyRate@2030<=.25 ')).toMatchObject({ metric: 'povertyRate', year: 2030, op: '<=', threshold: 0.25, text: 'povertyRate@2030 <= 0.25' });
    expect(parseWhere('incomeDropPct >= -5')).toMatchObject({ threshold: -5, op: '>=' });
  });

  it('refuses anything else with a user error that shows the form', () => {
    expect(() => parseWhere('returnToPovertyRate is high')).toThrow(UserError);
    expect(() => parseWhere('> 0.1')).toThrow(/<metric> <op> <number>/);
    expect(() => parseWhere('R == 0.3')).toThrow(/<metric> <op> <number>/);
  });
});

describe('meets', () => {
  it('applies each operator, strict and not', () => {
    expect(meets(parseWhere('x > 1'), 1)).toBe(false);
    expect(meets(parseWhere('x >= 1'), 1)).toBe(true);
    expect(meets(parseWhere('x < 1'), 1)).toBe(false);
    expect(meets(parseWhere('x <= 1'), 1)).toBe(true);
  });
});
