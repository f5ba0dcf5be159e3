/** The README's times for its long tour lines are those scripts/readme-timings.ts measured (docs/timings.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteSeconds, quoteTimings, type Timings } from '../scripts/timings-text.js';

describe('README timings', () => {
  const timings = JSON.parse(readFileSync('docs/timings.json', 'utf8')) as Timings;
  const readme = readFileSync('README.md', 'utf8');

  it('quote the recorded measurement for every timed tour line (rerun scripts/readme-timings.ts to refresh both)', () => {
    expect(timings.commands.length).toBeGreaterThanOrEqual(3);
    expect(quoteTimings(readme, timings)).toBe(readme);
  });

  it('round to two significant figures, minutes from 90 s', () => {
    expect(quoteSeconds(12.3)).toBe('about 12 s');
    expect(quoteSeconds(89)).toBe('about 89 s');
    expect(quoteSeconds(137)).toBe('about 2.3 min');
  });

  it('the timings file records when, on how many cores and under what load', () => {
    expect(timings.measured).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(timings.cores).toBeGreaterThan(0);
    expect(timings.load).toHaveLength(2);
  });
});
