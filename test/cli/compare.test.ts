/** End to end: `ipasim compare` pairs replicate r of A with replicate r of B (the built CLI). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const ipasim = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: process.cwd() });
const dir = tempDir('ipasim-compare-cli-');
/** A small P village over 2016-2030; by default the withdrawal (its windows follow its instruments), or another shipped scenario. */
function scenario(name: string, extra = '', parent = 'p-village-withdrawal'): string {
  const file = join(dir, `${name}.yaml`);
  // "short": the issue's case of fewer households and a shorter horizon than the reference.
  const [households, end] = name === 'short' ? [30, 2028] : [80, 2030];
  writeFileSync(file, `extends: ${join(process.cwd(), `scenarios/${parent}.yaml`)}\nname: ${name}\nvillages: [{ name: P, households: ${households} }]\ntime: { end: ${end} }\n${extra}`);
  return file;
}

beforeAll(() => {
  // B stops the social floor (the guarantee, extreme-poverty support and the pension), monitoring and welfare posts abruptly in 2025:
  // its households lose income after withdrawal (since issue 22 the guarantee alone reaches too few households for a clear fall).
  const runs: [string, string, string[]][] = [
    ['base', scenario('base'), ['--seed', '1']],
    ['abrupt', scenario('abrupt', 'policy:\n  instruments:\n    livingSupport: { end: 2025, path: abrupt }\n    extremePoverty: { end: 2025, path: abrupt }\n    pension: { end: 2025, path: abrupt }\n    monitoring: { end: 2025, path: abrupt }\n    welfarePosts: { end: 2025, path: abrupt }\n'), ['--seed', '1']],
    ['other-seeds', scenario('base2'), ['--seed', '11']],
    // The issue's case: fewer households and a shorter horizon than the reference.
    ['short', scenario('short'), ['--seed', '1']],
    // Post-2025 designs: the announced regular system, and the floor only.
    ['announced', scenario('announced', '', 'p-village'), ['--seed', '1']],
    ['floor', scenario('floor', '', 'p-village-after-floor'), ['--seed', '1']],
  ];
  for (const [out, file, args] of runs) {
    const r = ipasim('run', file, '--out', join(dir, out), '--replicates', '3', '--no-charts', ...args);
    expect(r.status, r.stderr).toBe(0);
  }
});

