/**
 * What a swept parameter is called on a chart: the short label the scenario schema gives it
 * ("cooperative training gain", "coop subsidy: amount"), else the first clause of its
 * description prefixed with the instrument or mode it belongs to, never its raw path
 * (modes.cooperative.training). A linked axis named in the sweep file (withdrawalYear) reads as
 * words ("withdrawal year").
 */
import type { Messages } from '../../report/messages.js';
import { parameterRows } from '../../scenario/parameter-table.js';
import { Scenario } from '../../scenario/schema.js';

let rows: Map<string, { description: string; label?: string }> | undefined;

function row(path: string): { description: string; label?: string } | undefined {
  rows ??= new Map(parameterRows(Scenario).map((r) => [r.path, r]));
  return rows.get(path) ?? rows.get(path.replace(/\.\d+\./g, '[].'));
}

/** The clause before any parenthesis, colon or semicolon: the name, not the explanation. */
const firstClause = (text: string) => text.split(/ \(|: |; /)[0].trim();

export function parameterLabel(path: string, m?: Messages): string {
  // In a language: an instrument's field by the catalogue's words, else the catalogue's label of the path.
  const parts = path.split('.');
  if (m && parts[0] === 'policy' && parts[1] === 'instruments' && m.instruments[parts[2]] && m.parameterField[parts[3]]) return `${m.instruments[parts[2]]}${m.parameterField[parts[3]]}`;
  if (m?.parameterLabels[path]) return m.parameterLabels[path];
  const r = row(path);
  if (r?.label) return r.label;
  const d = r?.description;
  if (!d) return path.includes('.') ? path : path.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  // An instrument's or a mode's fields share descriptions ("last year at full level"): say whose.
  const owner = parts[0] === 'policy' && parts[1] === 'instruments' ? parts[2] : parts[0] === 'modes' ? parts[1] : undefined;
  return owner ? `${owner}: ${firstClause(d)}` : firstClause(d);
}

/** The label broken into lines of about `width` characters, for an axis title (vega draws an array as lines). */
export function labelLines(label: string, width = 34): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
