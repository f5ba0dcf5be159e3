/**
 * manifest.json of a sweep folder (fields in docs/sweeps.md). Unlike a run's manifest it holds
 * no timing: shards merged on a cluster must give the same manifest as one machine, byte for
 * byte, and resuming compares it with the folder's.
 */
import type { Integrity } from '../io/integrity.js';
import { formatJson } from '../io/json.js';
import { gitCommit, ipasimVersion } from '../io/manifest.js';
import type { DesignInfo } from './design.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface SweepManifest {
  kind: 'ipasim-sweep';
  sweep: string;
  sweepFile: string;
  hash: string;
  design: DesignInfo;
  points: number;
  replicates: number;
  seeds: number[];
  shard: Shard | null;
  ipasimVersion: string;
  gitCommit: string | null;
  node: string;
  resolvedSweep: unknown;
  resolvedScenario: unknown;
  /** Only in a finished folder: the records of its tables and the manifest's own hash (src/io/integrity.ts). */
  integrity?: Integrity;
}

export function buildSweepManifest(m: Omit<SweepManifest, 'kind' | 'ipasimVersion' | 'gitCommit' | 'node'>): SweepManifest {
  // Field order as in docs/sweeps.md; the long resolved documents last.
  return {
    kind: 'ipasim-sweep', sweep: m.sweep, sweepFile: m.sweepFile, hash: m.hash, design: m.design,
    points: m.points, replicates: m.replicates, seeds: m.seeds, shard: m.shard,
    ipasimVersion: ipasimVersion(), gitCommit: gitCommit(), node: process.version,
    resolvedSweep: m.resolvedSweep, resolvedScenario: m.resolvedScenario,
  };
}

export const sweepManifestJson = (m: SweepManifest): string => formatJson(m);
