/**
 * Joining shard folders into the folder one machine would have written, byte for byte: the
 * shards must come from one sweep (same manifest but for `shard`), form a complete set 1..n,
 * each be complete, and hold exactly their own points, none missing or twice.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readVerified } from '../io/integrity.js';
import { assertCanCreate, writeFileAtomic } from '../io/results-dir.js';
import { join } from 'node:path';
import { UserError } from '../user-error.js';
import { pointOfLine } from './run-rows.js';
import { shardPoints } from './shard.js';
import { readManifestRecords, writeFinalTables } from './sweep-folder.js';
import { sweepManifestJson, type SweepManifest } from './sweep-manifest.js';
import { runsTables } from './tables.js';

/** The shard folders of a sweep folder (its shards/ subfolders), sorted. */
export function shardFolders(sweepDir: string): string[] {
  const root = join(sweepDir, 'shards');
  if (!existsSync(root)) throw new UserError(`${sweepDir} has no shards/ folder: give the shard folders themselves, or the sweep folder that holds shards/`);
  return readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort().map((d) => join(root, d));
}

export function mergeShards(shardDirs: readonly string[], out: string): { points: number; shards: number } {
  if (shardDirs.length === 0) throw new UserError('no shard folders to merge');
  if (!existsSync(out)) assertCanCreate(out);
  // A sealed manifest marks merged results; tables without one are an interrupted merge, redone.
  if (existsSync(join(out, 'manifest.json')) && readManifestRecords(join(out, 'manifest.json')).files) throw new UserError(`${out} already holds merged results: choose another --out or remove them`);
  const shards = shardDirs.map((dir) => {
    if (!existsSync(join(dir, 'manifest.json'))) throw new UserError(`${dir} is not a shard folder (no manifest.json)`);
    return { dir, ...readManifestRecords(join(dir, 'manifest.json')) };
  });
  const first = shards[0].manifest;
  const strip = ({ integrity: _i, ...m }: SweepManifest) => sweepManifestJson({ ...m, shard: null });
  const count = first.shard?.count;
  for (const { dir, manifest, files } of shards) {
    if (!manifest.shard) throw new UserError(`${dir} is not a shard folder (its manifest has no shard)`);
    if (strip(manifest) !== strip(first)) throw new UserError(`${dir} belongs to a different sweep than ${shards[0].dir} (their manifests differ beyond the shard)`);
    if (manifest.shard.count !== count) throw new UserError(`${dir} is shard ${manifest.shard.index}/${manifest.shard.count}, but ${shards[0].dir} is one of ${count}`);
    if (!files) throw new UserError(`shard ${manifest.shard.index}/${count} (${dir}) is not finished: run it again to complete it, then merge`);
  }
  const seen = new Map<number, string>();
  for (const { dir, manifest } of shards) {
    const other = seen.get(manifest.shard!.index);
    if (other) throw new UserError(`shard ${manifest.shard!.index}/${count} given twice: ${other} and ${dir}`);
    seen.set(manifest.shard!.index, dir);
  }
  const missing = Array.from({ length: count! }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new UserError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: merge needs all ${count}`);

  const committed = new Map<number, string[]>();
  const pointRows = new Map<number, string>();
  let pointsHeader = '';
  for (const { dir, manifest, files } of shards) {
    const expected = shardPoints(first.points, manifest.shard);
    // Each table verified against the shard's sealed manifest: a shard that lost rows is refused, not merged short.
    const remedy = `rerun shard ${manifest.shard!.index}/${count} into a new folder (ipasim sweep <file> --shard ${manifest.shard!.index}/${count} --out <folder>), then merge`;
    const readLines = (name: string) => readVerified(dir, name, files!, remedy).toString('utf8').split('\n').filter((l) => l !== '');
    const runs = readLines('runs.csv');
    const byPoint = new Map<number, string[]>(expected.map((p) => [p, []]));
    for (const line of runs.slice(1)) {
      const p = pointOfLine(line);
      const rows = byPoint.get(p);
      if (!rows) throw new UserError(`${dir}/runs.csv holds rows of point ${p}, which is not shard ${manifest.shard!.index}/${count}'s`);
      rows.push(line);
    }
    for (const [p, rows] of byPoint) committed.set(p, rows);
    const [header, ...points] = readLines('points.csv');
    pointsHeader = header;
    const got = points.map(pointOfLine);
    if (got.length !== expected.length || got.some((p, i) => p !== expected[i])) throw new UserError(`${dir}/points.csv does not list exactly shard ${manifest.shard!.index}/${count}'s points`);
    points.forEach((l, i) => pointRows.set(got[i], l));
  }
  const order = [...pointRows.keys()].sort((a, b) => a - b);
  if (order.length !== first.points) throw new UserError(`the shards hold ${order.length} points, the sweep has ${first.points}`);

  // As a single machine writes: the manifest first, then the final tables and the sealed manifest.
  const { integrity: _i, ...plain } = first;
  const merged = { ...plain, shard: null };
  writeFileAtomic(join(out, 'manifest.json'), sweepManifestJson(merged));
  writeFinalTables(out, merged, { 'points.csv': [pointsHeader, ...order.map((p) => pointRows.get(p)!)].join('\n') + '\n', ...runsTables(committed) });
  return { points: order.length, shards: shards.length };
}
