/** End to end: the built CLI on real scenario files (npm test builds dist/ first). */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const ipasim = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: process.cwd() });
const tmp = () => tempDir('ipasim-cli-');
/** A small, fast scenario extending the baseline. */
function smallScenario(dir: string, extra = ''): string {
  const file = join(dir, 'small.yaml');
  writeFileSync(file, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 40 }]\ntime: { end: 2030 }\n${extra}`);
  return file;
}

describe('ipasim run', () => {
  it('writes every result file with charts and report, and the same seed gives byte-identical files except the manifest timing (and the manifest hash that covers it)', () => {
    const dir = tmp(), scenario = smallScenario(dir);
    const a = ipasim('run', scenario, '--seed', '3', '--out', join(dir, 'a'), '--panel');
    const b = ipasim('run', scenario, '--seed', '3', '--out', join(dir, 'b'), '--panel');
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['charts', 'manifest.json', 'panel.csv', 'replicates.csv', 'report.html', 'summary.csv', 'summary.json', 'survey.csv', 'yearly.csv']);
    const charts = ['composition', 'empowerment', 'fiscal', 'income', 'participation', 'poverty', 'survey'].flatMap((c) => [`${c}.png`, `${c}.svg`, `${c}.vl.json`]);
    expect(readdirSync(join(dir, 'a/charts')).sort()).toEqual(charts.sort());
    for (const f of ['panel.csv', 'summary.json', 'summary.csv', 'survey.csv', 'yearly.csv', 'report.html', ...charts.map((c) => `charts/${c}`)]) expect(readFileSync(join(dir, 'a', f)).equals(readFileSync(join(dir, 'b', f))), f).toBe(true);
    const strip = (f: string) => { const m = JSON.parse(readFileSync(f, 'utf8')); delete m.startedAt; delete m.durationMs; delete m.integrity.manifestSha256; return m; };
    expect(strip(join(dir, 'a/manifest.json'))).toEqual(strip(join(dir, 'b/manifest.json')));
    expect(a.stdout).toContain('shareholding');
    expect(a.stdout).toContain('drop, before to after');
    expect(a.stdout).toContain('report.html');
  });

  it('the windows follow the scenario: a dividend ending in 2022 and a cooperative subsidy in 2023 put "before" in 2020-2022, and the table says why', () => {
    const dir = tmp();
    const scenario = smallScenario(dir, 'policy:\n  instruments:\n    dividend: { end: 2022, path: abrupt }\n    coopSubsidy: { end: 2023, path: abrupt }\n');
    const r = ipasim('run', scenario, '--replicates', '2', '--out', join(dir, 'w'));
    expect(r.status, r.stderr).toBe(0);
    const text = r.stdout.replace(/\n {2}/g, ' ');
    expect(text).toContain("withdrawal 2023–2028, from the instruments' end years (dividends 2022 abrupt; cooperative subsidy 2023 abrupt;");
    expect(text).toContain('income before = mean 2020–2022, after = mean 2028–2030 (the run ends too soon for years after completion)');
    expect(text).toContain('fall into trough = 2022 to the lowest of 2023–2025');
    const summary = JSON.parse(readFileSync(join(dir, 'w/summary.json'), 'utf8'));
    expect(summary.withdrawal).toMatchObject({ rule: 'instruments', start: 2023, before: [2020, 2022] });
    const report = readFileSync(join(dir, 'w/report.html'), 'utf8');
    expect(report).toContain('Support is withdrawn in 2023–2028. From 2022 to its lowest year in 2023–2025');
    expect(report).not.toMatch(/does not fall in any mode|gain most/);
  });

  it('analysis.withdrawalStart overrides the derived windows and the table says the windows were set there; a scenario withdrawing nothing says so', () => {
    const dir = tmp();
    const set = ipasim('run', smallScenario(dir, 'analysis: { withdrawalStart: 2024 }\n'), '--replicates', '1', '--out', join(dir, 'a'), '--no-charts');
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toContain('withdrawal 2024–2028, as set in analysis.withdrawalStart');
    const keep = ['dividend', 'materialHelp', 'coopSubsidy', 'workshopSubsidy', 'welfarePosts', 'medical'].map((i) => `    ${i}: { path: keep }`).join('\n');
    const none = ipasim('run', smallScenario(dir, `policy:\n  instruments:\n${keep}\n`), '--replicates', '1', '--out', join(dir, 'n'), '--no-charts');
    expect(none.status, none.stderr).toBe(0);
    expect(none.stdout).toContain('nothing is withdrawn');
    expect(none.stdout).not.toMatch(/income before = mean/);
  });

  it('--no-charts writes only the data files; --lang zh writes the charts and report in Chinese', () => {
    const dir = tmp(), scenario = smallScenario(dir);
    expect(ipasim('run', scenario, '--out', join(dir, 'n'), '--no-charts').status).toBe(0);
    expect(readdirSync(join(dir, 'n')).sort()).toEqual(['manifest.json', 'replicates.csv', 'summary.csv', 'summary.json', 'survey.csv', 'yearly.csv']);
    const z = ipasim('run', scenario, '--out', join(dir, 'z'), '--lang', 'zh');
    expect(z.status, z.stderr).toBe(0);
    expect(readFileSync(join(dir, 'z/report.zh.html'), 'utf8')).toContain('各模式人均纯收入');
    expect(readFileSync(join(dir, 'z/charts/income.zh.svg'), 'utf8')).toContain('各模式人均纯收入');
    expect(z.stdout).toContain('股份合作型'); // the terminal table too
    expect(ipasim('run', scenario, '--out', join(dir, 'x'), '--lang', 'fr').status).toBe(2);
  });

  it('a different seed gives different results', () => {
    const dir = tmp(), scenario = smallScenario(dir);
    ipasim('run', scenario, '--seed', '1', '--out', join(dir, 'a'), '--no-charts');
    ipasim('run', scenario, '--seed', '2', '--out', join(dir, 'b'), '--no-charts');
    expect(readFileSync(join(dir, 'a/yearly.csv'), 'utf8')).not.toBe(readFileSync(join(dir, 'b/yearly.csv'), 'utf8'));
  });

  it('writes p05 and p95 bands with replicates, and the manifest lists each replicate seed', () => {
    const dir = tmp();
    const r = ipasim('run', smallScenario(dir), '--seed', '5', '--replicates', '3', '--out', join(dir, 'r'), '--no-charts');
    // summary.csv: one row per mode, each metric with its 95% interval, for a spreadsheet.
    const wide = readFileSync(join(dir, 'r/summary.csv'), 'utf8').trim().split('\n');
    expect(wide[0]).toMatch(/^scenario,mode,replicates,households,households_low,households_high,incomeBefore,incomeBefore_low,incomeBefore_high,/);
    expect(wide.slice(1).map((l) => l.split(',')[1])).toEqual(['shareholding', 'cooperative', 'individual', 'employment', 'all']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'r/yearly.csv'), 'utf8').split('\n')[0]).toBe('year,mode,group,metric,value,p05,p95');
    expect(JSON.parse(readFileSync(join(dir, 'r/manifest.json'), 'utf8')).seeds).toEqual([5, 6, 7]);
    expect(JSON.parse(readFileSync(join(dir, 'r/summary.json'), 'utf8')).replicates).toHaveLength(3);
    // replicates.csv: a few yearly metrics of every replicate, for paired comparisons year by year.
    const reps = readFileSync(join(dir, 'r/replicates.csv'), 'utf8').trim().split('\n');
    expect(reps[0]).toBe('replicate,seed,year,mode,metric,value');
    expect(new Set(reps.slice(1).map((l) => l.split(',').slice(0, 2).join(',')))).toEqual(new Set(['0,5', '1,6', '2,7']));
    expect(reps.slice(1).filter((l) => /^0,5,2030,all,incomeMean,/.test(l))).toHaveLength(1);
  });

  it('the panel has one row per household per year with the documented columns', () => {
    const dir = tmp();
    ipasim('run', smallScenario(dir), '--out', join(dir, 'p'), '--panel', '--no-charts', '--replicates', '1'); // one run: yearly counts are whole
    const lines = readFileSync(join(dir, 'p/panel.csv'), 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    for (const col of ['year', 'village', 'household', 'modes', 'registered', 'headAge', 'headEducation', 'size', 'atHome', 'migrants', 'labor', 'cause', 'awareness.financial', 'participation.material', 'income', 'income.dividends', 'poor', 'R', 'K', 'V']) expect(header).toContain(col);
    const summary = JSON.parse(readFileSync(join(dir, 'p/yearly.csv').replace('yearly.csv', 'summary.json'), 'utf8'));
    const yearly = readFileSync(join(dir, 'p/yearly.csv'), 'utf8').split('\n').filter((l) => /^\d+,all,all,households,/.test(l));
    const expected = yearly.reduce((a, l) => a + Number(l.split(',')[4]), 0);
    expect(lines.length - 1).toBe(expected);
    expect(summary.years.end).toBe(2030);
  });

  it('runs 10 replicates by default into <seed>-r10-<hash>, and other replicates into their own folder', () => {
    const dir = tmp(), scenario = smallScenario(dir);
    const run = (...a: string[]) => spawnSync(process.execPath, [CLI, 'run', scenario, '--no-charts', ...a], { encoding: 'utf8', cwd: dir });
    expect(run().status).toBe(0);
    expect(run('--replicates', '3').status).toBe(0);
    const folders = readdirSync(join(dir, 'results/small')).sort();
    expect(folders).toEqual([expect.stringMatching(/^1-r10-[0-9a-f]{8}$/), expect.stringMatching(/^1-r3-[0-9a-f]{8}$/)]);
    expect(JSON.parse(readFileSync(join(dir, 'results/small', folders[0], 'manifest.json'), 'utf8')).replicates).toBe(10);
  });

  it('a rerun with identical inputs says the results are there and exits 0; --lang zh adds report.zh.html; --force redoes', () => {
    const dir = tmp(), scenario = smallScenario(dir), out = join(dir, 'r');
    expect(ipasim('run', scenario, '--replicates', '2', '--out', out).status).toBe(0);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const again = ipasim('run', scenario, '--replicates', '2', '--out', out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`results already in ${out}/`);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before); // not rerun
    const zh = ipasim('run', scenario, '--replicates', '2', '--out', out, '--lang', 'zh');
    expect(zh.status, zh.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['report.html', 'report.zh.html']));
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<html lang="en">');
    const forced = ipasim('run', scenario, '--replicates', '2', '--out', out, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toContain(`results written to ${out}/`);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).startedAt).not.toBe(JSON.parse(before).startedAt);
    // Other inputs in the same folder: refused without --force, replaced with it.
    const other = ipasim('run', scenario, '--replicates', '3', '--out', out);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/holds a run with seeds 1, 2 .*--force/);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses to overwrite a non-empty results folder, exits 2 and leaves it untouched', () => {
    const dir = tmp(), out = join(dir, 'existing');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'precious');
    const r = ipasim('run', smallScenario(dir), '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/already exists and is not empty/);
    expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('precious');
  });

  it('a bad scenario exits 2 with file, line and field, no stack trace, and writes nothing', () => {
    const dir = tmp(), out = join(dir, 'never');
    const bad = smallScenario(dir, 'modes:\n  cooperative:\n    acess: 0.5\n');
    const r = ipasim('run', bad, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/small\.yaml:\d+:\d+ +modes\.cooperative\.acess: unknown field "acess" \(did you mean "access"\?\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a missing scenario file exits 2 with a clear message', () => {
    const r = ipasim('run', 'scenarios/does-not-exist.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/scenarios\/does-not-exist\.yaml +file not found/);
  });

  it('rejects an invalid option with exit 2', () => {
    expect(ipasim('run', 'scenarios/p-village.yaml', '--replicates', '0').status).toBe(2);
    expect(ipasim('frobnicate').status).toBe(2);
  });
});

describe('ipasim run --workers', () => {
  const RESULT_FILES = ['yearly.csv', 'summary.json', 'summary.csv', 'replicates.csv', 'survey.csv'];
  /** The manifest less what differs between two runs of the same inputs: its timing and the hash that covers it. */
  const manifestOf = (dir: string) => { const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')); delete m.startedAt; delete m.durationMs; delete m.integrity.manifestSha256; return m; };
  const expectSameResults = (a: string, b: string, files: string[]) => {
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    expect(manifestOf(b)).toEqual(manifestOf(a));
  };

  it('writes byte-identical results on 2 workers and on 1 (no threads), the panel too', () => {
    const dir = tmp(), scenario = smallScenario(dir);
    const one = ipasim('run', scenario, '--replicates', '3', '--panel', '--no-charts', '--workers', '1', '--out', join(dir, 'one'));
    const two = ipasim('run', scenario, '--replicates', '3', '--panel', '--no-charts', '--workers', '2', '--out', join(dir, 'two'));
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(readdirSync(join(dir, 'two')).sort()).toEqual([...RESULT_FILES, 'manifest.json', 'panel.csv'].sort());
    expectSameResults(join(dir, 'one'), join(dir, 'two'), [...RESULT_FILES, 'panel.csv']);
    expect(two.stdout).toBe(one.stdout.replaceAll(join(dir, 'one'), join(dir, 'two')));
  });

  it('with --posterior, each replicate\'s posterior draw gives the same bytes on 2 workers as on 1', () => {
    // The small village extends the baseline, whose calibration ships its posterior sample.
    const dir = tmp(), scenario = smallScenario(dir);
    const one = ipasim('run', scenario, '--posterior', '3', '--no-charts', '--workers', '1', '--out', join(dir, 'one'));
    const two = ipasim('run', scenario, '--posterior', '3', '--no-charts', '--workers', '2', '--out', join(dir, 'two'));
    const plain = ipasim('run', scenario, '--replicates', '3', '--no-charts', '--workers', '2', '--out', join(dir, 'plain'));
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toMatch(/3 runs of points drawn from the posterior/);
    expectSameResults(join(dir, 'one'), join(dir, 'two'), RESULT_FILES);
    expect(plain.status, plain.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plain/yearly.csv'), 'utf8')).not.toBe(readFileSync(join(dir, 'two/yearly.csv'), 'utf8'));
  });

  it('with --posterior, the table labels the interval of the mean and the predictive spread over draws × seeds apart, and the report too', () => {
    const dir = tmp(), scenario = smallScenario(dir);
    const r = ipasim('run', scenario, '--posterior', '4', '--out', join(dir, 'p'));
    expect(r.status, r.stderr).toBe(0);
    const text = r.stdout.replace(/\n {2}/g, ' ');
    expect(text).toContain('mean of 4 posterior draws (seeds 1–4), ± half-width of the 95% interval of the mean');
    expect(text).toContain('predictive spread: 5th–95th percentile over the 4 runs (posterior draws × seeds); unlike the ± above, it does not shrink with more runs');
    // The spread holds the replicates' own values: its row for income after is each mode's 5th..95th percentile.
    const reps = JSON.parse(readFileSync(join(dir, 'p/summary.json'), 'utf8'));
    expect(reps.posterior).toMatchObject({ draws: 4 });
    const after = reps.replicates.map((s: { modes: { mode: string; incomeAfter: number }[] }) => s.modes.find((m) => m.mode === 'all')!.incomeAfter).sort((a: number, b: number) => a - b);
    const spreadRow = r.stdout.split('\n').filter((l) => l.startsWith('income after (yuan/person)'))[1];
    const [low, high] = spreadRow.trim().split(/\s+/).pop()!.split('…').map((x) => Number(x.replace(/,/g, '')));
    expect(low).toBeGreaterThanOrEqual(Math.floor(after[0]));
    expect(high).toBeLessThanOrEqual(Math.ceil(after[3]));
    expect(high - low).toBeGreaterThan(0);
    const html = readFileSync(join(dir, 'p/report.html'), 'utf8');
    expect(html).toContain('predictive 5–95%');
    expect(html).toMatch(/draws its parameters from the calibration posterior/);
  });

  it('refuses --workers 0 and a fraction with a clear message, exit 2, no stack trace', () => {
    const dir = tmp(), scenario = smallScenario(dir);
    for (const [value, got] of [['0', '0'], ['1.5', '1.5'], ['many', 'NaN']]) {
      const r = ipasim('run', scenario, '--workers', value, '--out', join(dir, 'never'));
      expect(r.status, value).toBe(2);
      expect(r.stderr).toContain(`--workers must be a whole number of at least 1, got ${got}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('Ctrl-C while the workers simulate ends the process and writes nothing', async () => {
    const dir = tmp(), out = join(dir, 'never');
    // The child signals itself as soon as its first worker runs (fixtures/signal-hook.mjs): the county
    // replicates take many seconds, so the signal comes while they simulate, however busy the machine.
    const hook = pathToFileURL(join(process.cwd(), 'test/cli/fixtures/signal-hook.mjs')).href;
    const child = spawn(process.execPath, ['--import', hook, CLI, 'run', 'scenarios/yangqu-county.yaml', '--replicates', '4', '--workers', '2', '--no-charts', '--force', '--out', out], {
      cwd: process.cwd(), stdio: 'ignore', env: { ...process.env, IPASIM_TEST_SIGNAL: 'SIGINT', IPASIM_TEST_WHEN: 'worker-online' },
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(code === 130 || signal === 'SIGINT', `code ${code}, signal ${signal}`).toBe(true);
    // Had the run gone on to the end, its results would be there.
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--help explains --workers', () => {
    expect(ipasim('run', '--help').stdout).toMatch(/--workers +worker threads, each simulating whole replicates \(default: every core/);
  });
});

describe('ipasim validate and schema', () => {
  it('validates every shipped scenario', () => {
    for (const f of readdirSync('scenarios').filter((f) => f.endsWith('.yaml'))) {
      const r = ipasim('validate', join('scenarios', f));
      expect(r.status, `${f}: ${r.stderr}`).toBe(0);
    }
  });

  it('every shipped scenario starts with a comment saying what question it answers', () => {
    for (const f of readdirSync('scenarios').filter((f) => f.endsWith('.yaml'))) expect(readFileSync(join('scenarios', f), 'utf8'), f).toMatch(/^# Question: /);
  });

  it('the committed scenarios/schema.json is what `ipasim schema` generates', () => {
    const r = ipasim('schema', '--stdout');
    expect(r.status).toBe(0);
    expect(readFileSync('scenarios/schema.json', 'utf8')).toBe(r.stdout);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.extends.type).toBe('string');
    expect(schema.properties.modes.properties.cooperative.properties.training).toMatchObject({ minimum: 0, maximum: 1, source: '001 §4.2' });
  });

  it('--help explains the commands with examples', () => {
    const r = ipasim('run', '--help');
    expect(r.stdout).toContain('--replicates');
    expect(r.stdout).toContain('Examples:');
    expect(ipasim('--help').stdout).toMatch(/Examples:\n {2}ipasim run scenarios\/p-village\.yaml\n/);
  });

  it('no example in any --help wraps into the description column', () => {
    for (const command of ['', 'run', 'validate', 'schema', 'sweep', 'merge', 'analyze', 'report', 'compare', 'demo']) {
      const help = ipasim(...(command ? [command] : []), '--help').stdout;
      const examples = help.slice(help.indexOf('Examples:')).split('\n\n')[0].split('\n').slice(1).filter(Boolean);
      expect(examples.length, command).toBeGreaterThan(0);
      // An example line starts with the command; a wrapped one starts with spaces and a stray word.
      for (const line of examples) expect(line, `ipasim ${command} --help`).toMatch(/^ {2}ipasim |^ {6}\S/);
    }
  });
});
