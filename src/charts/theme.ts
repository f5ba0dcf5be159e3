/**
 * The look shared by every chart: fonts that draw Chinese, one colour per mode everywhere,
 * self-made income in greens and blues and transfers in warm colours.
 */
import type { Config } from 'vega-lite';
import type { Messages } from '../report/messages.js';

/** The bundled TTF first (PNG rendering has only it); the rest are for browsers showing the SVG. */
export const FONT = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const MODE_ORDER = ['shareholding', 'cooperative', 'individual', 'employment', 'all'];
export const MODE_COLORS = ['#4e79a7', '#59a14f', '#f28e2b', '#b07aa1', '#555555'];

export const HEMATOPOIESIS_COLORS = ['#1b7837', '#5aae61', '#a6dba0', '#d9f0d3', '#2166ac', '#4393c3', '#92c5de', '#35978f', '#80cdc1', '#01665e', '#c7eae5'];
export const TRANSFUSION_COLORS = ['#b2182b', '#d6604d', '#f4a582', '#e08214', '#fdb863', '#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#762a83'];

export const CONFIG: Config = {
  font: FONT,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: '#e6e6e6' },
  // Flush end labels are shifted inwards onto their neighbours (2016 over 2017 on a year axis).
  axisX: { labelFlush: false },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
  title: { fontSize: 15, subtitleFontSize: 11, anchor: 'start', subtitleColor: '#555' },
  header: { labelFontSize: 12, titleFontSize: 12 },
};

/** Mode labels in the chart's language, in the fixed mode order, and their colours. */
export function modeScale(m: Messages, modes: readonly string[] = MODE_ORDER): { domain: string[]; range: string[] } {
  const present = MODE_ORDER.filter((k) => modes.includes(k));
  return { domain: present.map((k) => m.modes[k] ?? k), range: present.map((k) => MODE_COLORS[MODE_ORDER.indexOf(k)]) };
}
