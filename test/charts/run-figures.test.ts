/** Every run figure compiles with vega-lite without a warning and renders with vega to SVG and PNG, in both languages, with and without bands. */
import { describe, expect, it } from 'vitest';
import { compileChart } from '../../src/charts/compile-chart.js';
import { renderChart } from '../../src/charts/render-chart.js';
import { RUN_FIGURES } from '../../src/charts/run-figures.js';
import { LANGS, messages } from '../../src/report/messages.js';
import { aggregateSummary } from '../../src/run/replicates.js';
import { MODE_KEYS } from '../../src/engine/output.js';
import { fakeModeSummary, fakeSummary } from '../run/fixtures.js';
import { fixtureRun, fixtureSummary } from './run-fixture.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The mark types each figure must draw (vega names SVG groups `mark-<type>`). */
const MARKS: Record<string, string[]> = {
  income: ['mark-line', 'mark-rect', 'mark-area'], composition: ['mark-area'], poverty: ['mark-line', 'mark-rect'],
  empowerment: ['mark-line', 'mark-rect'], participation: ['mark-rect', 'mark-line'], fiscal: ['mark-rect'], survey: ['mark-symbol', 'mark-rule'],
};

type Bar = { low: number | null; value: number; high: number | null };
/** The data rows of a spec that carry an interval (`low`), wherever in the spec they are. */
function barsWithIntervals(spec: unknown): Bar[] {
  if (Array.isArray(spec)) return spec.flatMap(barsWithIntervals);
  if (spec === null || typeof spec !== 'object') return [];
  const values = (spec as { values?: unknown }).values;
  if (Array.isArray(values) && values.some((v) => v && typeof v === 'object' && 'low' in v)) return values as Bar[];
  return Object.values(spec).flatMap(barsWithIntervals);
}

describe('run figures', () => {
  for (const lang of LANGS) {
    for (const bands of [false, true]) {
      it(`compile without warnings and render to SVG and PNG (${lang}, ${bands ? 'with' : 'without'} bands)`, async () => {
        const data = fixtureRun({ bands });
        const m = messages(lang);
        for (const f of RUN_FIGURES) {
          const spec = f.spec(data, m);
          expect(compileChart(spec).warnings, f.id).toEqual([]);
          const r = await renderChart(spec, f.id);
          expect(r.warnings, f.id).toEqual([]);
          for (const mark of MARKS[f.id].filter((k) => bands || f.id !== 'income' || k !== 'mark-area')) expect(r.svg, `${f.id} ${mark}`).toContain(mark);
          expect(r.svg).toContain(f.title(m));
          expect([...r.png!.slice(0, 8)]).toEqual(PNG_SIGNATURE);
        }
      });
    }
  }

  it('the bars of households back below the line and of fiscal cost per household carry their 95% intervals as whiskers, only with replicates', async () => {
    const m = messages('en');
    // Three replicates whose figures differ by mode and seed, as aggregateSummary keeps them under `replicates`.
    const runs = [1, 2, 3].map((seed) => fakeSummary({ ...fixtureSummary(), seed, modes: MODE_KEYS.map((k, i) => fakeModeSummary(k, { returnToPovertyRate: 0.1 + 0.02 * i + 0.01 * seed, fiscalCostPerHousehold: 100 + 10 * i + 3 * seed })) }));
    const withReplicates = fixtureRun({ bands: true, summary: aggregateSummary(runs) });
    for (const id of ['poverty', 'fiscal']) {
      const f = RUN_FIGURES.find((x) => x.id === id)!;
      const spec = JSON.stringify(f.spec(withReplicates, m));
      expect(spec, id).toMatch(/"mark":\{"type":"rule"[^}]*\},"encoding":\{"y":\{"field":"low"[^}]*\},"y2":\{"field":"high"\}/);
      const bars = barsWithIntervals(JSON.parse(spec));
      expect(bars, id).toHaveLength(5); // the four modes and all
      for (const b of bars) { expect(b.low, id).not.toBeNull(); expect(b.low!).toBeLessThan(b.value); expect(b.high!).toBeGreaterThan(b.value); }
      expect((await renderChart(f.spec(withReplicates, m), id)).svg, id).toContain('mark-rule');
      expect(JSON.stringify(f.spec(fixtureRun(), m)), `${id}, one replicate`).not.toMatch(/"field":"low"/);
    }
  });

  it('the income band appears only with replicates', () => {
    const m = messages('en');
    const layers = (bands: boolean) => JSON.stringify(RUN_FIGURES[0].spec(fixtureRun({ bands }), m));
    expect(layers(true)).toContain('"p05"');
    expect(layers(false)).not.toContain('"p05"');
  });

  it('the same data gives byte-identical SVG and PNG, whatever was drawn before', async () => {
    const data = fixtureRun({ bands: true }), m = messages('zh');
    const first = await renderChart(RUN_FIGURES[0].spec(data, m), 'income');
    await renderChart(RUN_FIGURES[1].spec(data, m), 'composition');
    const again = await renderChart(RUN_FIGURES[0].spec(data, m), 'income');
    expect(again.svg).toBe(first.svg);
    expect(Buffer.from(again.png!).equals(Buffer.from(first.png!))).toBe(true);
  });

  it('chart ids are scoped to the figure so several SVGs can share a page', async () => {
    // A clipped mark makes vega define a clip path, referenced by id.
    const spec = { data: { values: [{ x: 1, y: 2 }, { x: 3, y: 9 }] }, mark: { type: 'line', clip: true }, encoding: { x: { field: 'x', type: 'quantitative', scale: { domain: [0, 2] } }, y: { field: 'y', type: 'quantitative' } } } as const;
    const r = await renderChart(spec as never, 'composition');
    const ids = [...r.svg.matchAll(/\bid="([^"]+)"/g)].map((x) => x[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith('composition-')).toBe(true);
    for (const ref of r.svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
  });
});

describe('a series that is zero everywhere', () => {
  it('says "none in any year" (and "none after withdrawal") instead of drawing an empty frame', async () => {
    const data = fixtureRun();
    data.yearly = data.yearly.map((r) => (r.metric === 'povertyHeadcount' ? { ...r, value: 0 } : r));
    data.summary.modes = data.summary.modes.map((s) => ({ ...s, returnToPovertyRate: 0 }));
    const poverty = RUN_FIGURES.find((f) => f.id === 'poverty')!;
    for (const lang of LANGS) {
      const m = messages(lang);
      const svg = (await renderChart(poverty.spec(data, m), 'poverty')).svg;
      expect(svg).toContain(`>${m.legend.noneAnyYear}</text>`);
      expect(svg).toContain(`>${m.legend.noneAfterWithdrawal}</text>`);
    }
    // With poverty in the data, no such sentence.
    expect((await renderChart(poverty.spec(fixtureRun(), messages('en')), 'poverty')).svg).not.toContain('none in any year');
  });
});
