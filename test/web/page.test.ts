/**
 * The classroom demo in real headless Chromium (playwright-core; test/browser/launch-chromium.ts
 * finds one, from npm if the machine has none):
 * built once with Vite's JS API into a temporary folder, then opened both from a tiny local
 * HTTP server and straight from disk (file://). No test is skipped: without Chromium every
 * test here fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withdrawalWindows } from '../../src/engine/policy.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { translate, type Language } from '../../web/src/i18n/index.js';
import { finding, renderMessage, SIDES, type FindingData, type FindingId } from '../../web/src/model/findings.js';
import { LESSON } from '../../web/src/model/lesson.js';
import type { SeriesMetric } from '../../web/src/model/protocol.js';
import { resolveRuns } from '../../web/src/model/resolve.js';
import { launchChromium, type LaunchedChromium } from '../browser/launch-chromium.js';

/** The page globals the callbacks below read: they run in the browser, type-checked here without the DOM lib. */
declare const document: { body: { dataset: Record<string, string | undefined> } };

const ARTIFACTS = resolve('test-artifacts/web');

let outDir: string;
let server: Server;
let served: string;
let context: BrowserContext;
let browser: LaunchedChromium | undefined;

/**
 * A failed setup (no Chromium, a broken build) is kept and rethrown by every test, so each
 * test fails with the cause; a throwing beforeAll would only mark them skipped.
 */
let setupError: unknown;

beforeAll(async () => {
  setupError = await setUp().then(() => undefined, (err: unknown) => err);
});

async function setUp(): Promise<void> {
  outDir = mkdtempSync(join(tmpdir(), 'ipasim-web-'));
  await build({ configFile: resolve('web/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(outDir, path === '' ? 'index.html' : path);
    if (!file.startsWith(outDir) || !existsSync(file)) return void res.writeHead(404).end();
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 720 } });
  context = browser.context;
}

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens the page, collecting console errors and uncaught exceptions, and waits for the first results. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  if (setupError) throw setupError;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]');
  return { page, errors };
}

const runs = (page: Page) => page.evaluate(() => Number(document.body.dataset.runs));
async function afterRerun(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await runs(page);
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.runs) > n && document.body.dataset.state === 'ready', before);
}

/** The numbers table: income per person by year for one run. */
const shownIncome = (page: Page, village: string) =>
  page.$$eval(`#numbers td[data-village="${village}"][data-metric="incomeMean"]`, (cells) => cells.map((c) => [Number(c.getAttribute('data-year')), c.textContent ?? '']));

/** Every number of the Numbers tab, full precision (`data-value`), with the windows it states: what the findings read. */
async function shownNumbers(page: Page): Promise<FindingData> {
  const cells = await page.$$eval('#numbers td[data-value]', (tds) => tds.map((c) => ({
    village: c.getAttribute('data-village') ?? '', metric: c.getAttribute('data-metric') ?? '', year: Number(c.getAttribute('data-year')), value: Number(c.getAttribute('data-value')),
  })));
  const span = async (which: string) => (await page.getAttribute('#numbers-windows', `data-${which}`))!.split('-').map(Number) as [number, number];
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const series = Object.fromEntries(SIDES.map((side) => {
    const bySide: Partial<Record<SeriesMetric, number[]>> = {};
    for (const c of cells.filter((x) => x.village === side)) (bySide[c.metric as SeriesMetric] ??= years.map(() => NaN))[years.indexOf(c.year)] = c.value;
    return [side, bySide];
  })) as FindingData['series'];
  return { years, windows: { before: await span('before'), after: await span('after') }, series };
}

/** The result sentences the lesson shows, by finding. */
const shownFindings = (page: Page) =>
  page.$$eval('#lesson-findings:not([hidden]) li[data-finding]', (lis) => lis.map((li) => [li.getAttribute('data-finding') ?? '', li.textContent ?? ''] as [string, string]));

/** The sentences computed here, in Node, from the numbers the page shows. */
const expectedFindings = (ids: readonly FindingId[], numbers: FindingData, lang: Language) =>
  ids.map((id) => [id, renderMessage(finding(id, numbers), (key, vars) => translate(lang, key, vars))]);

