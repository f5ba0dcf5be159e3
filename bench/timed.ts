/** Benchmarks' clock for whole processes: GNU time around `node <args>`. */
import { spawnSync } from 'node:child_process';

/** Wall-clock and CPU seconds (user + system, all threads) and peak resident MB of one whole process. */
export function timed(args: string[]): { wall: number; cpu: number; rssMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], { encoding: 'utf8' });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`benchmark process failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024 };
}
