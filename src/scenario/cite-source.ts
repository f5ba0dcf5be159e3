/**
 * A schema source code ("001 T2", "004", "000; 002 §3.3", "assumption") as a reader outside
 * this repository can follow it: by author and table, with the full references in
 * docs/references.md. The codes stay in the schema (short, stable); every user-facing text
 * shows this form instead.
 */
const WORKS: Record<string, string> = {
  '000': 'Industrial poverty-alleviation model study (authors not given)',
  '001': 'Cao and Li',
  '002': 'Targeted poverty-alleviation mechanism study (authors not given)',
  '003': 'China News Service, 3 November',
  '004': 'Zhai, Yang, Zhang and Guo (2021)',
};

/** "001 T2" → "Cao and Li, Table 2"; "001 T3 (r = -0.5)" keeps its note; unknown codes are returned as they are. */
export function citeSource(code: string): string {
  if (code === 'assumption') return code;
  return code.split(/;\s*/).map((part) => {
    const m = /^(\d{3})(?:\s+(.*))?$/.exec(part.trim());
    if (!m || !WORKS[m[1]]) return part;
    const where = (m[2] ?? '').replace(/^T(\d+)/, 'Table $1');
    return where ? `${WORKS[m[1]]}, ${where}` : WORKS[m[1]];
  }).join('; ');
}

/**
 * Source codes inside running text (a schema description: "the survey reached 76 in P
 * village, 001 §3") cited the same way. Only a three-digit code 000-004 standing alone counts,
 * so "2,000" or "1000" are left alone.
 */
export function citeInText(text: string): string {
  return text.replace(/(?<!\d|\d[,.])(00[0-4])(?:\s+(T\d+(?:\s*-\s*\d+)?|Tables?\s+\d+(?:\s*-\s*\d+)?|§[\d.]*\d))?(?!\d|[,.]\d)/g, (_all, code: string, where?: string) =>
    citeSource(where ? `${code} ${where.replace(/^Tables?\s+/, 'T')}` : code).replace(/Table (\d+\s*-\s*\d+)/, 'Tables $1'));
}
