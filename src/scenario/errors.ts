/**
 * Mistakes in scenario files as the people who edit them see them: one line per mistake,
 * naming the file, line, column, field path and what was expected. Scenario authors are
 * policy analysts editing YAML by hand, so everything here is worded for them, never as a
 * stack trace or a raw validator dump.
 *
 * Browser-safe (no Node APIs): the classroom demo (web/) reports scenario mistakes with it.
 * Naming files relative to the working directory is the file reader's job (display-path.ts).
 */

/** A field path as zod reports it: object keys and list indices. */
export type FieldPath = (string | number)[];

export interface ScenarioIssue {
  /** The file as the user knows it: relative to the working directory when inside it. */
  file: string;
  line?: number;
  column?: number;
  path: FieldPath;
  message: string;
}

/** Thrown for every mistake the scenario author can fix; the CLI prints formatScenarioError. */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    // The message is the formatted text, so even an unguarded `console.error(err.message)` is readable.
    super(formatIssues(issues));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/** More than this would scroll off one terminal screen; the first mistakes are usually the cause of the rest. */
const MAX_SHOWN = 20;

/** `scenarios/my.yaml:12:5  modes.cooperative.training: expected ...`, at most MAX_SHOWN lines then a count. */
export function formatScenarioError(err: ScenarioError): string {
  return formatIssues(err.issues);
}

function formatIssues(issues: ScenarioIssue[]): string {
  const lines = issues.slice(0, MAX_SHOWN).map(formatIssue);
  if (issues.length > MAX_SHOWN) lines.push(`... and ${issues.length - MAX_SHOWN} more`);
  return lines.join('\n');
}

function formatIssue(issue: ScenarioIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const field = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  return `${where}  ${field}${firstLine(issue.message)}`;
}

/** A message spread over several lines would break the one-line-per-mistake layout. */
const firstLine = (text: string) => text.split('\n')[0];

/** `modes.cooperative.training`, `villages[2].count`; keys that are not plain words are quoted: `shares["under 40"]`. */
export function formatPath(path: FieldPath): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!/^[A-Za-z0-9_$-]+$/.test(key)) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

/** A value as it appeared in the file, kind first: `string "abc"`, `number 1.4`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return `string ${quote(value)}`;
    case 'number': case 'boolean': case 'bigint': return `${typeof value} ${String(value)}`;
    case 'object': return 'a group of fields';
    default: return typeof value;
  }
}

/** A literal value as written in a scenario file; long strings are cut so the line stays on one screen. */
export function quote(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
}

/** ` (did you mean "training"?)` when one candidate is a plausible typo of `word`, else ''. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  // About one edit per three characters: catches "trainng" and "abrub" (for "abrupt"), not "seed" for "name".
  const allowed = Math.max(1, Math.round(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best ? ` (did you mean ${quote(best.candidate)}?)` : '';
}

/** Levenshtein distance with adjacent transpositions (the commonest typo) counting as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
