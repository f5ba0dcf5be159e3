/**
 * The suite passes under load and leaves nothing behind: read from the test sources.
 * - No test waits a fixed time or measures one (no timers, no clocks): a child is interrupted at
 *   a point of its own work (test/cli/fixtures/signal-hook.mjs), a page is waited for by the
 *   state it sets.
 * - The only time limit is the hang guard (test/hang-guard.ts), in vitest.config.ts, in the
 *   README tour's synchronous commands and, disabled, in Playwright's own waits.
 * - Temporary folders come from test/temp-dir.ts, which removes them after each test file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|mts|mjs|js)$/.test(e.name) ? [relative(root, p)] : [];
  });
}

const files = sources(join(root, 'test')).filter((f) => f !== 'test/suite-hygiene.test.ts');
const text = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));

/** Lines of the test sources matching a pattern, as "file:line: text". */
function hits(pattern: RegExp, except: Record<string, string> = {}): string[] {
  const out: string[] = [];
  for (const [f, s] of text) {
    if (f in except) continue;
    s.split('\n').forEach((line, i) => { if (pattern.test(line) && !/^\s*(\/\/|\*)/.test(line)) out.push(`${f}:${i + 1}: ${line.trim()}`); });
  }
  return out;
}

describe('the test suite under load', () => {
  it('reads these sources (the scan is not empty)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('test/temp-dir.ts');
  });

  it('no test reads a clock or waits on a timer', () => {
    // The one poll left waits for another process's lock, with no deadline (a dead owner is found by its pid).
    const except = { 'test/browser/launch-chromium.ts': 'waits for a lock without a deadline' };
    // Signals at arbitrary moments, on purpose (--force stopped "at any moment"): every assertion there holds whichever moment a signal lands.
    const anyMoment = { 'test/cli/interrupt.test.ts': 'signals at arbitrary moments' };
    expect(hits(/\b(Date\.now|performance\.now|process\.hrtime|waitForTimeout)\b/)).toEqual([]);
    expect(hits(/\bsetInterval\b/, anyMoment)).toEqual([]);
    expect(hits(/\bsetTimeout\s*\(/, { ...except, ...anyMoment })).toEqual([]);
    expect(text.get('test/browser/launch-chromium.ts')).not.toMatch(/deadline|mtimeMs/);
  });

  it('no test or file sets its own time limit: one hang guard for all', () => {
    // `it(..., 60_000)` or `describe(..., 120_000)`: a number closing a test or hook.
    expect(hits(/\}\s*,\s*\d[\d_]*\s*\)\s*;?\s*$/)).toEqual([]);
    expect(hits(/\btimeout\s*:\s*[1-9]/)).toEqual([]);
    expect(hits(/set(Default|DefaultNavigation)?Timeout\(\s*[1-9]/)).toEqual([]);
    const config = readFileSync(join(root, 'vitest.config.ts'), 'utf8');
    expect(config).toMatch(/testTimeout: HANG_GUARD_MS/);
    expect(config).toMatch(/hookTimeout: HANG_GUARD_MS/);
    const browser = text.get('test/browser/launch-chromium.ts')!;
    expect(browser).toMatch(/timeout: 0/);
    expect(browser).toMatch(/setDefaultTimeout\(0\)/);
    expect(browser).toMatch(/setDefaultNavigationTimeout\(0\)/);
  });

  it('every temporary folder comes from tempDir, which removes it after the file', () => {
    expect(hits(/\bmkdtemp(Sync)?\b|\btmpdir\(\)/, { 'test/temp-dir.ts': 'the helper', 'test/browser/launch-chromium.ts': 'the Chromium unpack lock, removed by its owner' })).toEqual([]);
    expect(text.get('test/temp-dir.ts')).toMatch(/afterAll\(\(\) => \{\s*for \(const dir of made\.splice\(0\)\) rmSync\(dir, \{ recursive: true, force: true \}\);/);
  });
});
