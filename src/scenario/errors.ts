/** User-facing scenario errors: file, line, column, field path and what was expected. */
export interface ScenarioIssue {
  file: string;
  line?: number;
  column?: number;
  path: (string | number)[];
  message: string;
}

export class ScenarioError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
  }
}

export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function formatIssue(i: ScenarioIssue): string {
  const where = i.line ? `${i.file}:${i.line}:${i.column ?? 1}` : i.file;
  return `${where}  ${i.path.length ? formatPath(i.path) + ': ' : ''}${i.message}`;
}

/** One screen at most: the first 20 issues, then a count. */
export function formatScenarioError(err: ScenarioError): string {
  const shown = err.issues.slice(0, 20).map(formatIssue);
  if (err.issues.length > 20) shown.push(`... and ${err.issues.length - 20} more`);
  return shown.join('\n');
}
