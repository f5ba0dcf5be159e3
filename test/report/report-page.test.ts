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
    const a = (await runReportFiles(data, 'zh')).files['report.html'];
    const b = (await runReportFiles({ ...data, manifest: { ...data.manifest, startedAt: '2030-01-01T00:00:00Z', durationMs: 99 } }, 'zh')).files['report.html'];
    expect(a).toBe(b);
    expect(a).toContain('<html lang="zh-CN">');
    expect(a).toContain('@font-face');
  });

  it('escapes text from the results (a scenario name is data, not markup)', async () => {
    const data = fixtureRun();
    data.summary.scenario = '<b>x</b> & "y"';
    const html = (await runReportFiles(data, 'en')).files['report.html'] as string;
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(html).not.toContain('<b>x</b>');
  });
});
