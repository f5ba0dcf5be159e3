/**
 * The expression of a calibration target: a small arithmetic language over a run's outputs,
 * parsed here into a tree (never `eval`), so that a target is data a reviewer can read:
 *
 *   survey('T2', 'registered', 'yes')                        a survey.csv cell (model column)
 *   yearly('incomeMean', year=2020, group='registered')      a yearly.csv value in one year
 *   yearly('povertyRate', from=2016, to=2020)                its mean over a window of years
 *   summary('incomeBefore', mode='all')                      a summary.json figure
 *   (yearly('income.wages', year=2019) + 1) / yearly('incomeMean', year=2019)
 *   yearly('effect.incomeMean', from=2018, to=2021, mode='individual')
 *     < min(yearly('effect.incomeMean', from=2018, to=2021, mode='cooperative'), ...)
 *                                                            1 where it holds, else 0 (per seed)
 *
 * Numbers, + - * /, unary minus and parentheses, min(...) and max(...), one comparison < or >
 * (1 where it holds, 0 where not: averaged over the seeds, the share of seeds in which an
 * ordering holds); strings in single or double quotes; named
 * arguments as name=value. Which accessors and arguments exist is fixed here; which metrics,
 * tables and fields exist is checked against a real run (outputs.ts). Pure.
 */

/** An accessor: one value read from a run's outputs. `key` identifies it (for reuse and messages). */
export type Ref =
  | { kind: 'survey'; table: string; item: string; category: string; key: string }
  | { kind: 'yearly'; metric: string; from: number; to: number; mode: string; group: string; key: string }
  | { kind: 'summary'; field: string; mode?: string; key: string };

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'neg'; arg: Expr }
  | { op: '+' | '-' | '*' | '/' | '<' | '>'; left: Expr; right: Expr }
  | { op: 'min' | 'max'; args: Expr[] }
  | { op: 'ref'; ref: Ref };

/** A mistake in an expression, at a 1-based column of its text. */
export class ExpressionError extends Error {
  override name = 'ExpressionError';
  constructor(message: string, readonly column: number) {
    super(message);
  }
}

type Token = { t: 'num'; v: number; at: number } | { t: 'str'; v: string; at: number } | { t: 'id'; v: string; at: number } | { t: 'sym'; v: string; at: number } | { t: 'end'; at: number };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    const at = i + 1;
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i));
    if (num) { out.push({ t: 'num', v: Number(num[0]), at }); i += num[0].length; continue; }
    const id = /^[A-Za-z_]\w*/.exec(text.slice(i));
    if (id) { out.push({ t: 'id', v: id[0], at }); i += id[0].length; continue; }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new ExpressionError(`a text starting with ${c} is not closed`, at);
      out.push({ t: 'str', v: text.slice(i + 1, end), at });
      i = end + 1;
      continue;
    }
    if ('+-*/(),=<>'.includes(c)) { out.push({ t: 'sym', v: c, at }); i++; continue; }
    throw new ExpressionError(`unexpected character ${JSON.stringify(c)}`, at);
  }
  out.push({ t: 'end', at: text.length + 1 });
  return out;
}

type Arg = { name?: string; value: string | number; at: number };

/**
 * How deep parentheses, minus signs and min()/max() may nest: far beyond any target a person
 * writes, and far below what the parser's recursion (and evaluate's) can take.
 */
export const MAX_NESTING = 100;
/** How long an expression may be: a chain of operators becomes a tree as deep as it is long. */
export const MAX_LENGTH = 10_000;

