import { describe, expect, it } from 'vitest';
import { evaluate, ExpressionError, parseExpression, refsOf, type Ref } from '../../src/calibrate/expression.js';

const values: Record<string, number> = {};
const at = (ref: Ref) => values[ref.key] ?? NaN;

describe('target expressions', () => {
  it('reads the three accessors with their defaults, and keys them canonically', () => {
    const e = parseExpression("survey('T2', 'head-age', 'over 60') + yearly(\"incomeMean\", year=2020) + yearly('povertyRate', from=2016, to=2020, group='registered') + summary('incomeBefore', mode='all')");
    expect(refsOf(e).map((r) => r.key)).toEqual([
      "survey('T2', 'head-age', 'over 60')",
      "yearly('incomeMean', year=2020, mode='all', group='all')",
      "yearly('povertyRate', from=2016, to=2020, mode='all', group='registered')",
      "summary('incomeBefore', mode='all')",
    ]);
    expect(refsOf(e)[2]).toMatchObject({ kind: 'yearly', from: 2016, to: 2020, group: 'registered' });
  });

  it('follows arithmetic precedence, unary minus and parentheses', () => {
    Object.assign(values, { "yearly('a', year=2019, mode='all', group='all')": 6, "yearly('b', year=2019, mode='all', group='all')": 3 });
    const v = (text: string) => evaluate(parseExpression(text), at);
    expect(v("yearly('a', year=2019) + yearly('b', year=2019) * 2")).toBe(12);
    expect(v("(yearly('a', year=2019) + yearly('b', year=2019)) / 3")).toBe(3);
    expect(v("-yearly('b', year=2019) - -1")).toBe(-2);
    expect(v('1.5e1 / 3')).toBe(5);
    expect(v("yearly('a', year=2019) / (yearly('b', year=2019) - 3)")).toBeNaN(); // a ratio over zero is undefined, not infinite
  });

  it('compares once, below the arithmetic: 1 where an ordering holds, 0 where not, undefined with an undefined side', () => {
    Object.assign(values, { "yearly('a', year=2019, mode='all', group='all')": 6, "yearly('b', year=2019, mode='all', group='all')": 3 });
    const v = (text: string) => evaluate(parseExpression(text), at);
    expect(v("yearly('a', year=2019) > yearly('b', year=2019) * 2 - 1")).toBe(1);
    expect(v("yearly('a', year=2019) < yearly('b', year=2019) + 3")).toBe(0);
    expect(v("yearly('a', year=2019) > max(yearly('b', year=2019), 5, 2)")).toBe(1);
    expect(v("min(yearly('a', year=2019), 7) / yearly('b', year=2019)")).toBe(2);
    expect(v("yearly('missing', year=2019) < 1")).toBeNaN();
    expect(v("max(1, yearly('missing', year=2019))")).toBeNaN();
    expect(refsOf(parseExpression("min(yearly('a', year=2019), yearly('b', year=2019)) < yearly('a', year=2019)"))).toHaveLength(2);
    expect(() => parseExpression('1 < 2 < 3')).toThrow(/one comparison/);
  });

  it('lists an accessor used twice once', () => {
    expect(refsOf(parseExpression("yearly('a', year=2019) / yearly('a', year=2019)"))).toHaveLength(1);
  });

  const error = (text: string) => {
    try { parseExpression(text); } catch (err) { expect(err).toBeInstanceOf(ExpressionError); return `${(err as ExpressionError).column}: ${(err as Error).message}`; }
    throw new Error(`no error for ${text}`);
  };

  it('names the column and what was expected, for every kind of mistake', () => {
    expect(error("yearly('a', year=2019")).toBe('22: expected "," or ")", found the end');
    expect(error("survey('T2' 'x', 'y')")).toBe('13: expected "," or ")", found "x"');
    expect(error("yearly('a', year=2019) 3")).toBe('24: unexpected 3 after a complete expression');
    expect(error("mean('a')")).toMatch(/^1: unknown accessor mean\(\)/);
    expect(error("yearly('a')")).toMatch(/yearly\(\) needs year= or both from= and to=/);
    expect(error("yearly('a', year=2019, from=2016, to=2020)")).toMatch(/either year= or from= and to=/);
    expect(error("yearly('a', from=2020, to=2016)")).toMatch(/window from=2020 is after to=2016/);
    expect(error("yearly('a', year=2019.5)")).toMatch(/year must be a whole number/);
    expect(error("yearly('a', yaer=2019)")).toMatch(/has no argument yaer=/);
    expect(error("survey('T2', 'x')")).toMatch(/needs its category/);
    expect(error("summary(3)")).toMatch(/field must be a text in quotes/);
    expect(error("survey('T2, 'x', 'y')")).toMatch(/unexpected character|not closed/);
  });

  it('is a closed language: names of JavaScript are not reachable', () => {
    expect(error('process.exit(1)')).toMatch(/unexpected character "\."/);
    expect(error("constructor('x')")).toMatch(/unknown accessor constructor\(\)/);
    expect(error('x')).toMatch(/expected "\("/);
  });

  it('refuses an expression nested too deep or too long as a mistake at its column, not a stack overflow', () => {
    const deep = `${'('.repeat(3000)}1${')'.repeat(3000)}`;
    expect(() => parseExpression(deep)).toThrow(ExpressionError);
    expect(() => parseExpression(deep)).toThrow(/nested more than 100 levels deep/);
    expect(() => parseExpression(`${'-'.repeat(3000)}1`)).toThrow(/nested more than 100 levels deep/);
    expect(() => parseExpression(`${'min('.repeat(200)}1${')'.repeat(200)}`)).toThrow(/nested more than 100 levels deep/);
    expect(() => parseExpression(`1${'+1'.repeat(6000)}`)).toThrow(/12,001 characters long, more than the 10,000/);
    // Up to the limits, it parses and evaluates.
    expect(evaluate(parseExpression(`${'('.repeat(100)}1${')'.repeat(100)}`), at)).toBe(1);
    expect(evaluate(parseExpression(`1${'+1'.repeat(4999)}`), at)).toBe(5000);
  });
});
