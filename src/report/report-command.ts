/**
 * `ipasim report <folder>`: (re)draws the charts and report.html of a results folder in the
 * chosen language. A run's folder gets the run figures; a sweep's folder (manifest kind
 * "ipasim-sweep") the heatmap and, when sensitivity.json exists, the Sobol or Morris charts.
 * Each file is replaced atomically; the results themselves are only read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRunData } from '../charts/run-data.js';
import { isSweepFolder } from '../charts/sweep/sweep-chart-data.js';
import { throwIfInterrupted } from '../interrupt.js';
import { assertManifestIsFile, peekFolderKind } from '../io/folder-kind.js';
import { IntegrityError } from '../io/integrity.js';
import { writeFileAtomic } from '../io/results-dir.js';
import { UserError } from '../user-error.js';
import type { Lang } from './messages.js';
import { reportFileName } from './report-file.js';
import { runReportFiles } from './run-report.js';
import { writeSweepCharts } from './sweep-report.js';

export interface ReportArgs {
  folder: string;
  lang: Lang;
}

export async function reportCommand(args: ReportArgs, signal?: AbortSignal): Promise<string> {
  const dir = args.folder;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`results folder not found: ${dir}`);
  // Which kind of folder is told by the manifest: if it cannot be read, neither remedy fits.
  const manifest = join(dir, 'manifest.json');
  assertManifestIsFile(dir);
  if (existsSync(manifest)) {
    try { JSON.parse(readFileSync(manifest, 'utf8')); } catch (err) {
      throw new IntegrityError(`${manifest} is damaged (not valid JSON: ${(err as Error).message}): run the scenario or sweep again into a new folder (--out <new folder>)`);
    }
  }
  if (peekFolderKind(dir) === 'calibration') throw new UserError(`${dir} is a calibration folder (ipasim calibrate): its report is ${join(dir, 'report.md')}, which ipasim calibrate writes (run the same calibrate command again to rewrite it); ipasim report draws runs and sweeps`);
  let written: string[];
  let png = true;
  if (isSweepFolder(dir)) {
    written = await writeSweepCharts(dir, args.lang, signal);
  } else {
    const report = await runReportFiles(readRunData(dir), args.lang);
    for (const [name, content] of Object.entries(report.files)) {
      throwIfInterrupted(signal, 'interrupted: some charts were redrawn, the results are untouched (run ipasim report again)');
      writeFileAtomic(join(dir, name), content);
    }
    written = Object.keys(report.files);
    png = report.png;
  }
  const charts = written.filter((f) => f.endsWith('.svg')).map((f) => f.replace(/^charts\//, '').replace(/(\.zh)?\.svg$/, ''));
  return [
    ...(png ? [] : ['note: PNG charts skipped: the chart font (assets/fonts/NotoSansSC-charts-*.ttf) is missing']),
    `charts (${charts.join(', ')}) and ${reportFileName(args.lang)} written to ${dir}/ (open ${join(dir, reportFileName(args.lang))} in a browser)`,
  ].join('\n');
}
