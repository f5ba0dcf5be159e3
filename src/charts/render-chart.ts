/**
 * One chart from specification to files: Vega-Lite → Vega (compile-chart.ts) → SVG with
 * vega's headless renderer → PNG with resvg at twice the size, drawn with the bundled font
 * only (chart-font.ts). Same spec, same bytes: vega's SVG and resvg's PNG are deterministic.
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { View, parse, resetSVGDefIds } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT_FAMILY, chartFontFiles } from './chart-font.js';
import { compileChart } from './compile-chart.js';

export interface RenderedChart {
  svg: string;
  /** Null when the font package is missing (the caller says so; SVGs still work in a browser). */
  png: Uint8Array | null;
  warnings: string[];
}

/**
 * Text width without a canvas. Vega's estimate (0.8 em per character) is too narrow for
 * Chinese (1 em) and clips legends; this one counts CJK and full-width characters as 1 em and
 * others as 0.58 em (Noto Sans SC's Latin runs about 0.55 em, bold a little more). Set once, before any chart
 * is laid out: the only global vega offers for this.
 */
function estimateTextWidth(item: { text?: unknown; fontSize?: number; limit?: number }, text?: unknown): number {
  const t = String(text ?? item.text ?? '');
  const size = item.fontSize ?? 11;
  let em = 0;
  for (const c of t) em += c.codePointAt(0)! >= 0x2e80 ? 1 : 0.58;
  return Math.round(em * size);
}
// vega exports textMetrics at run time; its typings leave it out.
(vega as unknown as { textMetrics: { width: typeof estimateTextWidth } }).textMetrics.width = estimateTextWidth;

/** Makes the SVG's ids (clip paths, gradients) unique to the chart, so several SVGs can share one HTML page. */
function scopeIds(svg: string, prefix: string): string {
  return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`).replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

export async function chartSvg(spec: TopLevelSpec, idPrefix = 'chart'): Promise<{ svg: string; warnings: string[] }> {
  const { vega, warnings } = compileChart(spec);
  const view = new View(parse(vega), { renderer: 'none' });
  view.logger({
    level: () => 2, error: (...a: unknown[]) => { throw new Error(`vega: ${a.map(String).join(' ')}`); },
    warn: (...a: unknown[]) => { warnings.push(a.map(String).join(' ')); }, info: () => undefined, debug: () => undefined,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  } as any);
  try {
    resetSVGDefIds(); // ids then depend on this chart only, not on what was drawn before
    return { svg: scopeIds(await view.toSVG(), idPrefix), warnings };
  } finally {
    view.finalize();
  }
}

/** PNG of an SVG at `scale` (2: sharp on slides), white background, bundled font only. */
export function svgToPng(svg: string, fontFiles: string[], scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}

export async function renderChart(spec: TopLevelSpec, idPrefix = 'chart'): Promise<RenderedChart> {
  const { svg, warnings } = await chartSvg(spec, idPrefix);
  const fonts = chartFontFiles();
  return { svg, png: fonts ? svgToPng(svg, fonts) : null, warnings };
}
