/**
 * The scenario-discovery part of a sweep report: what `ipasim analyze --where` found
 * (discovery.json), per mode the PRIM box as a sentence and a table of the restricted
 * parameter ranges, with coverage and density. Parameters are named as on the charts
 * (parameter-label.ts), not by path.
 */
import { parameterLabel } from '../charts/sweep/parameter-label.js';
import { fmtShare, fmtSig } from './format.js';
import { escapeHtml } from './html.js';
import type { Messages } from './messages.js';

interface Limit { factor: string; min: number; max: number; restricted: boolean }
interface ModeBox { mode: string; runs: number; positives: number; sentence: string; box: { coverage: number; density: number; limits: Limit[] } | null }
export interface Discovery { where: string; modes: ModeBox[] }

/** A limit as written in a scenario file: whole numbers (years) without grouping, others to three digits. */
const limit = (x: number) => (Number.isInteger(x) ? String(x) : fmtSig(x));

export function primSection(d: Discovery, m: Messages): string {
  const p = m.report.prim;
  const rows = d.modes.map((x) => {
    if (!x.box) return `<h3>${escapeHtml(m.modes[x.mode] ?? x.mode)}</h3>\n<p>${escapeHtml(x.sentence)}</p>`;
    const limits = x.box.limits.filter((l) => l.restricted)
      .map((l) => `<tr><td>${escapeHtml(parameterLabel(l.factor))}</td><td>${escapeHtml(limit(l.min))}</td><td>${escapeHtml(limit(l.max))}</td></tr>`).join('');
    return `<h3>${escapeHtml(m.modes[x.mode] ?? x.mode)}</h3>
<p>${escapeHtml(p.box({ coverage: fmtShare(x.box.coverage), density: fmtShare(x.box.density), positives: x.positives, runs: x.runs }))}</p>
<table class="headline"><thead><tr><th>${escapeHtml(p.parameter)}</th><th>${escapeHtml(p.from)}</th><th>${escapeHtml(p.to)}</th></tr></thead><tbody>${limits}</tbody></table>`;
  });
  return `<h2>${escapeHtml(p.heading(d.where))}</h2>\n<p>${escapeHtml(p.intro)}</p>\n${rows.join('\n')}`;
}
