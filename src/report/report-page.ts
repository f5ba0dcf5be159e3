/**
 * The HTML page of a report: one self-contained file (styles, fonts and SVG charts inline, no
 * script, no network) that opens offline in any browser. The caller supplies the sections'
 * content; this module only lays them out.
 */
import type { RenderedFigure } from '../charts/render-figures.js';
import { escapeHtml } from './html.js';
import type { Messages } from './messages.js';

export interface ReportPage {
  title: string;
  /** Paragraphs under the title (plain text). */
  intro: string[];
  /** The finding, first thing a reader sees (plain text; finding.ts), under its heading. */
  finding?: { heading: string; text: string };
  /** Notes under the headline table (plain text): what ± means, how the modes overlap. */
  headlineNotes?: string[];
  /** Terms and their meaning, shown after the charts. */
  glossary?: { heading: string; entries: readonly (readonly [string, string])[] };
  /** Optional headline table, already HTML (see headline-table.ts). */
  headline?: string;
  figures: readonly RenderedFigure[];
  /** Notes after the charts (plain text). */
  notes?: string[];
  /** Sections after the charts, already HTML (e.g. prim-section.ts). */
  sections?: string[];
  /** JSON shown under "scenario and manifest". */
  details: unknown;
  version: string;
  /** Extra CSS before the page's own, e.g. embedded fonts (embedded-font.ts). */
  fontCss?: string;
}

const CSS = `
body{font-family:'Noto Sans SC','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif;color:#222;margin:0;background:#fafafa;line-height:1.5}
main{max-width:1160px;margin:0 auto;padding:24px 28px 48px;background:#fff}
h1{font-size:1.6em;margin:0 0 .3em}h2{font-size:1.25em;margin:1.6em 0 .6em;border-bottom:1px solid #ddd;padding-bottom:.2em}h3{font-size:1.05em;margin:1.4em 0 .4em}
table.headline{border-collapse:collapse;font-size:.92em;margin:.4em 0}table.headline th,table.headline td{padding:.3em .7em;border-bottom:1px solid #e4e4e4;text-align:right}
table.headline th:first-child,table.headline td:first-child{text-align:left}table.headline thead th{border-bottom:2px solid #999;vertical-align:bottom}
p.finding{font-size:1.08em;background:#fff8e6;border-left:4px solid #e8a33d;padding:.6em .9em;max-width:60em}span.pm{color:#777;font-size:.85em;white-space:nowrap}
dl.glossary{max-width:60em}dl.glossary dt{font-weight:600;margin-top:.5em}dl.glossary dd{margin:0 0 0 1.5em}p.note{color:#555;font-size:.9em;max-width:60em}
section.figure{margin:1.4em 0 2em}figure{margin:0}figure .chart svg{max-width:100%;height:auto}p.reading{background:#f3f6fa;border-left:4px solid #4e79a7;padding:.5em .8em;margin:.4em 0 1em;max-width:60em}
pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:.8em;max-height:40em}footer{color:#777;font-size:.85em;margin-top:2em}
`;

export function reportPage(p: ReportPage, m: Messages): string {
  // The chart draws its own title; the section is labelled with it for screen readers and links.
  const figures = p.figures.map((f) => `<section class="figure" id="fig-${escapeHtml(f.id)}" aria-label="${escapeHtml(f.title)}">
<figure><div class="chart">${f.svg}</div>
<figcaption><p class="reading">${escapeHtml(f.reading)}</p></figcaption></figure>
</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${m.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style>${p.fontCss ? `${p.fontCss}\n` : ''}${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(p.title)}</h1>
${p.intro.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n')}
${p.finding ? `<h2>${escapeHtml(p.finding.heading)}</h2>\n<p class="finding">${escapeHtml(p.finding.text)}</p>` : ''}
${p.headline ? `<h2>${escapeHtml(m.report.headline)}</h2>\n${p.headline}` : ''}
${(p.headlineNotes ?? []).map((t) => `<p class="note">${escapeHtml(t)}</p>`).join('\n')}
<h2>${escapeHtml(m.report.charts)}</h2>
${figures}
${(p.sections ?? []).join('\n')}
${(p.notes ?? []).map((t) => `<p>${escapeHtml(t)}</p>`).join('\n')}
${p.glossary ? `<h2>${escapeHtml(p.glossary.heading)}</h2>\n<dl class="glossary">${p.glossary.entries.map(([term, meaning]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(meaning)}</dd>`).join('')}</dl>` : ''}
<h2>${escapeHtml(m.report.scenario)}</h2>
<p>${escapeHtml(m.report.scenarioNote)}</p>
<details><summary>manifest.json</summary><pre>${escapeHtml(JSON.stringify(p.details, null, 2))}</pre></details>
<footer>${escapeHtml(m.report.generated(p.version))} ${escapeHtml(m.report.files)}</footer>
</main>
</body>
</html>
`;
}