describe('ipasim compare', () => {
  it('prints the paired differences with intervals and says the seeds match', () => {
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'abrupt'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Seeds match (3 paired replicates): common random numbers');
    const line = r.stdout.split('\n').find((l) => /^income after withdrawal( \*)?\s+all households/.test(l))!;
    // The difference and its interval: income falls (the mean difference is below zero), and the interval holds it.
    const num = (x: string) => Number(x.replace(/,/g, '').replace('−', '-'));
    const [, diff, low, high] = /(−?[\d,.]+) +(−?[\d,.]+) … (−?[\d,.]+)$/.exec(line)!;
    expect(num(diff)).toBeLessThan(0);
    expect(num(low)).toBeLessThan(num(diff));
    expect(num(high)).toBeGreaterThan(num(diff));
    const before = r.stdout.split('\n').find((l) => /^income before withdrawal\s+all households/.test(l))!;
    expect(before).toMatch(/\s0\s+0 … 0$/); // same seeds, same years before withdrawal: no difference at all
  });

  it('warns when the two runs\' windows differ, shows both, and marks the figures that average other years', () => {
    // B's welfare posts stop at once: its withdrawal completes in 2026 and its after window is 2027-2029, A's 2028-2030 (the run ends in 2030).
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'abrupt'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('warning: the before/after windows differ');
    expect(r.stdout).toMatch(/A: income before = mean 2023–2025, after = mean 2028–2030/);
    expect(r.stdout).toMatch(/B: income before = mean 2023–2025, after = mean 2027–2029/);
    expect(r.stdout).toMatch(/^income after withdrawal \*\s+all households/m);
    expect(r.stdout).toMatch(/^income before withdrawal\s+all households/m); // the same years in both: not marked
    const same = ipasim('compare', join(dir, 'base'), join(dir, 'base'));
    expect(same.stdout).not.toContain('windows differ');
  });

  it('with --out writes compare.csv, the difference charts (summary and year by year) and the report (report.zh.html in Chinese)', () => {
    const out = join(dir, 'cmp');
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'abrupt'), '--out', out, '--lang', 'zh');
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['charts', 'compare.csv', 'report.zh.html']);
    expect(readdirSync(join(out, 'charts')).sort()).toEqual(['difference-yearly.zh.png', 'difference-yearly.zh.svg', 'difference-yearly.zh.vl.json', 'difference.zh.png', 'difference.zh.svg', 'difference.zh.vl.json']);
    const csv = readFileSync(join(out, 'compare.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('metric,mode,a,b,diff,low,high,pairs');
    expect(csv).toHaveLength(1 + 12 * 5);
    expect(readFileSync(join(out, 'report.zh.html'), 'utf8')).toContain('两次运行的配对差值');
  });

  it('refuses runs with other seeds as unpaired, and with --unpaired gives differences of means', () => {
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'other-seeds'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: the runs are not paired: the replicate seeds differ (A: 1–3 (3); B: 11–13 (3))');
    expect(r.stdout).toBe('');
    const u = ipasim('compare', join(dir, 'base'), join(dir, 'other-seeds'), '--unpaired');
    expect(u.status, u.stderr).toBe(0);
    expect(u.stdout).toContain('warning: not paired (the replicate seeds differ');
    expect(u.stdout).toMatch(/^income after withdrawal\s+all households/m);
  });

  it('refuses runs of other villages and horizon as unpaired, saying why', () => {
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'short'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the runs are not paired: the horizons differ \(A 2016-2030, B 2016-2028\); the villages differ \(A: 1 x 80 households, 80 at the start; B: 1 x 30, 30\)/);
    expect(r.stderr).toMatch(/--unpaired/);
  });

  it('refuses a truncated replicates.csv or a broken summary.json, naming the file', () => {
    for (const [file, damage] of [['replicates.csv', (t: string) => t.slice(0, -200)], ['summary.json', (t: string) => t.slice(0, 100)]] as const) {
      const copy = join(dir, `damaged-${file}`);
      cpSync(join(dir, 'abrupt'), copy, { recursive: true });
      writeFileSync(join(copy, file), damage(readFileSync(join(copy, file), 'utf8')));
      const r = ipasim('compare', join(dir, 'base'), copy);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`error: ${join(copy, file)} is damaged (`);
      expect(r.stderr).toMatch(/run the scenario again into a new folder/);
      expect(r.stdout).toBe('');
    }
  });

  it('a missing folder or a used --out exits 2 with one line', () => {
    const missing = ipasim('compare', join(dir, 'base'), join(dir, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^error: not a results folder/);
    const used = join(dir, 'used');
    mkdirSync(used);
    writeFileSync(join(used, 'keep.txt'), 'x');
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'abrupt'), '--out', used);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/already exists and is not empty/);
  });
});

