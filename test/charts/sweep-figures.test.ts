/** Sweep figures on hand-made sweep folders (sweep-fixtures.ts): they compile without warnings, render, and read the right cells and factors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileChart } from '../../src/charts/compile-chart.js';
import { renderChart } from '../../src/charts/render-chart.js';
import { sweepFigures } from '../../src/charts/sweep-figures.js';
import { colourDomain, heatCells, heatmapFigure } from '../../src/charts/sweep/heatmap-figure.js';
import { parameterLabel } from '../../src/charts/sweep/parameter-label.js';
import { morrisFigure } from '../../src/charts/sweep/morris-figure.js';
import { sobolFigure } from '../../src/charts/sweep/sobol-figure.js';
import { sweepChartDataFromFiles } from '../../src/charts/sweep/sweep-chart-data.js';
import { LANGS, messages } from '../../src/report/messages.js';
import { gridSweep, morrisSweep, sobolSweep, variantsSweep } from './sweep-fixtures.js';

const en = messages('en'), zh = messages('zh');
const FIXTURES = { grid: gridSweep, sobol: sobolSweep, morris: morrisSweep, variants: variantsSweep };

describe('sweep figures', () => {
  it('one set per sweep: heatmap always, Sobol or Morris only when sensitivity.json has them', () => {
    const ids = (f: Record<string, string>) => sweepFigures(sweepChartDataFromFiles(f)).map((x) => x.id);
    expect(ids(gridSweep())).toEqual(['heatmap']);
    expect(ids(sobolSweep())).toEqual(['heatmap', 'sobol']);
    expect(ids(morrisSweep())).toEqual(['heatmap', 'morris']);
  });

  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`${name}: every figure compiles without warnings and renders marks, in both languages`, async () => {
      const data = sweepChartDataFromFiles(make());
      for (const lang of LANGS) {
        for (const f of sweepFigures(data)) {
          const spec = f.spec(data, messages(lang));
          expect(compileChart(spec).warnings, `${name} ${f.id}`).toEqual([]);
          const r = await renderChart(spec, f.id);
          expect(r.warnings).toEqual([]);
          const marks = f.id === 'morris' ? ['mark-symbol', 'mark-text', 'mark-rule'] : f.id === 'sobol' ? ['mark-rect', 'mark-rule'] : name === 'grid' || name === 'variants' ? ['mark-rect'] : ['mark-symbol'];
          for (const mark of marks) expect(r.svg, `${name} ${f.id} ${mark}`).toContain(mark);
          expect(r.png).not.toBeNull();
        }
      }
    });
  }

  it('heatmap cells average replicates: (2028, 0) of incomeDropPct is 16 + mean noise 0.05', () => {
    const cells = heatCells(sweepChartDataFromFiles(gridSweep()), 'incomeDropPct', 'all');
    expect(cells).toHaveLength(9);
    expect(cells.find((c) => c.x === 2028 && c.y === 0)!.value).toBeCloseTo(16.05, 10);
  });

  it('only summary outcomes of mode all are charted when the sweep has them (yearly rows and other modes left out)', () => {
    const spec = JSON.stringify(heatmapFigure.spec(sweepChartDataFromFiles(gridSweep()), en));
    expect(spec).toContain('drop, before to after % (all households)');
    expect(spec).toContain('R resources (all households)');
    expect(spec).not.toContain('(cooperative)');
    expect(spec).not.toContain('income per person');
  });

  it('readings name the best and worst cells; Sobol and Morris say the noise share first and name a factor only where it stands clear', () => {
    expect(heatmapFigure.reading(sweepChartDataFromFiles(gridSweep()), en)).toBe('drop, before to after % (all households) is highest (16.1) at dividends: last full year = 2028, cooperative training gain = 0 and lowest (−1.95) at dividends: last full year = 2024, cooperative training gain = 1.');
    expect(heatmapFigure.reading(sweepChartDataFromFiles(variantsSweep()), en)).toBe('drop, before to after % (all households) is highest (8.00) at early and lowest (6.00) at late.');
    expect(sobolFigure.reading(sweepChartDataFromFiles(sobolSweep()), en)).toMatch(/^For drop, before to after % \(all households\), replicate noise explains 2% of the variance; clearly above both zero and that share: dividends: last full year \(total-order index 0\.75, /);
    expect(morrisFigure.reading(sweepChartDataFromFiles(morrisSweep()), en)).toMatch(/^For drop, before to after % \(all households\), replicate noise explains /);
  });

  it('axes and factors are named by the schema\'s short labels (the catalogue\'s in Chinese), never by raw parameter paths', async () => {
    for (const make of [gridSweep, sobolSweep, morrisSweep]) {
      const data = sweepChartDataFromFiles(make());
      for (const f of sweepFigures(data)) {
        const svg = (await renderChart(f.spec(data, en), f.id)).svg;
        expect(svg, f.id).not.toMatch(/policy\.instruments|modes\.cooperative/);
        expect(f.reading(data, en), f.id).not.toMatch(/policy\.instruments|modes\.cooperative/);
      }
    }
    expect(parameterLabel('policy.instruments.dividend.end')).toBe('dividend: last full year');
    expect(parameterLabel('policy.instruments.dividend.end', zh)).toBe('分红：全额帮扶的最后一年');
    expect(parameterLabel('cooperatives.headsPerMember')).toBe('coop animals per worker');
    expect(parameterLabel('withdrawalYear')).toBe('withdrawal year'); // a linked axis named in the sweep file
  });

  it('the Sobol chart of sobol-baseline\'s factors is sized to its content, every short label read whole', async () => {
    const factors = [...readFileSync('sweeps/sobol-baseline.yaml', 'utf8').matchAll(/^\s+([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+): \{\}/gm)].map((x) => x[1]);
    expect(factors.length).toBeGreaterThan(8);
    const files = sobolSweep();
    const sensitivity = JSON.parse(files['sensitivity.json']) as { outputs: { sobol: unknown[] }[] };
    for (const o of sensitivity.outputs) o.sobol = factors.map((factor, i) => { const v = (i + 1) / (2 * factors.length); return { factor, S1: v, S1Low: v / 2, S1High: v * 1.5, ST: v, STLow: v / 2, STHigh: v * 1.5 }; });
    files['sensitivity.json'] = JSON.stringify(sensitivity);
    const svg = (await renderChart(sobolFigure.spec(sweepChartDataFromFiles(files), en), 'sobol')).svg;
    const [, width, height] = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)!.map(Number);
    // Two panels a row, each 200 px of bars beside its labels; as tall as its factors need (9 px a bar, two bars a factor).
    expect(width).toBeLessThan(1300);
    expect(height).toBeLessThan(2 * (factors.length * 18 + 120));
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((x) => x[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    for (const f of factors) expect(text, f).toContain(parameterLabel(f, en));
    expect(text.join('\n')).not.toContain('…');
  });

  it('a near-constant outcome does not fill the whole colour range of its heatmap panel', () => {
    expect(colourDomain([0.5645, 0.5655])).toEqual([expect.closeTo(0.5509, 3), expect.closeTo(0.5791, 3)]);
    expect(colourDomain([0, 10])).toEqual([0, 10]); // a real spread keeps its own range
    const spec = JSON.stringify(heatmapFigure.spec(sweepChartDataFromFiles(gridSweep()), en));
    expect(spec).toContain('"domain":[');
    expect(spec).toContain('each panel has its own colour scale');
  });

  it('a sweep folder without runs.csv is a user error naming the file', () => {
    const f = gridSweep();
    delete (f as Record<string, string | undefined>)['runs.csv'];
    expect(() => sweepChartDataFromFiles(f, '/x')).toThrow(/\/x\/runs\.csv not found: is \/x a finished sweep folder/);
  });
});
