/**
 * Everything `ipasim run` and `ipasim report` add to a run's results folder: the charts
 * (charts/<id>.svg, .png, .vl.json) and report.html, as files in memory for the caller to
 * write. Pure apart from rendering: same results, same language, same bytes.
 */
import { figureFiles, renderFigures, type RenderedFigure } from '../charts/render-figures.js';
import { RUN_FIGURES } from '../charts/run-figures.js';
import type { RunData } from '../charts/run-data.js';
import { headlineTable } from './headline-table.js';
import { messages, type Lang } from './messages.js';
import { embeddedFontCss } from './embedded-font.js';
import { reportPage } from './report-page.js';

export interface ReportFiles {
  files: Record<string, string | Uint8Array>;
  figures: RenderedFigure[];
  /** False when the font package is missing and PNGs could not be drawn. */
  png: boolean;
}

/**
 * The manifest as the report shows it: without the two timing fields and the integrity record
 * (whose manifest hash covers the timing), so report.html stays byte-identical between runs.
 */
export function stableManifest(manifest: object): object {
  const { startedAt: _s, durationMs: _d, integrity: _i, ...rest } = manifest as Record<string, unknown>;
  return rest;
}

export async function runReportFiles(data: RunData, lang: Lang): Promise<ReportFiles> {
  const m = messages(lang);
  const figures = await renderFigures(RUN_FIGURES, data, m);
  const s = data.summary;
  const html = reportPage({
    title: m.report.title(s.scenario),
    intro: [m.report.intro({ scenario: s.scenario, seed: s.seed, replicates: data.manifest.replicates ?? 1, start: s.years.start, end: s.years.end })],
    headline: headlineTable(s.modes, m),
    figures,
    details: stableManifest(data.manifest),
    version: data.manifest.ipasimVersion ?? '',
    fontCss: lang === 'zh' ? embeddedFontCss() : '',
  }, m);
  return { files: { ...figureFiles(figures), 'report.html': html }, figures, png: figures.every((f) => f.png !== null) };
}
