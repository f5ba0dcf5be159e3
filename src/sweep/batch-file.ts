/**
 * A sweep's batch file (batches/batch-NNNNNN.csv): the points it commits, their runs.csv
 * lines, and an end line recording the row count, size and SHA-256 of everything above it
 * and the sweep it belongs to (src/io/end-line.ts). A batch cut short, with a byte changed, or
 * copied in from another sweep fails the end line's check and is refused before anything
 * runs, so it can never end up in runs.csv or stop a folder from finishing. Pure: text in,
 * text out.
 *
 *   # points: 3,7,9
 *   3,0,1,,all,K,0.5
 *   ...
 *   # end: rows=42 bytes=1234 of=<sweep id> sha256=<64 hex digits>
 */
import { readEndLine, withEndLine } from '../io/end-line.js';
import { IntegrityError } from '../io/integrity.js';
import { pointOfLine } from './run-rows.js';

const HEAD = '# points: ';

/** What to do about a damaged batch: its points are simply run again. */
export const BATCH_REMEDY = 'remove it and run the same command again: its points will be redone';

/** The batch of `points` for the sweep whose folder id (src/io/integrity.ts folderId) is `owner`. */
export function batchText(points: ReadonlyMap<number, readonly string[]>, owner: string): string {
  const lines = [...points.values()].flat();
  return withEndLine(`${HEAD}${[...points.keys()].join(',')}\n${lines.map((l) => `${l}\n`).join('')}`, owner);
}

/** The points of a batch file and their lines, after checking its end line against the sweep `owner`; IntegrityError naming `file` otherwise. */
export function parseBatch(text: string, file: string, owner: string): Map<number, string[]> {
  const { body } = readEndLine(text, file, { what: 'batch file', remedy: BATCH_REMEDY, owner, ownerKind: 'sweep' });
  const damaged = (why: string) => new IntegrityError(`damaged batch file ${file} (${why}): ${BATCH_REMEDY}`);
  const [head, ...lines] = body.slice(0, -1).split('\n');
  if (!head.startsWith(HEAD)) throw damaged('no points line');
  const points = new Map<number, string[]>();
  if (head.length > HEAD.length) for (const p of head.slice(HEAD.length).split(',')) points.set(Number(p), []);
  for (const line of lines) {
    const rows = points.get(pointOfLine(line));
    if (!rows) throw damaged(`a row of point ${pointOfLine(line)}, which its points line does not list`);
    rows.push(line);
  }
  return points;
}
