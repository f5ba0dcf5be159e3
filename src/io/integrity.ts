/**
 * The one integrity scheme of every file ipasim writes and later reads (docs/results.md,
 * "Integrity"): each file's size in bytes, SHA-256 and, for a table, its number of data rows,
 * recorded where the file is committed: a results folder's manifest.json (which also seals
 * itself), or a sweep batch file's own trailer (batch-file.ts). Readers verify before use and
 * refuse a damaged or incomplete file with an IntegrityError (exit 2) naming the file and the
 * remedy: a truncated table or a flipped digit must never become a silently wrong result.
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

const manifestHash = (m: object, files: FileRecords): string => sha256(canonicalJson({ ...m, integrity: { files } }));

/** The manifest with its `integrity` field last: the files' records and the manifest's own hash. */
export function sealManifest<T extends object>(manifest: T, files: FileRecords): T & { integrity: Integrity } {
  const { integrity: _old, ...rest } = manifest as T & { integrity?: unknown };
  return { ...(rest as T), integrity: { files, manifestSha256: manifestHash(rest, files) } };
}

/** Whether a parsed manifest carries an integrity record (a sweep's is sealed only when it is complete). */
export const isSealed = (m: unknown): boolean => typeof m === 'object' && m !== null && 'integrity' in m;

/**
 * Parses manifest text and checks its seal. `sealed: 'required'` refuses a manifest without
 * one; 'optional' accepts it (a sweep still running). Returns the manifest and its records.
 */
export function parseManifest(text: string, file: string, remedy: string, sealed: 'required' | 'optional' = 'required'): { manifest: Record<string, unknown>; files: FileRecords | null } {
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
  if (!files || typeof files !== 'object' || typeof integrity.manifestSha256 !== 'string' || manifestHash(rest, files) !== integrity.manifestSha256)
    throw new IntegrityError(`${file} is damaged or was edited (its content does not match its recorded SHA-256): ${remedy}`);
  return { manifest: { ...rest, integrity }, files };
}

/** Checks content against its record; returns why it does not match, or undefined. */
export function mismatch(content: Uint8Array, record: FileRecord): string | undefined {
  if (content.length !== record.bytes) return `${content.length} bytes, ${record.bytes} recorded${content.length < record.bytes ? ': truncated' : ''}`;
  if (record.rows !== undefined && tableRows(content) !== record.rows) return `${tableRows(content)} rows, ${record.rows} recorded`;
  if (sha256(content) !== record.sha256) return 'its SHA-256 differs from the recorded one: damaged or edited';
  return undefined;
}

/** Reads `name` from `dir` and verifies it against `records`; refuses a missing, unrecorded or damaged file. */
export function readVerified(dir: string, name: string, records: FileRecords, remedy: string): Buffer {
  const file = join(dir, name);
  const record = records[name];
  if (!record) throw new IntegrityError(`${file}: its manifest.json records no such file: ${remedy}`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new IntegrityError(`${file} is missing (manifest.json records it): ${remedy}`);
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
