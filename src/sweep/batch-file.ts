/**
 * A batch file: finished tasks committed together, a sweep's points (batches/batch-NNNNNN.csv)
 * or a calibration's candidates (gen-NNN/batches/batch-<tag>-NNNNNN.csv). Its first line lists
 * the tasks it commits, then come their lines (each starting with its task's number), then an
 * end line recording the row count, size and SHA-256 of everything above it and the sweep or
 * calibration it belongs to (src/io/end-line.ts). A batch cut short, with a byte changed, or
 * copied in from another folder fails the end line's check and is refused before anything
 * runs, so it can never end up in results or stop a folder from finishing. Pure: text in,
 * text out.
 *
 *   # points: 3,7,9
 *   3,0,1,,all,K,0.5
 *   ...
 *   # end: rows=42 bytes=1234 of=<folder id> sha256=<64 hex digits>
 */
import { readEndLine, withEndLine } from '../io/end-line.js';
import { IntegrityError } from '../io/integrity.js';
import { pointOfLine } from './run-rows.js';

/** What a batch commits, and whose it is. */
export interface BatchKind {
  /** The first line's start: '# points: ' (a sweep), '# candidates: ' (a calibration). */
  head: string;
  /** "sweep", "calibration": whose folder id the end line names. */
  owner: string;
  /** What to do about a damaged or foreign batch. */
  remedy: string;
}

/** A sweep's batch: its points are simply run again when it is removed. */
export const SWEEP_BATCH: BatchKind = { head: '# points: ', owner: 'sweep', remedy: 'remove it and run the same command again: its points will be redone' };

/** What to do about a damaged sweep batch. */
export const BATCH_REMEDY = SWEEP_BATCH.remedy;

/** The batch of `tasks` (task number → its lines), for the folder whose id (src/io/integrity.ts folderId) is `owner`. */
export function batchText(tasks: ReadonlyMap<number, readonly string[]>, owner: string, kind: BatchKind = SWEEP_BATCH): string {
  const lines = [...tasks.values()].flat();
  return withEndLine(`${kind.head}${[...tasks.keys()].join(',')}\n${lines.map((l) => `${l}\n`).join('')}`, owner);
}

/** The tasks of a batch file and their lines, after checking its end line against the folder `owner`; IntegrityError naming `file` otherwise. */
export function parseBatch(text: string, file: string, owner: string, kind: BatchKind = SWEEP_BATCH): Map<number, string[]> {
  const { body } = readEndLine(text, file, { what: 'batch file', remedy: kind.remedy, owner, ownerKind: kind.owner });
  const damaged = (why: string) => new IntegrityError(`damaged batch file ${file} (${why}): ${kind.remedy}`);
  const [head, ...lines] = body.slice(0, -1).split('\n');
  if (!head.startsWith(kind.head)) throw damaged(`no "${kind.head.trim()}" line`);
  const tasks = new Map<number, string[]>();
  if (head.length > kind.head.length) for (const t of head.slice(kind.head.length).split(',')) tasks.set(Number(t), []);
  for (const line of lines) {
    const rows = tasks.get(pointOfLine(line));
    if (!rows) throw damaged(`a row of ${pointOfLine(line)}, which its first line does not list`);
    rows.push(line);
  }
  return tasks;
}
