/**
 * report.html in real headless Chromium (driven by playwright-core; test/browser/launch-chromium.ts
 * finds one, from npm if the machine has none): it opens from a file with the network off,
 * logs no console error, and every chart's SVG has its marks, in English and Chinese.
 * Screenshots go to test-artifacts/ for a person to look at. No Chromium is a failure, not a skip.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataFromFiles } from '../../src/charts/run-data.js';
import { RUN_FIGURES } from '../../src/charts/run-figures.js';
import { simulate } from '../../src/engine/simulate.js';
import { buildManifest, manifestJson } from '../../src/io/manifest.js';
import { LANGS } from '../../src/report/messages.js';
import { runReportFiles } from '../../src/report/run-report.js';
import { sweepChartFiles } from '../../src/report/sweep-report.js';
import { sweepChartDataFromFiles } from '../../src/charts/sweep/sweep-chart-data.js';
import { sobolSweep } from '../charts/sweep-fixtures.js';
import { runScenario } from '../../src/run/run-scenario.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { launchChromium, type LaunchedChromium } from '../browser/launch-chromium.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

let context: BrowserContext;
let browser: LaunchedChromium | undefined;
const reports: Record<string, string> = {};

beforeAll(async () => {
  // A small real run: 40 households, 2016-2030, 3 replicates (bands).
  const dir = mkdtempSync(join(tmpdir(), 'ipasim-report-'));
  const file = join(dir, 'small.yaml');
  writeFileSync(file, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 40 }]\ntime: { end: 2030 }\n`);
  const { scenario } = await loadScenario(file);
  const run = await runScenario({ scenario, scenarioName: scenario.name, seed: 1, replicates: 3, panel: false, yearsPerRun: 15, simulate });
  run.files['manifest.json'] = manifestJson(buildManifest({ scenarioName: scenario.name, scenarioFile: file, resolvedScenario: scenario, seeds: run.seeds, replicates: 3, startedAt: new Date(0), durationMs: 1, panel: false }));
  for (const lang of LANGS) {
    const { files } = await runReportFiles(runDataFromFiles(run.files), lang);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, lang, name)), { recursive: true });
      writeFileSync(join(dir, lang, name), content);
    }
    reports[lang] = join(dir, lang, 'report.html');
  }
  const sweep = await sweepChartFiles(sweepChartDataFromFiles(sobolSweep()), 'zh');
  for (const [name, content] of Object.entries(sweep.files)) {
    mkdirSync(dirname(join(dir, 'sweep', name)), { recursive: true });
    writeFileSync(join(dir, 'sweep', name), content);
  }
  reports.sweep = join(dir, 'sweep', 'report.html');
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
      expect(await page.locator('table.headline tbody tr').count()).toBe(12);
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