/** Parses an expression; throws ExpressionError naming the column of the first mistake. */
export function parseExpression(text: string): Expr {
  if (text.length > MAX_LENGTH) throw new ExpressionError(`${text.length.toLocaleString('en-US')} characters long, more than the ${MAX_LENGTH.toLocaleString('en-US')} an expression may have`, MAX_LENGTH + 1);
  const tokens = tokenize(text);
  let pos = 0;
  let depth = 0;
  /** Runs `inner` one level deeper, refusing an expression nested beyond MAX_NESTING. */
  const nested = <T>(inner: () => T): T => {
    if (++depth > MAX_NESTING) throw new ExpressionError(`nested more than ${MAX_NESTING} levels deep (parentheses, minus signs, min and max): write it more simply`, peek().at);
    try { return inner(); } finally { depth--; }
  };
  const peek = () => tokens[pos];
  const isSym = (v: string) => { const t = peek(); return t.t === 'sym' && t.v === v; };
  const expect = (v: string) => {
    if (!isSym(v)) throw new ExpressionError(`expected ${JSON.stringify(v)}${describeFound(peek())}`, peek().at);
    pos++;
  };

  const comparison = (): Expr => {
    const left = sum();
    if (!isSym('<') && !isSym('>')) return left;
    const op = (tokens[pos++] as { v: '<' | '>' }).v;
    const right = sum();
    if (isSym('<') || isSym('>')) throw new ExpressionError('one comparison per expression: a < b < c is not allowed', peek().at);
    return { op, left, right };
  };
  const sum = (): Expr => {
    let left = product();
    while (isSym('+') || isSym('-')) { const op = (tokens[pos++] as { v: '+' | '-' }).v; left = { op, left, right: product() }; }
    return left;
  };
  const product = (): Expr => {
    let left = unary();
    while (isSym('*') || isSym('/')) { const op = (tokens[pos++] as { v: '*' | '/' }).v; left = { op, left, right: unary() }; }
    return left;
  };
  const unary = (): Expr => {
    if (isSym('-')) { pos++; return { op: 'neg', arg: nested(unary) }; }
    return primary();
  };
  const primary = (): Expr => {
    const t = peek();
    if (t.t === 'num') { pos++; return { op: 'num', value: t.v }; }
    if (isSym('(')) { pos++; const e = nested(sum); expect(')'); return e; }
    if (t.t === 'id' && (t.v === 'min' || t.v === 'max')) {
      pos++;
      expect('(');
      const args: Expr[] = [nested(sum)];
      while (isSym(',')) { pos++; args.push(nested(sum)); }
      expect(')');
      return { op: t.v, args };
    }
    if (t.t === 'id') {
      pos++;
      expect('(');
      const args: Arg[] = [];
      while (!isSym(')')) {
        if (args.length > 0) {
          if (!isSym(',')) throw new ExpressionError(`expected "," or ")"${describeFound(peek())}`, peek().at);
          pos++;
        }
        let name: string | undefined;
        const a = peek();
        if (a.t === 'id' && tokens[pos + 1].t === 'sym' && (tokens[pos + 1] as { v: string }).v === '=') { name = a.v; pos += 2; }
        const v = peek();
        if (v.t === 'str' || v.t === 'num') { pos++; args.push({ name, value: v.v, at: v.at }); }
        else if (v.t === 'sym' && v.v === '-' && tokens[pos + 1].t === 'num') { pos += 2; args.push({ name, value: -(tokens[pos - 1] as { v: number }).v, at: v.at }); }
        else throw new ExpressionError(`expected a text in quotes or a number as an argument of ${t.v}()${describeFound(v)}`, v.at);
      }
      pos++;
      return { op: 'ref', ref: makeRef(t.v, args, t.at) };
    }
    throw new ExpressionError(`expected a number, an accessor such as yearly(...) or "("${describeFound(t)}`, t.at);
  };

  const e = comparison();
  if (peek().t !== 'end') throw new ExpressionError(`unexpected${describeFound(peek()).replace(', found', '')} after a complete expression`, peek().at);
  return e;
}

function describeFound(t: Token): string {
  if (t.t === 'end') return ', found the end';
  return `, found ${t.t === 'str' ? JSON.stringify(t.v) : String(t.v)}`;
}

const ACCESSORS = {
  survey: { positional: ['table', 'item', 'category'], named: [] as string[], use: "survey('T2', 'registered', 'yes')" },
  yearly: { positional: ['metric'], named: ['year', 'from', 'to', 'mode', 'group'], use: "yearly('incomeMean', year=2020, mode='all', group='all') or yearly('incomeMean', from=2016, to=2020)" },
  summary: { positional: ['field'], named: ['mode'], use: "summary('incomeBefore', mode='all') or summary('fiscal.total')" },
} as const;

