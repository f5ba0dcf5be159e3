/**
 * report.html in real headless Chromium (driven by playwright-core; test/browser/launch-chromium.ts
 * finds one, from npm if the machine has none): it opens from a file with the network off,
 * logs no console error, and every chart's SVG has its marks, in English and Chinese.
 * Screenshots go to test-artifacts/ for a person to look at. No Chromium is a failure, not a skip.
 */
import { SUMMARY_METRICS } from '../../src/report/summary-metrics.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataFromFiles } from '../../src/charts/run-data.js';
import { RUN_FIGURES } from '../../src/charts/run-figures.js';
import { simulate } from '../../src/engine/simulate.js';
import { buildManifest, manifestJson } from '../../src/io/manifest.js';
import { LANGS } from '../../src/report/messages.js';
import { reportFileName } from '../../src/report/report-file.js';
import { runReportFiles } from '../../src/report/run-report.js';
import { sweepChartFiles } from '../../src/report/sweep-report.js';
import { sweepChartDataFromFiles } from '../../src/charts/sweep/sweep-chart-data.js';
import { sobolSweep } from '../charts/sweep-fixtures.js';
import { runScenario } from '../../src/run/run-scenario.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { launchChromium, type LaunchedChromium } from '../browser/launch-chromium.js';
import { tempDir } from '../temp-dir.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

/**
 * Evaluated in the page: every chart's text boxes (getBoundingClientRect), checked pairwise
 * for overlap (more than 1.5 px each way), against the chart's own box, and for vega's "…"
 * (a label cut by labelLimit). Returns one line per problem, naming the chart and the texts.
 */
const TEXT_PROBLEMS = `(() => {
  const out = [];
  for (const fig of document.querySelectorAll('section.figure')) {
    const svg = fig.querySelector('svg');
    const frame = svg.getBoundingClientRect();
    // Labels vega hides to avoid overlap are drawn with opacity 0; skip them.
    const hidden = (t) => { for (let e = t; e && e !== svg; e = e.parentElement) { const o = e.getAttribute('opacity') ?? e.getAttribute('fill-opacity'); if (o !== null && Number(o) === 0) return true; } return false; };
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '' && !hidden(t))
      // A rotated label's box is wider than its glyphs: it is checked for cuts and bounds, not overlap.
      .map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect(), rotated: /rotate\\((?!(0|-?90|270)\\))/.test(t.getAttribute('transform') ?? ''), vertical: /rotate\\((-?90|270)\\)/.test(t.getAttribute('transform') ?? '') })).filter((t) => t.box.width > 0);
    for (const t of texts) {
      if (t.text.endsWith('…')) out.push(fig.id + ': cut "' + t.text + '"');
      if (t.box.left < frame.left - 1 || t.box.right > frame.right + 1 || t.box.top < frame.top - 1 || t.box.bottom > frame.bottom + 1) out.push(fig.id + ': outside the chart "' + t.text + '"');
    }
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      if (texts[i].rotated || texts[j].rotated) continue;
      // A text's box spans the font's whole line height (a CJK font's is tall); the glyphs sit in its
      // middle 60% across the line (vertically, or horizontally for a title turned 90 degrees).
      const glyphs = (t) => { const r = t.box, w = t.vertical ? 0.2 * r.width : 0, h = t.vertical ? 0 : 0.2 * r.height; return { left: r.left + w, right: r.right - w, top: r.top + h, bottom: r.bottom - h }; };
      const a = glyphs(texts[i]), b = glyphs(texts[j]);
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left), dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > 1.5 && dy > 1.5) out.push(fig.id + ': "' + texts[i].text + '" overlaps "' + texts[j].text + '"');
    }
  }
  return out;
})()`;

let context: BrowserContext;
let browser: LaunchedChromium | undefined;
const reports: Record<string, string> = {};

