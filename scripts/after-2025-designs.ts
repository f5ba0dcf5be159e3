/**
 * The post-2025 designs against the withdrawal, paired by seed: runs each design with
 * `ipasim run` (the same seeds, --no-charts) and prints `ipasim compare`'s table and its section
 * "after 2025" (docs/model.md §7.21, docs/results.md "Several designs against one reference").
 *
 *   npx tsx scripts/after-2025-designs.ts                      P village, 10 seeds (under a minute on 2 cores)
 *   npx tsx scripts/after-2025-designs.ts --scale county       Yangqu county (scenarios/yangqu-county.yaml), about 20 minutes
 *   options: --seeds N (default 10), --seed S (first seed, default 1), --lang en|zh, --out DIR
 *            (also keep compare.csv and the report there), --keep (keep the run folders)
 *
 * Run `npm run build` first: it drives the built CLI (dist/src/cli/main.js). The designs are the
 * scenario files as they are in the repo, read when the script runs, so a recalibration of
 * p-village flows through. At county scale each design's own settings (its file less `extends`
 * and `name`) are laid over scenarios/yangqu-county.yaml in a temporary file; the county's
 * 103 villages take about 25 times as long as P village (on 2 shared cores: about 7 s a design
 * for the village, about 3 minutes for the county, 10 seeds each): use --seeds to trade
 * intervals for time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');

/** The designs, reference first: a label and its scenario file under scenarios/. */
export const DESIGNS: readonly { label: string; file: string }[] = [
  { label: 'withdrawal', file: 'p-village-withdrawal.yaml' },
  { label: 'floor', file: 'p-village-after-floor.yaml' },
  { label: 'announced', file: 'p-village.yaml' },
  { label: 'full', file: 'p-village-after-full.yaml' },
  { label: 'no-tilt', file: 'p-village-after-no-tilt.yaml' },
  { label: 'dividends', file: 'p-village-after-assets-dividends.yaml' },
];
const COUNTY = 'yangqu-county.yaml';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The scenario file a design runs at this scale: the repo's file, or its settings over the county in `dir`. */
export function scenarioFor(design: { label: string; file: string }, scale: 'village' | 'county', dir: string): string {
  const file = join(root, 'scenarios', design.file);
  if (scale === 'village') return file;
  const county = join(root, 'scenarios', COUNTY);
  if (design.file === 'p-village.yaml') return county;
  const { extends: base, name: _name, ...own } = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (base !== 'p-village') throw new Error(`${design.file} extends ${String(base)}, not p-village: lay it over the county by hand`);
  const out = join(dir, `yangqu-county-${design.label}.yaml`);
  writeFileSync(out, stringify({ extends: relative(dir, county), name: `yangqu-county-${design.label}`, ...own }));
  return out;
}

function ipasim(args: string[]): string {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`ipasim ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

function main(): void {
  if (!existsSync(cli)) throw new Error('dist/src/cli/main.js not found: run npm run build first');
  const scale = (option('scale') ?? 'village') as 'village' | 'county';
  if (scale !== 'village' && scale !== 'county') throw new Error(`--scale: village or county, not "${scale}"`);
  const seeds = Number(option('seeds') ?? 10), seed = Number(option('seed') ?? 1), lang = option('lang') ?? 'en', out = option('out');
  if (!Number.isInteger(seeds) || seeds < 2) throw new Error('--seeds: an integer of at least 2 (intervals need two pairs)');
  const dir = mkdtempSync(join(tmpdir(), 'after-2025-designs-'));
  try {
    const folders = DESIGNS.map((d) => {
      const folder = join(dir, d.label);
      const started = Date.now();
      ipasim(['run', scenarioFor(d, scale, dir), '--seed', String(seed), '--replicates', String(seeds), '--out', folder, '--no-charts']);
      console.error(`ran ${d.label} (${scale}, seeds ${seed}-${seed + seeds - 1}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return folder;
    });
    const [reference, ...designs] = folders;
    console.log(`# Post-2025 designs at ${scale} scale against the withdrawal, ${seeds} paired seeds (${seed}-${seed + seeds - 1})`);
    console.log(`# designs: ${DESIGNS.map((d) => `${d.label} = scenarios/${d.file}`).join('; ')}${scale === 'county' ? ` (each laid over scenarios/${COUNTY})` : ''}`);
    console.log(ipasim(['compare', reference, ...designs, '--lang', lang, ...(out ? ['--out', resolve(out)] : [])]));
  } finally {
    if (process.argv.includes('--keep')) console.error(`run folders kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
