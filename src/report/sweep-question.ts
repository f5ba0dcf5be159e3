/**
 * The question a sweep asks, for the top of its report: the sweep file's `description`, or
 * else the "# Question: ..." comment the shipped sweep files open with (read from the file
 * the manifest names, when it is still there). Null when neither says.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The "# Question:" comment at the top of a YAML file, joined into one sentence. */
export function questionComment(text: string): string | null {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^#\s*Question:/.test(l));
  if (start < 0) return null;
  const out: string[] = [lines[start].replace(/^#\s*Question:\s*/, '')];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('#')) break;
    out.push(l.replace(/^#\s?/, ''));
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

export function sweepQuestion(manifest: Record<string, unknown>): string | null {
  const resolved = manifest.resolvedSweep as { description?: unknown } | undefined;
  if (typeof resolved?.description === 'string' && resolved.description.trim()) return resolved.description.trim();
  const file = manifest.sweepFile;
  if (typeof file === 'string' && existsSync(file)) return questionComment(readFileSync(file, 'utf8'));
  return null;
}