beforeAll(async () => {
  // A small real run: 40 households, 2016-2030, 3 replicates (bands).
  const dir = tempDir('ipasim-report-');
  const file = join(dir, 'small.yaml');
  writeFileSync(file, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 40 }]\ntime: { end: 2030 }\n`);
  const { scenario } = await loadScenario(file);
  const run = await runScenario({ scenarioName: scenario.name, seed: 1, replicates: 3, panel: false, yearsPerRun: 15, runReplicates: async (replicates) => replicates.map((r) => simulate(scenario, { seed: r.seed, panel: r.panel })) });
  run.files['manifest.json'] = manifestJson(buildManifest({ scenarioName: scenario.name, scenarioFile: file, resolvedScenario: scenario, seeds: run.seeds, replicates: 3, startedAt: new Date(0), durationMs: 1, panel: false }));
  for (const lang of LANGS) {
    const { files } = await runReportFiles(runDataFromFiles(run.files), lang);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, lang, name)), { recursive: true });
      writeFileSync(join(dir, lang, name), content);
    }
    reports[lang] = join(dir, lang, reportFileName(lang));
  }
  const sweep = await sweepChartFiles(sweepChartDataFromFiles(sobolSweep()), 'zh');
  for (const [name, content] of Object.entries(sweep.files)) {
    mkdirSync(dirname(join(dir, 'sweep', name)), { recursive: true });
    writeFileSync(join(dir, 'sweep', name), content);
  }
  reports.sweep = join(dir, 'sweep', reportFileName('zh'));
  browser = await launchChromium({ offline: true });
  context = browser.context;
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('report.html in Chromium', () => {
  for (const lang of LANGS) {
    it(`opens offline with no console error and draws every chart (${lang})`, async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => { if (!req.url().startsWith('file:')) requests.push(req.url()); });
      await page.goto(pathToFileURL(reports[lang]).href, { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      for (const f of RUN_FIGURES) {
        const svg = page.locator(`#fig-${f.id} svg`);
        expect(await svg.count(), f.id).toBe(1);
        // Drawn marks: vega's mark groups with at least one shape inside.
        const shapes = await page.locator(`#fig-${f.id} svg g[class^="mark-"] :is(path, rect, line, text)`).count();
        expect(shapes, f.id).toBeGreaterThan(5);
        const box = await svg.boundingBox();
        expect(box!.width, f.id).toBeGreaterThan(200);
        expect((await page.locator(`#fig-${f.id} p.reading`).innerText()).length, f.id).toBeGreaterThan(20);
      }
      // One row per figure of summary-metrics.ts.
      expect(await page.locator('table.headline tbody tr').count()).toBe(SUMMARY_METRICS.length);
      // Chinese reports carry the chart font inline, so they read on a machine without a CJK font.
      if (lang === 'zh') {
        // A string, evaluated in the page (the tests compile without the DOM library).
        const loaded = await page.evaluate(`document.fonts.ready.then(() => [...document.fonts].filter((f) => f.family.replace(/['"]/g, '') === 'Noto Sans SC' && f.status === 'loaded').length)`);
        expect(loaded).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `report-${lang}.png`), fullPage: true });
      await page.screenshot({ path: join(ARTIFACTS, `report-${lang}-top.png`) }); // the first screen, readable at a glance
      await page.close();
    });
  }

  for (const lang of LANGS) {
    it(`no chart text overlaps another, runs outside its chart or is cut short with "…" (${lang})`, async () => {
      const page = await context.newPage();
      await page.goto(pathToFileURL(reports[lang]).href, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      const problems = await page.evaluate(TEXT_PROBLEMS) as string[];
      expect(problems, problems.slice(0, 12).join("\n")).toEqual([]);
      await page.close();
    });
  }

  it('a sweep report draws its heatmap and Sobol chart with no console error', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(pathToFileURL(reports.sweep).href, { waitUntil: 'load' });
    for (const id of ['heatmap', 'sobol']) expect(await page.locator(`#fig-${id} svg g[class^="mark-"] :is(path, rect, line)`).count(), id).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'report-sweep-zh.png'), fullPage: true });
    await page.close();
  });
});
