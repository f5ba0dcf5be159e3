/**
 * Charts and report.html of a sweep folder: what `ipasim report <sweep folder>` writes, and
 * what `ipasim sweep` or `ipasim analyze` can call when they finish (writeSweepCharts).
 */
import { join } from 'node:path';
import { figureFiles, renderFigures } from '../charts/render-figures.js';
import { sweepFigures } from '../charts/sweep-figures.js';
import { readSweepChartData, type SweepChartData } from '../charts/sweep/sweep-chart-data.js';
import { throwIfInterrupted } from '../interrupt.js';
import { writeFileAtomic } from '../io/results-dir.js';
import { messages, type Lang } from './messages.js';
import { embeddedFontCss } from './embedded-font.js';
import { reportPage } from './report-page.js';
import type { ReportFiles } from './run-report.js';

/** The chart files (charts/heatmap.*, charts/sobol.*, charts/morris.*) and report.html of a sweep, in memory. */
export async function sweepChartFiles(data: SweepChartData, lang: Lang): Promise<ReportFiles> {
  const m = messages(lang);
  const figures = await renderFigures(sweepFigures(data), data, m);
  const { resolvedScenario: _omit, ...manifest } = data.manifest;
  const html = reportPage({
    title: m.report.sweepTitle(data.sweep),
    intro: [m.report.sweepIntro({ points: data.points.length, replicates: data.replicates, design: data.designType })],
    figures,
    notes: data.sensitivity ? [] : [m.report.noSensitivity],
    details: manifest,
    version: String(data.manifest.ipasimVersion ?? ''),
    fontCss: lang === 'zh' ? embeddedFontCss() : '',
  }, m);
  return { files: { ...figureFiles(figures), 'report.html': html }, figures, png: figures.every((f) => f.png !== null) };
}

/**
 * Reads a finished sweep folder and writes its charts and report.html into it, each file
 * atomically (temporary name, then rename). Returns the paths written, relative to `folder`.
 */
export async function writeSweepCharts(folder: string, lang: Lang = 'en', signal?: AbortSignal): Promise<string[]> {
  const { files } = await sweepChartFiles(readSweepChartData(folder), lang);
  // report.html comes last (figureFiles first): its presence means the charts are complete.
  for (const [name, content] of Object.entries(files)) {
    throwIfInterrupted(signal, `interrupted while drawing charts: ${folder}/report.html not written (the tables are complete; ipasim report ${folder} draws them)`);
    writeFileAtomic(join(folder, name), content);
  }
  return Object.keys(files);
}
