/**
 * A text file that carries its own integrity record as its last line (the scheme of
 * integrity.ts, for files committed one by one rather than under a sealed manifest: a sweep's
 * or a calibration's batches, a calibration's posterior sample):
 *
 *   <first line: what the file holds (# points: 3,7 / # candidates: 0,1 / a CSV header)>
 *   <rows>
 *   # end: rows=<rows> bytes=<bytes above> of=<owner> sha256=<SHA-256 of owner, newline, everything above>
 *
 * `owner` names the folder the file belongs to (its sweep or calibration: folderId in
 * integrity.ts), and the checksum covers it, so a whole, undamaged file copied in from
 * another folder is refused like a damaged one, never mixed in. Pure: text in, text out.
 */
import { IntegrityError, sha256 } from './integrity.js';

const END = /^# end: rows=(\d+) bytes=(\d+) of=(\S+) sha256=([0-9a-f]{64})\n$/;

/** Lines after the first of `body` (which ends with a newline). */
const rowsOf = (body: string): number => {
  let lines = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lines++;
  return Math.max(0, lines - 1);
};

const checksum = (owner: string, body: string): string => sha256(`${owner}\n${body}`);

/** `body` (newline-terminated, its first line a header) with its end line for `owner`. */
export function withEndLine(body: string, owner: string): string {
  if (!body.endsWith('\n') || /\s/.test(owner) || owner === '') throw new Error(`withEndLine: the body must end with a newline and the owner be one word (${JSON.stringify(owner)})`);
  return `${body}# end: rows=${rowsOf(body)} bytes=${Buffer.byteLength(body)} of=${owner} sha256=${checksum(owner, body)}\n`;
}

export interface EndLineCheck {
  /** What the file is, for messages: "batch file", "posterior file". */
  what: string;
  /** What to do about a damaged or foreign file. */
  remedy: string;
  /** The owner the file must name (undefined: any owner, the file need only be whole). */
  owner?: string;
  /** What the owner is, for messages: "sweep", "calibration". */
  ownerKind?: string;
}

/**
 * The body of a file written by withEndLine (everything above the end line), after checking
 * that it is whole, undamaged and (given `check.owner`) belongs here; IntegrityError naming
 * `file` and the remedy otherwise.
 */
export function readEndLine(text: string, file: string, check: EndLineCheck): { body: string; owner: string } {
  const damaged = (why: string) => new IntegrityError(`damaged ${check.what} ${file} (${why}): ${check.remedy}`);
  const cut = text.lastIndexOf('\n# end: ', text.length - 2);
  const end = cut < 0 ? null : END.exec(text.slice(cut + 1));
  if (!end) throw damaged('no end line: cut short');
  const [, rows, bytes, owner, sum] = end;
  const body = text.slice(0, cut + 1);
  if (Buffer.byteLength(body) !== Number(bytes)) throw damaged(`${Buffer.byteLength(body)} bytes, ${bytes} recorded`);
  if (checksum(owner, body) !== sum) throw damaged('its SHA-256 differs from the recorded one: damaged or edited');
  if (rowsOf(body) !== Number(rows)) throw damaged(`${rowsOf(body)} rows, ${rows} recorded`);
  if (check.owner !== undefined && owner !== check.owner)
    throw new IntegrityError(`${check.what} ${file} belongs to another ${check.ownerKind ?? 'folder'} (${owner}, this one is ${check.owner}): it was copied in from elsewhere, or the folder's manifest.json was replaced. ${capitalize(check.remedy)}`);
  return { body, owner };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
