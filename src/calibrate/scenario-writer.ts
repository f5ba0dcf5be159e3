/**
 * Writing calibrated values into a scenario file's text: each value set at its path, with the
 * comment `calibrated: <targets file>` beside it, everything else in the file (other fields,
 * comments, order) kept. A list the file does not have yet (`villages` left at its default) is
 * written out with each entry's name, so `villages.0.landPerPerson` lands in the first entry
 * rather than in a map keyed "0". Pure: text in, text out.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import { getAt, parsePath } from '../sweep/parameter-path.js';

export const PROVENANCE = 'calibrated:';

export function writeCalibratedValues(text: string, values: readonly { path: string; value: number }[], targetsFile: string, resolved: unknown): string {
  const doc = parseDocument(text);
  for (const { path, value } of values) {
    const keys = parsePath(path);
    // Create any list on the way from the resolved scenario, keeping only its entries' names.
    for (let i = 1; i < keys.length; i++) {
      if (typeof keys[i] !== 'number') continue;
      const at = keys.slice(0, i);
      const node = doc.getIn(at, true);
      if (isSeq(node)) continue;
      if (node !== undefined && !isMap(node)) continue;
      const list = getAt(resolved, at.join('.')) as unknown[];
      doc.setIn(at, doc.createNode(list.map((entry) => (entry && typeof entry === 'object' && 'name' in entry ? { name: (entry as { name: unknown }).name } : {}))));
    }
    const node = doc.createNode(value);
    node.comment = ` ${PROVENANCE} ${targetsFile}`;
    doc.setIn(keys, node);
  }
  return doc.toString();
}

/** The targets files named by `calibrated:` comments in a scenario file's text. */
export function calibratedBy(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/#\s*calibrated:\s*(\S+)/g)) found.add(m[1]);
  return [...found];
}
