/**
 * Both languages complete, in every report: the message catalogues have the same keys in
 * English and Chinese (nothing falls back to undefined), cover every source, instrument,
 * metric and labelled parameter a report can name, and the reports themselves (a run's, a
 * sweep's with its sensitivity and PRIM sections, a comparison's), drawn in both languages,
 * hold no "undefined", NaN or empty list item. The classroom page's twin of this test is in
 * test/web/page.test.ts ("both languages, complete").
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEMATOPOIESIS, TRANSFUSION } from '../../src/engine/sources.js';
import { COMPARE_METRICS } from '../../src/report/paired-differences.js';
import { en } from '../../src/report/messages-en.js';
import { zh } from '../../src/report/messages-zh.js';
import { summaryEn, summaryZh } from '../../src/report/summary-messages.js';
import { SUMMARY_METRICS } from '../../src/report/summary-metrics.js';
import { parameterRows } from '../../src/scenario/parameter-table.js';
import { Scenario } from '../../src/scenario/schema.js';
import { SUMMARY_METRICS as SWEEP_METRICS } from '../../src/sweep/run-rows.js';
import { tempDir } from '../temp-dir.js';

/** Every key path of a catalogue (functions and strings are leaves). */
function paths(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

/** Text a reader sees in a page: the HTML and its inline SVG without tags, entities decoded. */
const visible = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<[^>]+>/g, ' ')
  .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const BAD = /\bundefined\b|\bNaN\b|\[object|、、|, ,|（、|\(, |\{\w+\}/;

describe('the message catalogues', () => {
  it('have the same keys in English and Chinese, the summary\'s and the charts\' and reports\'', () => {
    // Two maps name only what English words differently (English falls back to the key itself): Chinese covers at least English's.
    const OVERRIDES = /^(parameterLabels|survey\.categories)\./;
    expect(paths(zh).filter((p) => !OVERRIDES.test(p)).sort()).toEqual(paths(en).filter((p) => !OVERRIDES.test(p)).sort());
    for (const p of paths(en).filter((x) => OVERRIDES.test(x))) expect(paths(zh), p).toContain(p);
    expect(paths(summaryZh).sort()).toEqual(paths(summaryEn).sort());
  });

  it('name every income source, instrument and summary metric in both languages', () => {
    const instruments = Object.keys(Scenario.parse({}).policy.instruments);
    for (const m of [en, zh]) {
      for (const s of [...HEMATOPOIESIS, ...TRANSFUSION]) expect(m.sources[s], `${m.lang} source ${s}`).toBeTruthy();
      for (const i of instruments) expect(m.instruments[i], `${m.lang} instrument ${i}`).toBeTruthy();
      for (const k of [...COMPARE_METRICS, ...SWEEP_METRICS]) expect(m.metrics[k], `${m.lang} metric ${k}`).toBeTruthy();
    }
    for (const t of [summaryEn, summaryZh]) for (const r of SUMMARY_METRICS) expect(t.rows[r.key], r.key).toBeTruthy();
  });

  it('give every labelled parameter a Chinese label (instruments\' fields by the instrument\'s name)', () => {
    for (const r of parameterRows(Scenario).filter((x) => x.label)) {
      const [a, b, instrument, field] = r.path.split('.');
      if (a === 'policy' && b === 'instruments') expect(zh.parameterField[field], r.path).toBeTruthy();
      else expect(zh.parameterLabels[r.path], r.path).toMatch(/[\u4e00-\u9fff]/);
      void instrument;
    }
  });
});

describe('every report, in both languages', () => {
  const CLI = join(process.cwd(), 'dist/src/cli/main.js');
  const ipasim = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: process.cwd() });
  let dir: string;
  const pages: [string, string][] = [];

  beforeAll(() => {
    dir = tempDir('ipasim-complete-');
    const scenario = join(dir, 'small.yaml');
    writeFileSync(scenario, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 40 }]\n`);
    const other = join(dir, 'other.yaml');
    writeFileSync(other, `extends: ${scenario}\nname: other\npolicy:\n  instruments:\n    dividend: { end: 2023, path: abrupt }\n`);
    const sweep = join(dir, 'sweep.yaml');
    writeFileSync(sweep, readFileSync('sweeps/sobol-baseline.yaml', 'utf8').replace(/samples: \d+/, 'samples: 2').replace('../scenarios/p-village.yaml', scenario));
    for (const args of [
      ['run', scenario, '--replicates', '2', '--out', join(dir, 'a')],
      ['run', other, '--replicates', '2', '--out', join(dir, 'b')],
      ['report', join(dir, 'a'), '--lang', 'zh'],
      ['compare', join(dir, 'a'), join(dir, 'b'), '--out', join(dir, 'cmp-en')],
      ['compare', join(dir, 'a'), join(dir, 'b'), '--out', join(dir, 'cmp-zh'), '--lang', 'zh'],
      ['sweep', sweep, '--out', join(dir, 's'), '--no-charts'],
      ['analyze', join(dir, 's'), '--where', 'K < 0.45', '--mode', 'all', '--bootstrap', '50'],
      ['report', join(dir, 's'), '--lang', 'zh'],
    ]) {
      const r = ipasim(...args);
      expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    for (const f of ['a/report.html', 'a/report.zh.html', 'cmp-en/report.html', 'cmp-zh/report.zh.html', 's/report.html', 's/report.zh.html']) pages.push([f, readFileSync(join(dir, f), 'utf8')]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hold no "undefined", NaN, unfilled placeholder or empty list item, in the page or its charts', () => {
    expect(pages).toHaveLength(6);
    for (const [file, html] of pages) {
      const text = visible(html);
      const bad = BAD.exec(text);
      expect(bad && text.slice(Math.max(0, bad.index - 80), bad.index + 80), file).toBeNull();
      expect(html, file).not.toMatch(/<li>\s*<\/li>|<dt>\s*<\/dt>|<td>\s*<\/td>/);
    }
    for (const f of readdirSync(join(dir, 'a/charts')).filter((n) => n.endsWith('.svg'))) expect(visible(readFileSync(join(dir, 'a/charts', f), 'utf8')), f).not.toMatch(BAD);
  });

  it('in Chinese, every heading, finding and reading is Chinese', () => {
    for (const [file, html] of pages.filter(([f]) => f.includes('.zh.'))) {
      for (const [, tag, text] of html.matchAll(/<(h2|h3|p class="finding"|p class="reading")>([^<]+)</g)) expect(text, `${file} ${tag}`).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