/** Checks an accessor's arguments (names, kinds, counts) and builds its reference. */
function makeRef(name: string, args: Arg[], at: number): Ref {
  // Own keys only: "constructor" or "toString" must not find Object.prototype's.
  const spec = Object.hasOwn(ACCESSORS, name) ? ACCESSORS[name as keyof typeof ACCESSORS] : undefined;
  if (!spec) throw new ExpressionError(`unknown accessor ${name}(): use survey(...), yearly(...), summary(...), min(...) or max(...)`, at);
  const given: Record<string, Arg> = {};
  let positional = 0;
  for (const a of args) {
    const key = a.name ?? spec.positional[positional++];
    if (a.name === undefined && key === undefined) throw new ExpressionError(`${name}() takes ${spec.positional.length} unnamed argument(s): ${spec.use}`, a.at);
    if (a.name !== undefined && !(spec.named as readonly string[]).includes(a.name)) throw new ExpressionError(`${name}() has no argument ${a.name}=: ${spec.use}`, a.at);
    if (given[key]) throw new ExpressionError(`${name}() argument ${key} given twice`, a.at);
    given[key] = a;
  }
  for (const p of spec.positional) if (!given[p]) throw new ExpressionError(`${name}() needs its ${p}: ${spec.use}`, at);
  const text = (k: string) => {
    const a = given[k];
    if (a && typeof a.value !== 'string') throw new ExpressionError(`${name}() ${k} must be a text in quotes`, a.at);
    return a?.value as string | undefined;
  };
  const whole = (k: string) => {
    const a = given[k];
    if (a && !(typeof a.value === 'number' && Number.isInteger(a.value))) throw new ExpressionError(`${name}() ${k} must be a whole number (a year)`, a.at);
    return a?.value as number | undefined;
  };
  if (name === 'survey') {
    const [table, item, category] = [text('table')!, text('item')!, text('category')!];
    return { kind: 'survey', table, item, category, key: `survey(${q(table)}, ${q(item)}, ${q(category)})` };
  }
  if (name === 'yearly') {
    const metric = text('metric')!, year = whole('year'), from = whole('from'), to = whole('to');
    const mode = text('mode') ?? 'all', group = text('group') ?? 'all';
    if (year !== undefined && (from !== undefined || to !== undefined)) throw new ExpressionError('yearly() takes either year= or from= and to=, not both', at);
    if (year === undefined && (from === undefined || to === undefined)) throw new ExpressionError('yearly() needs year= or both from= and to=', at);
    const lo = year ?? from!, hi = year ?? to!;
    if (lo > hi) throw new ExpressionError(`yearly() window from=${lo} is after to=${hi}`, at);
    const when = lo === hi ? `year=${lo}` : `from=${lo}, to=${hi}`;
    return { kind: 'yearly', metric, from: lo, to: hi, mode, group, key: `yearly(${q(metric)}, ${when}, mode=${q(mode)}, group=${q(group)})` };
  }
  const field = text('field')!, mode = text('mode');
  return { kind: 'summary', field, mode, key: `summary(${q(field)}${mode === undefined ? '' : `, mode=${q(mode)}`})` };
}

const q = (s: string) => `'${s}'`;

/** Every accessor of an expression, each once, in reading order. */
export function refsOf(e: Expr): Ref[] {
  const out = new Map<string, Ref>();
  const walk = (x: Expr): void => {
    if (x.op === 'ref') { if (!out.has(x.ref.key)) out.set(x.ref.key, x.ref); }
    else if (x.op === 'neg') walk(x.arg);
    else if ('args' in x) x.args.forEach(walk);
    else if ('left' in x) { walk(x.left); walk(x.right); }
  };
  walk(e);
  return [...out.values()];
}

/** The value of `e` given each accessor's value; NaN propagates (a ratio over zero is NaN, not infinite; so does a comparison with NaN). */
export function evaluate(e: Expr, value: (ref: Ref) => number): number {
  switch (e.op) {
    case 'num': return e.value;
    case 'ref': return value(e.ref);
    case 'neg': return -evaluate(e.arg, value);
    case '+': return evaluate(e.left, value) + evaluate(e.right, value);
    case '-': return evaluate(e.left, value) - evaluate(e.right, value);
    case '*': return evaluate(e.left, value) * evaluate(e.right, value);
    case '/': {
      const d = evaluate(e.right, value);
      return d === 0 ? NaN : evaluate(e.left, value) / d;
    }
    case '<': case '>': {
      const a = evaluate(e.left, value), b = evaluate(e.right, value);
      if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
      return (e.op === '<' ? a < b : a > b) ? 1 : 0;
    }
    case 'min': case 'max': {
      const xs = e.args.map((x) => evaluate(x, value));
      return xs.some(Number.isNaN) ? NaN : e.op === 'min' ? Math.min(...xs) : Math.max(...xs);
    }
  }
}
