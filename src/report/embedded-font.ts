/**
 * The chart font as CSS @font-face rules with the TTF inline (data: URIs), for Chinese reports:
 * a machine without a CJK font then still shows every label and reading of the catalogue,
 * offline, exactly as the PNGs draw them. About 470 kB; English reports leave it out.
 */
import { readFileSync } from 'node:fs';
import { CHART_FONT_FAMILY, chartFontFiles } from '../charts/chart-font.js';

export function embeddedFontCss(): string {
  const files = chartFontFiles();
  if (!files) return '';
  return files.map((f, i) => `@font-face{font-family:'${CHART_FONT_FAMILY}';font-weight:${i === 0 ? 400 : 700};src:url(data:font/ttf;base64,${readFileSync(f).toString('base64')}) format('truetype')}`).join('\n');
}
