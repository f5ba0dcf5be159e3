/** report.html is one self-contained page: no script, nothing fetched, text escaped, no timing fields. */
import { describe, expect, it } from 'vitest';
import { runReportFiles, stableManifest } from '../../src/report/run-report.js';
import { fixtureRun } from '../charts/run-fixture.js';

describe('report page', () => {
  it('inlines every chart and fetches nothing', async () => {
    const { files, figures } = await runReportFiles(fixtureRun({ bands: true }), 'en');
    const html = files['report.html'] as string;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<svg/g)!.length).toBe(figures.length);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    for (const f of figures) {
      expect(html).toContain(`id="fig-${f.id}"`);
      expect(files[`charts/${f.id}.svg`]).toBe(f.svg);
      expect(JSON.parse(files[`charts/${f.id}.vl.json`] as string).$schema).toMatch(/vega-lite/);
    }
  });

  it('shows the manifest without its timing fields, so the page is the same for the same results', async () => {
    const data = fixtureRun();
    expect(stableManifest(data.manifest)).not.toHaveProperty('startedAt');
    const a = (await runReportFiles(data, 'zh')).files['report.zh.html'];
    const b = (await runReportFiles({ ...data, manifest: { ...data.manifest, startedAt: '2030-01-01T00:00:00Z', durationMs: 99 } }, 'zh')).files['report.zh.html'];
    expect(a).toBe(b);
    expect(a).toContain('<html lang="zh-CN">');
    expect(a).toContain('@font-face');
  });

  it('writes Chinese beside English: report.zh.html and charts/<id>.zh.*, never report.html', async () => {
    const { files } = await runReportFiles(fixtureRun(), 'zh');
    expect(Object.keys(files)).toContain('report.zh.html');
    expect(Object.keys(files)).not.toContain('report.html');
    expect(Object.keys(files).filter((f) => f.startsWith('charts/')).every((f) => /\.zh\.(svg|png|vl\.json)$/.test(f))).toBe(true);
  });

  it('explains itself: a finding first, ± and overlapping modes under the table, a glossary, references by author', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const html = (await runReportFiles(fixtureRun({ bands: true }), lang)).files[lang === 'en' ? 'report.html' : 'report.zh.html'] as string;
      const finding = html.indexOf('<p class="finding">'), table = html.indexOf('<table class="headline">'), glossary = html.indexOf('<dl class="glossary">');
      expect(finding, lang).toBeGreaterThan(0);
      expect(finding, lang).toBeLessThan(table);
      expect(glossary, lang).toBeGreaterThan(table);
      expect(html.match(/<dt>/g)!.length, lang).toBeGreaterThanOrEqual(8);
      expect(html).toContain('docs/references.md');
      expect(html).not.toMatch(/\b00[0-4] (T\d|§)/); // sources by author, not by seed number
    }
    const en = (await runReportFiles(fixtureRun({ bands: true }), 'en')).files['report.html'] as string;
    for (const term of ['poverty line', 'households back below the line', 'fall into trough', 'R, K, V', 'self-made share', '95% interval', 'order and letters']) expect(en).toContain(`<dt>${term}</dt>`);
    expect(en).toContain('<p class="note">withdrawal 2022–2023, from the instruments&#39; end years');
    expect(en).toMatch(/<p class="note">modes overlap: [\d+]+ = [\d,]+ memberships of [\d,]+ households/);
  });

  it('escapes text from the results (a scenario name is data, not markup)', async () => {
    const data = fixtureRun();
    data.summary.scenario = '<b>x</b> & "y"';
    const html = (await runReportFiles(data, 'en')).files['report.html'] as string;
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(html).not.toContain('<b>x</b>');
  });
});