/** The CLI's incomeMean for mode all, group all, by year, as written in yearly.csv. */
function cliIncome(scenario: string, seed: number): [number, string][] {
  const cli = resolve('dist/src/cli/main.js');
  if (!existsSync(cli)) throw new Error('dist/src/cli/main.js is missing: run `npm run build` first');
  const out = join(mkdtempSync(join(tmpdir(), 'ipasim-cli-')), 'run');
  execFileSync(process.execPath, [cli, 'run', scenario, '--seed', String(seed), '--replicates', '1', '--no-charts', '--out', out], { stdio: 'pipe' });
  const lines = readFileSync(join(out, 'yearly.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((l) => l.split(','))
    .filter((f) => f[col('mode')] === 'all' && f[col('group')] === 'all' && f[col('metric')] === 'incomeMean')
    .map((f) => [Number(f[col('year')]), f[col('value')]]);
}

describe('the demo served over HTTP', () => {
  it('loads without console errors, shows both villages, and Play advances the year', async () => {
    const { page, errors } = await open(served);
    expect(await page.locator('[data-village="transfusion"] .grid path').count()).toBeGreaterThan(100);
    expect(await page.textContent('#year')).toBe('2016');
    await page.screenshot({ path: join(ARTIFACTS, 'served-2016-en.png') });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.body.dataset.year) >= 2018);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(Number(await page.textContent('#year'))).toBeGreaterThanOrEqual(2018);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard: space plays and pauses, the arrows step one year', async () => {
    const { page, errors } = await open(served);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#year')).toBe('2018');
    await page.keyboard.press('ArrowLeft');
    expect(await page.textContent('#year')).toBe('2017');
    await page.keyboard.press(' ');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await page.keyboard.press(' ');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moving the withdrawal-year slider changes the outcome', async () => {
    const { page, errors } = await open(served);
    const before = await shownIncome(page, 'transfusion');
    await page.getByRole('tab', { name: 'Settings' }).click();
    const slider = page.getByRole('slider', { name: /Withdrawal year/ });
    expect(await slider.getAttribute('data-path')).toBe('analysis.withdrawalStart');
    // Each setting is explained by the schema's description, not its raw path (which stays in the tooltip).
    const helps = await page.locator('#controls small.help, .control small.help').allTextContents();
    expect(helps.length).toBeGreaterThan(3);
    for (const h of helps) expect(h).not.toMatch(/^[a-z]+\.[a-zA-Z]+(\.|\b)/);
    await afterRerun(page, async () => { await slider.focus(); await page.keyboard.press('Home'); });
    expect(await slider.inputValue()).toBe('2017');
    const after = await shownIncome(page, 'transfusion');
    expect(after[0]).toEqual(before[0]); // 2016 is before any withdrawal
    expect(after.filter(([y]) => y >= 2017 && y <= 2025)).not.toEqual(before.filter(([y]) => y >= 2017 && y <= 2025));
    expect(await page.evaluate(() => document.body.dataset.error)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same income per person as the CLI\'s yearly.csv for the same scenario and seed', async () => {
    const { page, errors } = await open(served);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await afterRerun(page, () => page.getByRole('spinbutton', { name: 'Random seed' }).fill('3').then(() => page.keyboard.press('Enter')));
    expect(await shownIncome(page, 'baseline')).toEqual(cliIncome('scenarios/p-village.yaml', 3));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a scenario file (with extends) and matches the CLI on it; a wrong file shows its mistakes', async () => {
    const { page, errors } = await open(served);
    expect(await page.getByRole('button', { name: 'Load scenario file…' }).count()).toBe(1);
    const input = page.locator('#load-file');
    await afterRerun(page, () => input.setInputFiles('scenarios/p-village-ageing.yaml'));
    expect(await page.textContent('#scenario-name')).toContain('p-village-ageing.yaml');
    expect(await shownIncome(page, 'baseline')).toEqual(cliIncome('scenarios/p-village-ageing.yaml', 1));

    await input.setInputFiles({ name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from('extends: p-village\nmodes:\n  cooperative:\n    acess: 0.5\n    training: 1.4\n') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('bad.yaml:4:5  modes.cooperative.acess: unknown field "acess" (did you mean "access"?)');
    expect(text).toContain('bad.yaml:5:5  modes.cooperative.training: expected a number between 0 and 1, got 1.4');
    await page.screenshot({ path: join(ARTIFACTS, 'load-error.png') });
    // Nothing changed: the ageing baseline is still the one shown.
    expect(await page.textContent('#scenario-name')).toContain('p-village-ageing.yaml');

    // An empty file is refused with the command line's words, never run as the defaults.
    await input.setInputFiles({ name: 'empty.yaml', mimeType: 'text/yaml', buffer: Buffer.from('# nothing yet\n') });
    await page.waitForFunction(() => (document.body.dataset.error ?? '').includes('empty.yaml'));
    expect(await page.evaluate(() => document.body.dataset.error)).toBe('empty.yaml:1:1  the scenario sets nothing (an empty, truncated or unsaved file?). To run the calibrated baseline, write "extends: p-village"');
    expect(await page.textContent('#scenario-name')).toContain('p-village-ageing.yaml');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switching the language changes the lesson text', async () => {
    const { page, errors } = await open(served);
    const english = await page.textContent('#lesson-text');
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    const step2 = await page.textContent('#lesson-title');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    const chinese = await page.textContent('#lesson-title');
    expect(chinese).not.toBe(step2);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#lesson-step')).toBe('第 2 步，共 6 步');
    expect(english).not.toBe(await page.textContent('#lesson-text'));
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.screenshot({ path: join(ARTIFACTS, 'served-step2-zh.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the lesson\'s result sentences', () => {
  it('each step shows exactly the sentences computed from the numbers the page shows, over the model\'s windows', async () => {
    const { page, errors } = await open(served);
    const bundled = { 'p-village': readFileSync('scenarios/p-village.yaml', 'utf8') };
    for (const [i, step] of LESSON.entries()) {
      if (i > 0) await afterRerun(page, () => page.getByRole('button', { name: 'Next step' }).click());
      expect(await page.textContent('#lesson-step')).toBe(`Step ${i + 1} of ${LESSON.length}`);
      const numbers = await shownNumbers(page);
      // The windows the page states are the model's (the same as summary.json's) for this step's settings.
      const { before, after } = withdrawalWindows((await resolveRuns({ file: 'p-village.yaml', text: bundled['p-village'] }, bundled, step.settings)).baseline);
      expect(numbers.windows).toEqual({ before, after });
      const shown = await shownFindings(page);
      expect(shown.length, step.id).toBe(step.findings.length);
      expect(shown, step.id).toEqual(expectedFindings(step.findings, numbers, 'en'));
    }
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    const last = LESSON[LESSON.length - 1];
    expect(await shownFindings(page)).toEqual(expectedFindings(last.findings, await shownNumbers(page), 'zh'));
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-findings-zh.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follow a setting the teacher changes, and hide while the runs do not match the settings', async () => {
    const { page, errors } = await open(served);
    await afterRerun(page, () => page.getByRole('button', { name: 'Next step' }).click());
    const before = await shownFindings(page);
    await page.getByRole('tab', { name: 'Settings' }).click();
    const slider = page.getByRole('slider', { name: /Withdrawal year/ });
    await afterRerun(page, async () => { await slider.focus(); await page.keyboard.press('Home'); });
    await page.getByRole('tab', { name: 'Lesson' }).click();
    const after = await shownFindings(page);
    expect(after).not.toEqual(before);
    expect(after).toEqual(expectedFindings(LESSON[1].findings, await shownNumbers(page), 'en'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the social floor', () => {
  it('"taper off" keeps the minimum living guarantee; only its own setting removes it', async () => {
    const { page, errors } = await open(served);
    const withdrawal = (await loadScenario('scenarios/p-village.yaml')).scenario.analysis.withdrawalStart;
    const guaranteeAfter = async () => (await shownNumbers(page)).series.transfusion.minimumLivingRate!.filter((_, i, a) => i >= a.length - (2035 - withdrawal + 1));
    await page.getByRole('tab', { name: 'Settings' }).click();
    await afterRerun(page, async () => { await page.getByRole('combobox', { name: /Withdrawal path/ }).selectOption({ label: 'taper off' }); });
    const tapered = await guaranteeAfter();
    expect(tapered.length).toBeGreaterThan(5);
    for (const rate of tapered) expect(rate).toBeGreaterThan(0);
    const floor = page.getByRole('combobox', { name: 'Minimum living guarantee and extreme-poverty support (the social floor) after withdrawal' });
    await afterRerun(page, async () => { await floor.selectOption({ label: 'removed from the withdrawal year: no social floor' }); });
    expect(await guaranteeAfter()).toEqual(tapered.map(() => 0));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the demo opened from disk (file://)', () => {
  it('loads without console errors, starts the inlined worker and plays', async () => {
    if (setupError) throw setupError;
    const url = pathToFileURL(join(outDir, 'index.html')).href;
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('type="module"');
    const { page, errors } = await open(url);
    expect((await shownIncome(page, 'hematopoiesis')).length).toBe(20);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.body.dataset.year) >= 2017);
    await page.keyboard.press(' ');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await page.hover('[data-village="hematopoiesis"] .grid path');
    await page.screenshot({ path: join(ARTIFACTS, 'file-after-withdrawal-en.png') });
    expect(await page.isVisible('#tooltip')).toBe(true);
    expect(await page.textContent('#tooltip')).toMatch(/income per person: [\d,]+ yuan/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
