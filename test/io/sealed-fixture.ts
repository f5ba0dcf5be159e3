/**
 * Hand-made results folders for tests, sealed as ipasim seals its own (src/io/integrity.ts):
 * the manifest gains the records of the folder's tables, so readers accept them.
 */
import { recordsOf, sealManifest } from '../../src/io/integrity.js';

/** The files with manifest.json sealed over those of `names` present. */
export function sealed(files: Record<string, string>, names: readonly string[] = ['points.csv', 'runs.csv', 'runs.arrow', 'yearly.csv', 'summary.json', 'survey.csv', 'replicates.csv', 'panel.csv', 'sensitivity.json']): Record<string, string> {
  const manifest = JSON.parse(files['manifest.json']);
  return { ...files, 'manifest.json': JSON.stringify(sealManifest(manifest, recordsOf(files, names)), null, 2) + '\n' };
}
