/**
 * The one way a scenario or sweep name becomes a folder name (results/<name>/...): the name is
 * the user's text, and a name such as `x/../../evil` or `..` must not write outside the
 * results folder, nor a control character or a 300-character name reach the file system as
 * an "internal error". Allowed: ASCII letters and digits, `.`, `-`, `_`, and CJK characters
 * (scenario names in Chinese are natural here); `.` and `..` are refused; at most
 * FOLDER_NAME_MAX characters, so even CJK names (3 bytes each in UTF-8) stay below the
 * 255-byte limit of common file systems.
 */
import { UserError } from '../user-error.js';

export const FOLDER_NAME_MAX = 64;

const ALLOWED = /^[A-Za-z0-9._\-\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** Why `name` cannot be a folder name, or undefined when it can. */
export function folderNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '.' || name === '..') return `"${name}" names a folder that already exists (this one or its parent)`;
  if ([...name].length > FOLDER_NAME_MAX) return `it has ${[...name].length} characters, at most ${FOLDER_NAME_MAX} are allowed`;
  if (!ALLOWED.test(name)) {
    const bad = [...name].find((c) => !ALLOWED.test(c))!;
    const shown = /[\p{Cc}\p{Cf}]/u.test(bad) ? `the control character U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `"${bad}"`;
    return `it contains ${shown}`;
  }
  return undefined;
}

/** `name` itself when it is a safe folder name; otherwise a UserError saying why and what to do. */
export function folderName(name: string, what: 'scenario' | 'sweep' | 'calibration'): string {
  const problem = folderNameProblem(name);
  if (problem === undefined) return name;
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}...` : name);
  throw new UserError(`the ${what} name ${shown} cannot name a results folder: ${problem}.\nUse letters, digits, ".", "-", "_" or CJK characters (at most ${FOLDER_NAME_MAX}) in its name, or choose the folder with --out.`);
}
