/**
 * Parsing one scenario file's text while keeping source positions. YAML and JSON both go
 * through the `yaml` package (JSON is valid YAML 1.2), so a mistake in either format can be
 * reported at its line and column.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { ScenarioError, type FieldPath, type ScenarioIssue } from './errors.js';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface ParsedSource {
  /** The plain data (objects, arrays, scalars); null for an empty file. */
  data: unknown;
  /**
   * Position of the deepest node along `path` that exists in this file: for a map entry the
   * key (so it points at `training:`), for a list item the item. Undefined when not even the
   * first key is in this file.
   */
  locate(path: FieldPath): SourcePosition | undefined;
}

/** Parses `text`; `file` is only used to name the file in errors. Throws ScenarioError on syntax errors. */
export function parseSource(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  // uniqueKeys (on by default, stated here because the check matters): a repeated key would
  // otherwise silently override the first one, which an analyst would never notice.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const problems: ScenarioIssue[] = doc.errors.map((error) => ({ file, ...position(error.pos[0]), path: [], message: syntaxMessage(error, doc) }));
  visit(doc, {
    // toJS would turn this key into an object's prototype; no scenario field is called that.
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') problems.push({ file, ...position(pair.key.range?.[0] ?? 0), path: [], message: 'the field name "__proto__" is not allowed' });
    },
  });
  if (problems.length > 0) throw new ScenarioError(problems);

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (err) {
    // An alias to an undefined anchor (`*name`) or an alias bomb: rare, and yaml gives no position.
    throw new ScenarioError([{ file, path: [], message: `invalid YAML: ${(err as Error).message}` }]);
  }

  const locate = (path: FieldPath): SourcePosition | undefined => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(key));
        if (!pair) break;
        offset = nodeStart(pair.key) ?? nodeStart(pair.value) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
        node = node.items[key];
        offset = nodeStart(node) ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : position(offset);
  };

  return { data, locate };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

function nodeStart(node: unknown): number | undefined {
  if (isPair(node)) return nodeStart(node.key);
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}

/** yaml's messages are written for programmers; the common ones get plainer words. */
function syntaxMessage(error: YAMLError, doc: Document): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = duplicateKeyAt(doc, error.pos[0]);
      return `the field ${key === undefined ? '' : `"${key}" `}appears twice here; each field may be given only once`;
    }
    case 'TAB_AS_INDENT':
      return 'invalid YAML: tabs are not allowed for indentation; use spaces';
    case 'MULTIPLE_DOCS':
      return 'invalid YAML: a scenario file holds one document; remove the "---" line';
    default:
      return `invalid YAML: ${error.message.split('\n')[0]}`;
  }
}

function duplicateKeyAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (nodeStart(pair.key) === offset) {
        found = keyText(pair.key);
        return visit.BREAK;
      }
    },
  });
  return found;
}
