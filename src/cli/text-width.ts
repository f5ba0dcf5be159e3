/**
 * The width of text in terminal columns: East Asian wide and fullwidth characters (Chinese,
 * fullwidth punctuation) take two columns, ANSI colour codes none. String.length counts both
 * wrong, which misaligned Chinese tables. Ranges after Unicode's East Asian Width (UAX #11).
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const ANSI = /\x1b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Pads on the right to `width` columns. */
export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads on the left to `width` columns. */
export function padStartWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Shortens text to at most `width` columns, marking the cut with "…". */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Breaks text into lines of at most `width` columns, continuation lines indented by `indent`:
 * at spaces (kept as they are within a line, so padding survives), and anywhere between two
 * wide characters (Chinese has no spaces). A word longer than the width stays whole.
 */
export function wrapWidth(text: string, width: number, indent = '  '): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffe6]|[^\s\u2e80-\u9fff\uff00-\uffe6]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (/^\s+$/.test(tok)) { if (line.trim() !== '') line += tok; continue; }
    if (displayWidth(line.trimEnd() + tok) > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = indent + tok;
    } else line += tok;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
