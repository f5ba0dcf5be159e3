/**
 * The one way a scenario or sweep name becomes a folder name (results/<name>/...): the name is
 * the user's text, and a name such as `x/../../evil` or `..` must not write outside the
 * results folder, nor a control character or a 300-character name reach the file system as
 * an "internal error". Allowed: ASCII letters and digits, `.`, `-`, `_`, and CJK characters
 * (scenario names in Chinese are natural here); `.` and `..` are refused; at most
 * FOLDER_NAME_MAX characters and FOLDER_NAME_MAX_BYTES bytes of UTF-8, so a name stays below
 * the 255-byte limit of common file systems with its temporary name's suffix.
 */
import { UserError } from '../user-error.js';

export const FOLDER_NAME_MAX = 64;
/** Bytes of UTF-8 a name may take: 64 CJK characters (3 bytes each), so 64 characters of 4 bytes are too many. */
export const FOLDER_NAME_MAX_BYTES = 192;

const ALLOWED = /^[A-Za-z0-9._\-\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** Why `name` cannot be a folder name, or undefined when it can. */
export function folderNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '.' || name === '..') return `"${name}" names a folder that already exists (this one or its parent)`;
  if ([...name].length > FOLDER_NAME_MAX) return `it has ${[...name].length} characters, at most ${FOLDER_NAME_MAX} are allowed`;
  if (Buffer.byteLength(name) > FOLDER_NAME_MAX_BYTES) return `it is ${Buffer.byteLength(name)} bytes long in UTF-8, at most ${FOLDER_NAME_MAX_BYTES} fit (file systems allow 255 bytes a name, and a temporary name adds to it)`;
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
