/**
 * The scenario-discovery part of a sweep report: what `ipasim analyze --where` found
 * (discovery.json), per mode the base rate, then the PRIM box as a sentence with its density,
 * coverage and lift and a table of the restricted parameter ranges, or a plain statement that
 * no box beats the base rate (no table then). Parameters are named as on the charts
 * (parameter-label.ts), not by path.
 */
import { parameterLabel } from '../charts/sweep/parameter-label.js';
import { fmtNumber, fmtShare, fmtSig } from './format.js';
import { escapeHtml } from './html.js';
import type { Messages } from './messages.js';

interface Limit { factor: string; min: number; max: number; restricted: boolean }
interface ModeBox { mode: string; runs: number; positives: number; baseRate?: number | null; beatsBaseRate?: boolean; sentence: string; box: { coverage: number; density: number; lift?: number | null; limits: Limit[] } | null }
export interface Discovery { where: string; modes: ModeBox[] }

/** A limit as written in a scenario file: whole numbers (years) without grouping, others to three digits. */
const limit = (x: number) => (Number.isInteger(x) ? String(x) : fmtSig(x));

export function primSection(d: Discovery, m: Messages): string {
  const p = m.report.prim;
  const rows = d.modes.map((x) => {
    const base = x.baseRate ?? (x.runs > 0 ? x.positives / x.runs : NaN);
    const head = `<h3>${escapeHtml(m.modes[x.mode] ?? x.mode)}</h3>\n<p>${escapeHtml(p.base({ positives: x.positives, runs: x.runs, base: fmtShare(base) }))}</p>`;
    const limits = x.box?.limits.filter((l) => l.restricted) ?? [];
    if (!x.box || !x.beatsBaseRate || limits.length === 0) return `${head}\n<p>${escapeHtml(x.box ? p.none({ density: fmtShare(x.box.density), base: fmtShare(base) }) : x.sentence)}</p>`;
    const rowsHtml = limits.map((l) => `<tr><td>${escapeHtml(parameterLabel(l.factor, m))}</td><td>${escapeHtml(limit(l.min))}</td><td>${escapeHtml(limit(l.max))}</td></tr>`).join('');
    const lift = x.box.lift ?? x.box.density / base;
    return `${head}
<p>${escapeHtml(p.box({ coverage: fmtShare(x.box.coverage), density: fmtShare(x.box.density), lift: fmtNumber(lift, 1), base: fmtShare(base) }))}</p>
<table class="headline"><thead><tr><th>${escapeHtml(p.parameter)}</th><th>${escapeHtml(p.from)}</th><th>${escapeHtml(p.to)}</th></tr></thead><tbody>${rowsHtml}</tbody></table>`;
  });
  return `<h2>${escapeHtml(p.heading(d.where))}</h2>\n<p>${escapeHtml(p.intro)}</p>\n${rows.join('\n')}`;
}
