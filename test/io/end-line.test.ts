import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/guard.js';
import { readEndLine, withEndLine } from '../../src/io/end-line.js';

const BODY = 'particle,x\n0,0.5\n1,0.25\n';
const OWNER = 'tiny@0123456789abcdef';
const check = { what: 'posterior file', remedy: 'make it again', owner: OWNER, ownerKind: 'calibration' };

/** The message a reader's refusal prints, after checking it is a user error (exit 2). */
function refusal(text: string, c = check): string {
  let error: unknown;
  try { readEndLine(text, 'p.csv', c); } catch (err) { error = err; }
  const { code, text: message } = exitCodeOf(error);
  expect(code).toBe(2);
  return message;
}

describe('end lines', () => {
  it('record the rows after the first line, the bytes above and the owner, and give the body back', () => {
    const text = withEndLine(BODY, OWNER);
    expect(text).toMatch(/\n# end: rows=2 bytes=24 of=tiny@0123456789abcdef sha256=[0-9a-f]{64}\n$/);
    expect(readEndLine(text, 'p.csv', check)).toEqual({ body: BODY, owner: OWNER });
    expect(readEndLine(text, 'p.csv', { what: 'x', remedy: 'y' }).owner).toBe(OWNER); // any owner when none is asked for
  });

  it('refuse a file cut short anywhere, a byte changed, a line dropped or a count edited, naming the file and the remedy', () => {
    const text = withEndLine(BODY, OWNER);
    for (let cut = 0; cut < text.length - 1; cut++) expect(refusal(text.slice(0, cut))).toMatch(/^error: damaged posterior file p\.csv \(.*\): make it again\n$/);
    expect(refusal(text.replace('0.25', '0.26'))).toMatch(/SHA-256 differs/);
    expect(refusal(text.replace('1,0.25\n', ''))).toMatch(/\d+ bytes, 24 recorded/);
    expect(refusal(text.replace('rows=2', 'rows=3'))).toMatch(/2 rows, 3 recorded/);
  });

  it('refuse a whole file of another owner, and one whose owner was rewritten (the checksum covers it)', () => {
    expect(refusal(withEndLine(BODY, 'other@fedcba9876543210'))).toMatch(/posterior file p\.csv belongs to another calibration \(other@fedcba9876543210, this one is tiny@0123456789abcdef\): .*Make it again/);
    expect(refusal(withEndLine(BODY, 'other@fedcba9876543210').replace('of=other@fedcba9876543210', `of=${OWNER}`))).toMatch(/damaged .*SHA-256 differs/);
  });
});
