/** A sweep's report states its question, shows Sobol or Morris when analysed, and the PRIM box after analyze --where. */
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Interrupted } from '../../src/interrupt.js';
import { sealed } from '../io/sealed-fixture.js';
import { sweepChartDataFromFiles } from '../../src/charts/sweep/sweep-chart-data.js';
import { type Discovery } from '../../src/report/prim-section.js';
import { questionComment, sweepQuestion } from '../../src/report/sweep-question.js';
import { sweepChartFiles, writeSweepCharts } from '../../src/report/sweep-report.js';
import { gridSweep, sobolSweep } from '../charts/sweep-fixtures.js';
import { tempDir } from '../temp-dir.js';

const DISCOVERY: Discovery = {
  where: 'returnToPovertyRate > 0.1',
  modes: [
    { mode: 'all', runs: 40, positives: 10, baseRate: 0.25, beatsBaseRate: true, sentence: 'returnToPovertyRate > 0.1 (all) in 80% of runs where ...', box: { coverage: 0.7, density: 0.8, lift: 3.2, limits: [
      { factor: 'policy.instruments.dividend.end', min: 2024, max: 2026, restricted: true },
      { factor: 'modes.cooperative.training', min: 0, max: 1, restricted: false },
    ] } },
    { mode: 'cooperative', runs: 40, positives: 0, sentence: 'no run has returnToPovertyRate > 0.1 (cooperative)', box: null },
  ],
};

function withDescription(files: Record<string, string>, description: string): Record<string, string> {
  const manifest = JSON.parse(files['manifest.json']);
  manifest.resolvedSweep = { ...(manifest.resolvedSweep ?? {}), description };
  return { ...files, 'manifest.json': JSON.stringify(manifest) };
}

describe('the sweep report', () => {
  it('states the question from the sweep file\'s description, first', async () => {
    const data = sweepChartDataFromFiles(withDescription(sobolSweep(), 'Does the withdrawal year matter more than training?'));
    const html = (await sweepChartFiles(data, 'en')).files['report.html'] as string;
    const q = html.indexOf('<p>Question: Does the withdrawal year matter more than training?</p>');
    expect(q).toBeGreaterThan(0);
    expect(q).toBeLessThan(html.indexOf('<h2>'));
    expect(html).toContain('id="fig-sobol"');
  });

  it('shows the PRIM box after analyze --where, with parameters named, and no "No sensitivity.json" note', async () => {
    const html = (await sweepChartFiles(sweepChartDataFromFiles(gridSweep()), 'en', DISCOVERY)).files['report.html'] as string;
    expect(html).toContain('<h2>Where returnToPovertyRate &gt; 0.1: scenario discovery (PRIM)</h2>');
    expect(html).toContain('10 of 40 runs meet the condition: a base rate of 25.0%.');
    expect(html).toContain('In the box, 80.0% of the runs meet it (density), 3.2 times the base rate of 25.0% (lift); the box holds 70.0% of the runs that meet it (coverage).');
    expect(html).toContain('<td>dividends: last full year</td><td>2024</td><td>2026</td>');
    const prim = html.slice(html.indexOf('scenario discovery (PRIM)'), html.indexOf('<h2>Scenario and manifest'));
    expect(prim).not.toMatch(/modes\.cooperative|policy\.instruments|training gain/); // unrestricted limits left out; no paths
    expect(html).toContain('no run has returnToPovertyRate &gt; 0.1 (cooperative)');
    expect(html).not.toContain('No sensitivity.json');
    const zh = (await sweepChartFiles(sweepChartDataFromFiles(gridSweep()), 'zh', DISCOVERY)).files['report.zh.html'] as string;
    expect(zh).toContain('情景发现（PRIM）');
  });

  it('says plainly that no box beats the base rate, and shows no table for it', async () => {
    const weak: Discovery = { ...DISCOVERY, modes: [{ ...DISCOVERY.modes[0], beatsBaseRate: false, box: { ...DISCOVERY.modes[0].box!, density: 0.26, lift: 1.04 } }] };
    const html = (await sweepChartFiles(sweepChartDataFromFiles(gridSweep()), 'en', weak)).files['report.html'] as string;
    expect(html).toContain('No box beats the base rate: the best box PRIM found has a density of 26.0%, not clearly above the base rate of 25.0%, so no parameter range singles these runs out.');
    expect(html).not.toContain('<th>parameter</th>');
  });

  it('reads the "# Question:" comment when the sweep has no description', () => {
    expect(questionComment('# Question: does the year matter more than the\n# training? Every instrument...\nname: x\n')).toBe('does the year matter more than the training? Every instrument...');
    expect(questionComment('name: x\n')).toBeNull();
    expect(sweepQuestion({ resolvedSweep: { description: ' Why? ' } })).toBe('Why?');
    expect(sweepQuestion({ sweepFile: 'sweeps/withdrawal-vs-training.yaml' })).toMatch(/^does the year support is withdrawn matter more than how much training/);
  });
});

describe('the charts of a finished sweep', () => {
  it('interrupted while drawing, stop before report.html and say the tables are complete', async () => {
    const dir = tempDir('ipasim-sweep-report-');
    for (const [name, text] of Object.entries(sealed(gridSweep()))) writeFileSync(join(dir, name), text);
    const controller = new AbortController();
    controller.abort();
    const drawing = writeSweepCharts(dir, 'en', controller.signal);
    await expect(drawing).rejects.toBeInstanceOf(Interrupted);
    await expect(writeSweepCharts(dir, 'en', controller.signal)).rejects.toThrow(/report\.html not written \(the tables are complete; ipasim report .* draws them\)/);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
    expect(await writeSweepCharts(dir, 'en')).toContain('report.html');
  });
});
