/**
 * The one integrity scheme of every file ipasim writes and later reads (docs/results.md,
 * "Integrity"): each file's size in bytes, SHA-256 and, for a table, its number of data rows,
 * recorded where the file is committed: a folder's sealed manifest.json (a run, a finished
 * sweep; a calibration's generation seals its state.json the same way), or the file's own end
 * line (end-line.ts: batches, posterior samples), whose checksum also covers the folder it
 * belongs to (folderId). Readers verify before use and refuse a damaged, incomplete or
 * foreign file with an IntegrityError (exit 2) naming the file and the remedy: a truncated
 * table, a flipped digit or a file copied in from elsewhere must never become a silently
 * wrong result.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../user-error.js';
import { canonicalJson } from './hash.js';
import { formatJson } from './json.js';
import { writeFileAtomic } from './results-dir.js';

/** A damaged, incomplete or unrecorded results file: a user error (exit 2) naming the file and what to do. */
export class IntegrityError extends UserError {
  override name = 'IntegrityError';
}

export interface FileRecord {
  bytes: number;
  sha256: string;
  /** Data rows of a CSV table (lines after the header). */
  rows?: number;
}

export type FileRecords = Record<string, FileRecord>;

/** What a sealed manifest carries: the records of its folder's files, and the SHA-256 of itself. */
export interface Integrity {
  /** For a sealed file that is not its folder's own manifest (a calibration's state.json): the folder's id (folderId). */
  of?: string;
  files: FileRecords;
  /** SHA-256 of the manifest's canonical JSON (hash.ts) with this field left out. */
  manifestSha256: string;
}

export const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

/** Lines after the first (the header) of a newline-terminated table. */
export function tableRows(content: string | Uint8Array): number {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let lines = 0;
  for (const b of bytes) if (b === 0x0a) lines++;
  return Math.max(0, lines - 1);
}

/** The record of one file's content; tables (`.csv`) also get their row count. */
export function recordOf(name: string, content: string | Uint8Array): FileRecord {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { bytes: bytes.length, sha256: sha256(bytes), ...(name.endsWith('.csv') ? { rows: tableRows(bytes) } : {}) };
}

export function recordsOf(files: Readonly<Record<string, string | Uint8Array>>, names: readonly string[]): FileRecords {
  return Object.fromEntries(names.filter((n) => files[n] !== undefined).map((n) => [n, recordOf(n, files[n])]));
}

/**
 * The identity of a folder: the first 16 hex digits of the SHA-256 of its manifest (canonical
 * JSON, without its integrity record). Files committed into the folder one by one carry it in
 * their end lines, so a file from another sweep or calibration (or from this one before its
 * manifest was replaced) is told apart from its own.
 */
export function folderId(manifest: object): string {
  const { integrity: _i, ...rest } = manifest as { integrity?: unknown };
  return sha256(canonicalJson(rest)).slice(0, 16);
}

const manifestHash = (m: object, files: FileRecords, of?: string): string => sha256(canonicalJson({ ...m, integrity: of === undefined ? { files } : { of, files } }));

/**
 * The manifest with its `integrity` field last: the files' records and the manifest's own
 * hash; with `of`, also the id of the folder it belongs to, which the hash then covers.
 */
export function sealManifest<T extends object>(manifest: T, files: FileRecords, of?: string): T & { integrity: Integrity } {
  const { integrity: _old, ...rest } = manifest as T & { integrity?: unknown };
  return { ...(rest as T), integrity: { ...(of === undefined ? {} : { of }), files, manifestSha256: manifestHash(rest, files, of) } };
}

/** Whether a parsed manifest carries an integrity record (a sweep's is sealed only when it is complete). */
export const isSealed = (m: unknown): boolean => typeof m === 'object' && m !== null && 'integrity' in m;

/**
 * Parses manifest text and checks its seal. `sealed: 'required'` refuses a manifest without
 * one; 'optional' accepts it (a sweep still running). With `of` (a folder's id and what the
 * folder is), the seal must name that folder. Returns the manifest and its records.
 */
export function parseManifest(text: string, file: string, remedy: string, sealed: 'required' | 'optional' = 'required', of?: { id: string; kind: string }): { manifest: Record<string, unknown>; files: FileRecords | null } {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch (err) {
    throw new IntegrityError(`${file} is damaged (not valid JSON: ${(err as Error).message}): ${remedy}`);
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) throw new IntegrityError(`${file} is damaged (not a JSON object): ${remedy}`);
  const { integrity, ...rest } = m as Record<string, unknown> & { integrity?: Partial<Integrity> };
  if (integrity === undefined) {
    if (sealed === 'optional') return { manifest: rest, files: null };
    throw new IntegrityError(`${file} has no integrity record (written by an older ipasim, edited, or unfinished): ${remedy}`);
  }
  const files = integrity?.files;
  const owner = typeof integrity?.of === 'string' ? integrity.of : undefined;
  if (!files || typeof files !== 'object' || typeof integrity.manifestSha256 !== 'string' || manifestHash(rest, files, owner) !== integrity.manifestSha256)
    throw new IntegrityError(`${file} is damaged or was edited (its content does not match its recorded SHA-256): ${remedy}`);
  if (of && owner !== of.id)
    throw new IntegrityError(`${file} belongs to another ${of.kind} (${owner ?? 'none named'}, this one is ${of.id}): it was copied in from elsewhere, or the folder's manifest.json was replaced. ${remedy.charAt(0).toUpperCase()}${remedy.slice(1)}`);
  return { manifest: { ...rest, integrity }, files };
}

/** Checks content against its record; returns why it does not match, or undefined. */
export function mismatch(content: Uint8Array, record: FileRecord): string | undefined {
  if (content.length !== record.bytes) return `${content.length} bytes, ${record.bytes} recorded${content.length < record.bytes ? ': truncated' : ''}`;
  if (record.rows !== undefined && tableRows(content) !== record.rows) return `${tableRows(content)} rows, ${record.rows} recorded`;
  if (sha256(content) !== record.sha256) return 'its SHA-256 differs from the recorded one: damaged or edited';
  return undefined;
}

/**
 * Reads `name` from `dir` and verifies it against `records` (kept in `recordedIn`, for
 * messages); refuses a missing, unrecorded or damaged file.
 */
export function readVerified(dir: string, name: string, records: FileRecords, remedy: string, recordedIn = 'manifest.json'): Buffer {
  const file = join(dir, name);
  const record = records[name];
  if (!record) throw new IntegrityError(`${file}: its ${recordedIn} records no such file: ${remedy}`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new IntegrityError(`${file} is missing (${recordedIn} records it): ${remedy}`);
  const content = readFileSync(file);
  const why = mismatch(content, record);
  if (why) throw new IntegrityError(`${file} is damaged (${why}): ${remedy}`);
  return content;
}

/**
 * Adds the records of files just written into `dir` (e.g. analyze's sensitivity.json) to its
 * sealed manifest.json, and seals it again. Call it after the files are in place: a kill in
 * between leaves a file its manifest does not record, which readers refuse until it is remade.
 */
export function recordInManifest(dir: string, files: Readonly<Record<string, string | Uint8Array>>, remedy: string): void {
  const file = join(dir, 'manifest.json');
  const { manifest, files: records } = parseManifest(readFileSync(file, 'utf8'), file, remedy);
  const { integrity: _i, ...plain } = manifest;
  writeFileAtomic(file, formatJson(sealManifest(plain, { ...records, ...recordsOf(files, Object.keys(files)) })));
}
