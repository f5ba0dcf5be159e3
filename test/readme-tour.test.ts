/**
 * The README's five-minute tour, run top to bottom as written, in a fresh folder holding a
 * copy of scenarios/ and sweeps/: every line must exit 0 with no error. `npx ipasim` runs the
 * built CLI (dist/, which npm test builds first). Lines the README marks "long" run on a
 * smaller version of the file they name (same name, so later lines find its results): a few
 * villages instead of 103, two levels per swept parameter, two replicates.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';
import { HANG_GUARD_MS } from './hang-guard.js';

const REPO = process.cwd();
const CLI = resolve('dist/src/cli/main.js');

/** The shell lines of the tour: the first sh block under "## A five-minute tour". */
export function tourLines(readme: string): { command: string; comment: string }[] {
  const section = readme.slice(readme.indexOf('## A five-minute tour'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README: no sh block under "## A five-minute tour"');
  return block[1].split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => {
    const at = l.search(/\s#\s/);
    return at < 0 ? { command: l.trim(), comment: '' } : { command: l.slice(0, at).trim(), comment: l.slice(at).replace(/^\s*#\s*/, '') };
  });
}

/** A grid or sampling design cut to two levels per parameter (or 8 samples), two replicates. */
function smallSweep(text: string): string {
  const sweep = parse(text);
  sweep.replicates = 2;
  sweep.scenario = '../scenarios/tour-small.yaml';
  const d = sweep.design;
  if ('samples' in d) d.samples = Math.min(d.samples, 8);
  if (d.type === 'grid') {
    for (const [k, v] of Object.entries<any>(d.parameters)) {
      if (Array.isArray(v)) d.parameters[k] = v.slice(0, 2);
      else if (Array.isArray(v.values)) v.values = v.values.slice(0, 2);
      else if ('levels' in v) v.levels = 2;
    }
  }
  return stringify(sweep);
}

let dir: string;
const lines = tourLines(readFileSync('README.md', 'utf8'));
const outputs: string[] = [];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/src/cli/main.js is missing: run `npm run build` first');
  dir = tempDir('ipasim-tour-');
  cpSync(join(REPO, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
  cpSync(join(REPO, 'sweeps'), join(dir, 'sweeps'), { recursive: true });
  // The small stand-ins for long lines. Forty households is what the other CLI tests use.
  writeFileSync(join(dir, 'scenarios/tour-small.yaml'), 'extends: p-village\nname: tour-small\nvillages: [{ name: P, households: 40 }]\n');
  for (const l of lines.filter((x) => /\blong\b/.test(x.comment))) {
    const file = l.command.split(/\s+/).find((w) => /\.ya?ml$/.test(w));
    if (!file) throw new Error(`README tour: a long line names no file to shrink: ${l.command}`);
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (file.startsWith('sweeps/')) writeFileSync(path, smallSweep(text));
    else {
      // A county cut to two villages of each kind, 40 households each; the name stays.
      const s = parse(text);
      s.villages = s.villages.map((v: Record<string, unknown>) => ({ ...v, count: 2, households: 40, ...(v.registeredTotal ? { registeredTotal: 60 } : {}) }));
      writeFileSync(path, stringify(s));
    }
  }
  // `npx ipasim` runs the built CLI; any other npx would reach for the network.
  mkdirSync(join(dir, '.bin'));
  writeFileSync(join(dir, '.bin/npx'), `#!/bin/sh\nif [ "$1" = ipasim ]; then shift; exec "${process.execPath}" "${CLI}" "$@"; fi\necho "README tour: unexpected npx $*" >&2; exit 127\n`);
  chmodSync(join(dir, '.bin/npx'), 0o755);
});

describe('the README tour, top to bottom in a fresh folder', () => {
  it('has the commands the README promises', () => {
    const commands = lines.map((l) => l.command).join('\n');
    for (const c of ['ipasim --help', 'ipasim run', '--lang zh', '--replicates 20', 'ipasim validate', 'ipasim compare', 'ipasim sweep', 'ipasim analyze', 'ipasim demo']) expect(commands).toContain(c);
  });

  lines.forEach((l, i) => {
    it(`${i + 1}. ${l.command}`, () => {
      const r = spawnSync('sh', ['-c', l.command], {
        cwd: dir, encoding: 'utf8', timeout: HANG_GUARD_MS,
        // BROWSER=none: `ipasim demo` prints the page's address instead of opening it.
        env: { ...process.env, PATH: `${join(dir, '.bin')}:${process.env.PATH}`, BROWSER: 'none', FORCE_COLOR: '0' },
      });
      outputs[i] = r.stdout;
      expect(r.status, `${l.command}\n${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(/^error|internal error|\n\s+at /m);
    });
  });

  it('the second run of the baseline says its results are already there', () => {
    const runs = lines.map((l, i) => [l.command, i] as const).filter(([c]) => c === 'npx ipasim run scenarios/p-village.yaml');
    expect(runs.length).toBe(2);
    const i = runs[1][1];
    expect(outputs[i]).toMatch(/results already in results\/p-village\/1-r10-[0-9a-f]{8}\//);
  });

  it('--lang zh leaves report.zh.html beside report.html, and 10 and 20 replicates get their own folders', () => {
    const [base] = readdirSync(join(dir, 'results/p-village'));
    expect(readdirSync(join(dir, 'results/p-village', base))).toEqual(expect.arrayContaining(['report.html', 'report.zh.html', 'summary.csv']));
    expect(readdirSync(join(dir, 'results/p-village-transition-004'))[0]).toMatch(/^1-r20-/);
    expect(readdirSync(join(dir, 'results/p-village'))).toEqual([expect.stringMatching(/^1-r10-/)]);
  });
});
