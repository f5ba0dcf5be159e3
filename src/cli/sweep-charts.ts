/**
 * Charts of a finished sweep, drawn by sweep, merge and analyze when they finish. The tables
 * are already written by then, so a chart that cannot be drawn is a warning, never a lost
 * sweep; an interruption (Ctrl-C) is passed on, so the command exits 130 saying what is kept.
 */
import { Interrupted } from '../interrupt.js';

export async function drawSweepCharts(folder: string, lang: 'en' | 'zh', signal?: AbortSignal): Promise<string> {
  try {
    const { writeSweepCharts } = await import('../report/sweep-report.js');
    const written = await writeSweepCharts(folder, lang, signal);
    return `\ncharts and report.html: ${written.filter((f) => f.endsWith('.svg')).length} charts, ${folder}/report.html`;
  } catch (err) {
    if (err instanceof Interrupted) throw err;
    return `\nwarning: the charts could not be drawn (${(err as Error).message}); the tables are complete. Retry with: ipasim report ${folder}`;
  }
}
