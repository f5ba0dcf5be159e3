/**
 * Writes docs/parameters.md from the scenario schema. Run: npx tsx scripts/gen-docs.ts
 * The file is written beside its target under a temporary name and renamed into place, so an
 * interrupted run never leaves a half-written table. test/scenario/parameter-table.test.ts
 * fails when the committed file differs from what this script writes.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/io/results-dir.js';
import { parameterTableMarkdown } from '../src/scenario/parameter-table.js';
import { Scenario } from '../src/scenario/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const target = join(root, 'docs', 'parameters.md');
writeFileAtomic(target, parameterTableMarkdown(Scenario));
console.log(`wrote ${target}`);
