/**
 * Writes docs/parameters.md from the scenario schema. Run: npx tsx scripts/gen-docs.ts
 * The file is written beside its target under a temporary name and renamed into place, so an
 * interrupted run never leaves a half-written table. test/scenario/parameter-table.test.ts
 * fails when the committed file differs from what this script writes.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parameterTableMarkdown } from '../src/scenario/parameter-table.js';
import { Scenario } from '../src/scenario/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes `text` to `target` atomically (temporary sibling, then rename). */
function writeAtomic(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.tmp-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.md`);
  try {
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

const target = join(root, 'docs', 'parameters.md');
writeAtomic(target, parameterTableMarkdown(Scenario));
console.log(`wrote ${target}`);
