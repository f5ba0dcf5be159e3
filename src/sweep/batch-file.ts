/**
 * A sweep's batch file (batches/batch-NNNNNN.csv): the points it commits, their runs.csv
 * lines, and a trailer recording the size, SHA-256 and row count of everything above it
 * (src/io/integrity.ts). A batch cut short, or with a byte changed, fails the trailer check and
 * is refused before anything runs, so it can never end up in runs.csv or stop a folder from
 * finishing. Pure: text in, text out.
 *
 *   # points: 3,7,9
 *   3,0,1,,all,K,0.5
 *   ...
 *   # end: rows=42 bytes=1234 sha256=<64 hex digits>
 */
import { IntegrityError, sha256 } from '../io/integrity.js';
import { pointOfLine } from './run-rows.js';

const HEAD = '# points: ';
const TRAILER = /^# end: rows=(\d+) bytes=(\d+) sha256=([0-9a-f]{64})\n$/;

/** What to do about a damaged batch: its points are simply run again. */
export const BATCH_REMEDY = 'remove it and run the same command again: its points will be redone';

export function batchText(points: ReadonlyMap<number, readonly string[]>): string {
  const lines = [...points.values()].flat();
  const body = `${HEAD}${[...points.keys()].join(',')}\n${lines.map((l) => `${l}\n`).join('')}`;
  return `${body}# end: rows=${lines.length} bytes=${Buffer.byteLength(body)} sha256=${sha256(body)}\n`;
}

/** The points of a batch file and their lines, after checking its trailer; IntegrityError naming `file` otherwise. */
export function parseBatch(text: string, file: string): Map<number, string[]> {
  const damaged = (why: string) => new IntegrityError(`damaged batch file ${file} (${why}): ${BATCH_REMEDY}`);
  const cut = text.lastIndexOf('\n# end: ', text.length - 2);
  const trailer = cut < 0 ? null : TRAILER.exec(text.slice(cut + 1));
  if (!trailer) throw damaged('no end line: cut short');
  const body = text.slice(0, cut + 1);
  if (Buffer.byteLength(body) !== Number(trailer[2])) throw damaged(`${Buffer.byteLength(body)} bytes, ${trailer[2]} recorded`);
  if (sha256(body) !== trailer[3]) throw damaged('its SHA-256 differs from the recorded one');
  const [head, ...lines] = body.slice(0, -1).split('\n');
  if (!head.startsWith(HEAD)) throw damaged('no points line');
  if (lines.length !== Number(trailer[1])) throw damaged(`${lines.length} rows, ${trailer[1]} recorded`);
  const points = new Map<number, string[]>();
  if (head.length > HEAD.length) for (const p of head.slice(HEAD.length).split(',')) points.set(Number(p), []);
  for (const line of lines) {
    const rows = points.get(pointOfLine(line));
    if (!rows) throw damaged(`a row of point ${pointOfLine(line)}, which its points line does not list`);
    rows.push(line);
  }
  return points;
}
