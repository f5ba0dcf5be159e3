/**
 * What a swept parameter is called on a chart: the first clause of the scenario schema's
 * description ("yearly skill gain of a working member at full training level"), prefixed with
 * the instrument or mode it belongs to, instead of its raw path (modes.cooperative.training).
 * A linked axis named in the sweep file (withdrawalYear) reads as words ("withdrawal year").
 */
import { parameterRows } from '../../scenario/parameter-table.js';
import { Scenario } from '../../scenario/schema.js';

let descriptions: Map<string, string> | undefined;

function description(path: string): string | undefined {
  descriptions ??= new Map(parameterRows(Scenario).map((r) => [r.path, r.description]));
  return descriptions.get(path) ?? descriptions.get(path.replace(/\.\d+\./g, '[].'));
}

/** The clause before any parenthesis, colon or semicolon: the name, not the explanation. */
const firstClause = (text: string) => text.split(/ \(|: |; /)[0].trim();

export function parameterLabel(path: string): string {
  const d = description(path);
  if (!d) return path.includes('.') ? path : path.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const parts = path.split('.');
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
