/**
 * Everything `ipasim run` and `ipasim report` add to a run's results folder: the charts
 * (charts/<id>.svg, .png, .vl.json; `.zh` before the extension in Chinese) and report.html
 * (report.zh.html), as files in memory for the caller to write. The page opens with the
 * finding, then the modes side by side with their intervals and a note on overlapping modes,
 * the charts, and a glossary. Pure apart from rendering: same results, same language, same bytes.
 */
import { figureFiles, renderFigures, type RenderedFigure } from '../charts/render-figures.js';
import { RUN_FIGURES } from '../charts/run-figures.js';
import type { RunData } from '../charts/run-data.js';
import { fmtNumber } from './format.js';
import { finding } from './finding.js';
import { headlineTable, spreadTable } from './headline-table.js';
import { messages, type Lang } from './messages.js';
import { embeddedFontCss } from './embedded-font.js';
import { replicateSummaries } from './paired-differences.js';
import { chartSuffix, reportFileName } from './report-file.js';
import { reportPage } from './report-page.js';
import { summaryMessages } from './summary-messages.js';
import { windowsLines } from './windows-text.js';

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

/** The note on overlapping modes: memberships of the four modes against households in `all`, when they exceed it. */
export function overlapNote(summary: RunData['summary'], lang: Lang): string | null {
  const count = (mode: string) => Math.round(summary.modes.find((x) => x.mode === mode)?.households ?? NaN);
  const members = summary.modes.filter((x) => x.mode !== 'all').map((x) => count(x.mode));
  const total = members.reduce((a, b) => a + b, 0);
  if (!summary.modes.some((x) => x.mode === 'all') || !(total > count('all'))) return null;
  return summaryMessages(lang).table.overlap(members.map((x) => fmtNumber(x)).join('+'), fmtNumber(total), fmtNumber(count('all')));
}

export async function runReportFiles(data: RunData, lang: Lang): Promise<ReportFiles> {
  const m = messages(lang);
  const t = summaryMessages(lang);
  const figures = await renderFigures(RUN_FIGURES, data, m);
  const s = data.summary;
  const n = replicateSummaries(s).length;
  const overlap = overlapNote(s, lang);
  // summary.json of a run with --posterior names the posterior its replicates were drawn from.
  const posterior = (s as { posterior?: { file: string; draws: number } }).posterior;
  const html = reportPage({
    title: m.report.title(s.scenario),
    intro: [m.report.intro({ scenario: s.scenario, seed: s.seed, replicates: data.manifest.replicates ?? 1, start: s.years.start, end: s.years.end })],
    finding: { heading: t.finding.heading, text: finding(s, lang) },
    headline: headlineTable(s, m, t) + (posterior && n > 1 ? `\n${spreadTable(s, m, t)}` : ''),
    headlineNotes: [...windowsLines(s, lang), ...(n > 1 ? [posterior ? t.posteriorNote(n, posterior.file) : t.intervalNote(n)] : []), ...(overlap ? [overlap] : [])],
    figures,
    notes: [t.references],
    glossary: t.glossary,
    details: stableManifest(data.manifest),
    version: data.manifest.ipasimVersion ?? '',
    fontCss: lang === 'zh' ? embeddedFontCss() : '',
  }, m);
  return { files: { ...figureFiles(figures, chartSuffix(lang)), [reportFileName(lang)]: html }, figures, png: figures.every((f) => f.png !== null) };
}
