/** The README's times for its long tour lines are those scripts/readme-timings.ts measured (docs/timings.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteMinutes, quoteSeconds, quoteSuite, quoteTimings, type SuiteTiming, type Timings } from '../scripts/timings-text.js';

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

  it('state the suite budget on 2 cores with another job running, and quote its measurement (rerun scripts/suite-timing.ts to refresh)', () => {
    const suite = JSON.parse(readFileSync('docs/suite-timing.json', 'utf8')) as SuiteTiming;
    expect(quoteSuite(readme, suite)).toBe(readme);
    expect(readme).toMatch(/Budget for `npm test`: \*\*\d+ minutes on 2 cores with another CPU-bound job running\*\*/);
    expect(suite.cores).toBe(2);
    expect(suite.runs.length).toBeGreaterThanOrEqual(1);
    for (const r of suite.runs) {
      expect(r.wallSeconds).toBeLessThanOrEqual(suite.budgetMinutes * 60);
      expect(r.tests).toBeGreaterThan(1000);
      expect(r.leftInTemp).toEqual([]);
    }
    expect(quoteMinutes(2638)).toBe('about 44 min');
    expect(quoteMinutes(290)).toBe('about 4.8 min');
  });
});
