/**
 * Renders a list of figures for one data set and language, and lays them out as files:
 * `charts/<id>.svg`, `charts/<id>.png` and `charts/<id>.vl.json` (the Vega-Lite specification,
 * for anyone who wants to restyle a chart). Figures render one after another: the same input
 * gives the same files in the same order.
 */
import { formatJson } from '../io/json.js';
import type { Messages } from '../report/messages.js';
import type { Figure } from './figure.js';
import { renderChart } from './render-chart.js';

export interface RenderedFigure {
  id: string;
  title: string;
  reading: string;
  specJson: string;
  svg: string;
  png: Uint8Array | null;
  warnings: string[];
}

export const CHARTS_DIR = 'charts';

export async function renderFigures<D>(figures: readonly Figure<D>[], data: D, m: Messages): Promise<RenderedFigure[]> {
  const out: RenderedFigure[] = [];
  for (const f of figures) {
    const spec = f.spec(data, m);
    const r = await renderChart(spec, f.id);
    out.push({ id: f.id, title: f.title(m), reading: f.reading(data, m), specJson: formatJson(spec), svg: r.svg, png: r.png, warnings: r.warnings });
  }
  return out;
}

/**
 * The chart files of rendered figures, keyed by their path inside the results folder;
 * `suffix` (report-file.ts chartSuffix: '' in English, '.zh' in Chinese) keeps languages apart.
 */
export function figureFiles(figures: readonly RenderedFigure[], suffix = ''): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const f of figures) {
    files[`${CHARTS_DIR}/${f.id}${suffix}.vl.json`] = f.specJson;
    files[`${CHARTS_DIR}/${f.id}${suffix}.svg`] = f.svg;
    if (f.png) files[`${CHARTS_DIR}/${f.id}${suffix}.png`] = f.png;
  }
  return files;
}