describe('ipasim compare with several designs', () => {
  it('prints one table of every design against the reference, paired by seed, and the section "after 2025"', () => {
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'announced'), join(dir, 'floor'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 designs against base (design − reference, mode all households)');
    expect(r.stdout).toContain('Seeds match for every design (3 paired replicates)');
    for (const design of ['announced', 'floor']) {
      const before = r.stdout.split('\n').find((l) => new RegExp(`^income before withdrawal\\s+${design}\\s`).test(l))!;
      expect(before, design).toMatch(/\s0\s+0 … 0$/); // the same seeds and years before 2026: no difference at all
      expect(r.stdout, design).toMatch(new RegExp(`^fiscal cost from withdrawal\\s+${design}\\s.+ … `, 'm'));
    }
    // The announced system costs more from 2026 than the withdrawal, with an interval above 0.
    const cost = r.stdout.split('\n').find((l) => /^fiscal cost from withdrawal\s+announced\s/.test(l))!;
    expect(cost).toMatch(/\+[\d,]+\s+[\d,]+ … [\d,]+$/);
    const section = r.stdout.slice(r.stdout.indexOf('After 2025: each design against the reference'));
    expect(section).toContain('Each design against base, replicate by replicate over the same 3 seeds');
    for (const figure of ['households poor in 2030, all income', 'households poor in 2030 before support', 'households poor in 2030 on self-made income', 'self-made income per person, mean 2026-2030 (yuan)', 'K knowledge per household, 2030', 'V agency per household, 2030', 'fiscal cost 2026-2030 (yuan)', 'household-years above the line 2026-2030'])
      expect(section.split('\n').filter((l) => l.startsWith(figure) && !l.startsWith(`${figure}: `)), figure).toHaveLength(2);
    expect(section.split('\n').filter((l) => l.includes('fiscal cost per household-year kept above the line'))).toHaveLength(2);
  });

  it('warns when a design averages other years than the reference, and marks those figures', () => {
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'announced'), join(dir, 'abrupt'));
    expect(r.status, r.stderr).toBe(0);
    // The reference's welfare posts taper to 2028 (after 2028-2030); abrupt's stop at once and the announced system keeps them (after 2027-2029).
    for (const design of ['abrupt', 'announced']) {
      expect(r.stdout, design).toMatch(new RegExp(`warning: ${design} averages other years than the reference for income after withdrawal`));
      expect(r.stdout, design).toMatch(new RegExp(`^income after withdrawal \\*\\s+${design}\\s`, 'm'));
      expect(r.stdout, design).toMatch(new RegExp(`^income before withdrawal\\s+${design}\\s`, 'm')); // the same years before: not marked
    }
    const same = ipasim('compare', join(dir, 'base'), join(dir, 'base'), join(dir, 'base'));
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).not.toContain('averages other years');
  });

  it('refuses a design that is not paired with the reference, naming it, and with --unpaired leaves the section out', () => {
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'announced'), join(dir, 'short'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`not every design is paired with the reference ${join(dir, 'base')}:`);
    expect(r.stderr).toContain(`${join(dir, 'short')}: the horizons differ (A 2016-2030, B 2016-2028)`);
    expect(r.stdout).toBe('');
    const u = ipasim('compare', join(dir, 'base'), join(dir, 'announced'), join(dir, 'other-seeds'), '--unpaired');
    expect(u.status, u.stderr).toBe(0);
    expect(u.stdout).toContain('warning: not paired');
    expect(u.stdout).toContain('The section needs paired runs');
  });

  it('with --out writes compare.csv (a row per design and figure, and the cost per household-year) and the report, in Chinese too', () => {
    const out = join(dir, 'designs-zh');
    const r = ipasim('compare', join(dir, 'base'), join(dir, 'announced'), join(dir, 'floor'), '--out', out, '--lang', 'zh');
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['compare.csv', 'report.zh.html']);
    const csv = readFileSync(join(out, 'compare.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('design,metric,mode,reference,value,diff,low,high,pairs');
    expect(csv.filter((l) => l.startsWith('announced,costPerHouseholdYearAbove,all,'))).toHaveLength(1);
    // A cost row holds a bounded ratio inside its interval, or nothing (undefined in the section), never a bare point.
    for (const row of csv.filter((l) => l.includes(',costPerHouseholdYearAbove,'))) {
      const [ratio, low, high] = row.split(',').slice(5, 8);
      if (ratio === '') expect([low, high]).toEqual(['', '']);
      else expect(Number(low) <= Number(ratio) && Number(ratio) <= Number(high)).toBe(true);
    }
    expect(csv.filter((l) => l.startsWith('floor,fiscalTotalFromWithdrawal,all,'))).toHaveLength(1);
    const html = readFileSync(join(out, 'report.zh.html'), 'utf8').replace(/<style>[\s\S]*?<\/style>/, ''); // not the embedded font's base64
    expect(html).toContain('2025年以后：各方案与参照对比');
    expect(html).not.toMatch(/undefined|NaN/);
  });
});
