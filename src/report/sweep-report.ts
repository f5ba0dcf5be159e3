/**
 * Charts and report.html of a sweep folder: what `ipasim report <sweep folder>` writes, and
 * what `ipasim sweep` or `ipasim analyze` can call when they finish (writeSweepCharts).
 */
import { join } from 'node:path';
import { figureFiles, renderFigures } from '../charts/render-figures.js';
import { sweepFigures } from '../charts/sweep-figures.js';
import { sweepChartDataFromFiles, type SweepChartData } from '../charts/sweep/sweep-chart-data.js';
import { readSweepFiles } from '../sweep/read-sweep-folder.js';
import { UserError } from '../user-error.js';
import { throwIfInterrupted } from '../interrupt.js';
import { writeFileAtomic } from '../io/results-dir.js';
import { messages, type Lang } from './messages.js';
import { embeddedFontCss } from './embedded-font.js';
import { reportPage } from './report-page.js';
import { chartSuffix, reportFileName } from './report-file.js';
import type { ReportFiles } from './run-report.js';
import { primSection, type Discovery } from './prim-section.js';
import { sweepQuestion } from './sweep-question.js';

/**
 * The chart files (charts/heatmap.*, charts/sobol.*, charts/morris.*) and report.html of a
 * sweep, in memory: the question first, the charts (Sobol or Morris when sensitivity.json
 * exists), then the PRIM boxes when discovery.json does.
 */
export async function sweepChartFiles(data: SweepChartData, lang: Lang, discovery: Discovery | null = null): Promise<ReportFiles> {
  const m = messages(lang);
  const figures = await renderFigures(sweepFigures(data), data, m);
  const { resolvedScenario: _omit, ...manifest } = data.manifest;
  const question = sweepQuestion(data.manifest);
  const html = reportPage({
    title: m.report.sweepTitle(data.sweep),
    intro: [...(question ? [m.report.question(question)] : []), m.report.sweepIntro({ points: data.points.length, replicates: data.replicates, design: data.designType })],
    figures,
    sections: discovery ? [primSection(discovery, m)] : [],
    notes: data.sensitivity || discovery ? [] : [m.report.noSensitivity],
    details: manifest,
    version: String(data.manifest.ipasimVersion ?? ''),
    fontCss: lang === 'zh' ? embeddedFontCss() : '',
  }, m);
  return { files: { ...figureFiles(figures, chartSuffix(lang)), [reportFileName(lang)]: html }, figures, png: figures.every((f) => f.png !== null) };
}

/**
 * Reads a finished sweep folder and writes its charts and report.html into it, each file
 * atomically (temporary name, then rename). Returns the paths written, relative to `folder`.
 */
export async function writeSweepCharts(folder: string, lang: Lang = 'en', signal?: AbortSignal): Promise<string[]> {
  // discovery.json (analyze --where) is verified against the sealed manifest like every table.
  const read = readSweepFiles(folder, ['sensitivity.json', 'discovery.json']);
  const discovery = read['discovery.json'] ? parseDiscovery(read['discovery.json'], folder) : null;
  const { files } = await sweepChartFiles(sweepChartDataFromFiles(read, folder), lang, discovery);
  // report.html comes last (figureFiles first): its presence means the charts are complete.
  for (const [name, content] of Object.entries(files)) {
    throwIfInterrupted(signal, `interrupted while drawing charts: ${folder}/report.html not written (the tables are complete; ipasim report ${folder} draws them)`);
    writeFileAtomic(join(folder, name), content);
  }
  return Object.keys(files);
}

/** discovery.json as analyze wrote it; a broken one is the user's to remake, not a bug. */
function parseDiscovery(text: string, folder: string): Discovery {
  try {
    return JSON.parse(text) as Discovery;
  } catch (err) {
    throw new UserError(`${join(folder, 'discovery.json')} is damaged (${(err as Error).message}): run ipasim analyze ${folder} --where ... again to rewrite it`);
  }
}
