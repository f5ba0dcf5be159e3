import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/guard.js';
import { Interrupted } from '../../src/interrupt.js';
import { UserError } from '../../src/user-error.js';

const fsError = (code: string) => Object.assign(new Error(`${code}: permission denied, mkdir '/ro/out'`), { code });

describe('exit codes', () => {
  it('a user error exits 2, an interruption 130, a bug 1', () => {
    expect(exitCodeOf(new UserError('bad'))).toEqual({ code: 2, text: 'error: bad\n' });
    expect(exitCodeOf(new Interrupted('interrupted: nothing was written')).code).toBe(130);
    expect(exitCodeOf(new TypeError('x is undefined')).text).toMatch(/^internal error/);
  });

  it('an unwritable folder, a full disk or a path through a file is the user\'s to fix: exit 2, not "internal error"', () => {
    for (const code of ['EACCES', 'EROFS', 'ENOSPC', 'ENOTDIR']) {
      const { code: exit, text } = exitCodeOf(fsError(code));
      expect(exit).toBe(2);
      expect(text).toMatch(/^error: .*\n\(check the path/);
    }
  });
});
