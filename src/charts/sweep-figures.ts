/** The figures of a sweep, one set per sweep (never one per point): the heatmap, then Sobol or Morris charts when sensitivity.json has them. */
import type { Figure } from './figure.js';
import { heatmapFigure } from './sweep/heatmap-figure.js';
import { morrisFigure, morrisOutputs } from './sweep/morris-figure.js';
import { sobolFigure, sobolOutputs } from './sweep/sobol-figure.js';
import type { SweepChartData } from './sweep/sweep-chart-data.js';

export function sweepFigures(data: SweepChartData): Figure<SweepChartData>[] {
  return [
    ...(data.outputs.length ? [heatmapFigure] : []),
    ...(sobolOutputs(data).length ? [sobolFigure] : []),
    ...(morrisOutputs(data).length ? [morrisFigure] : []),
  ];
}
