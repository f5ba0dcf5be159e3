/**
 * scripts/after-2025-designs.ts: the designs it runs are the repo's scenario files, and at county
 * scale each design's own settings are laid over the county (the script itself runs the CLI: its
 * output is in the report that ran it, not pinned here).
 */
import { describe, expect, it } from 'vitest';
import { DESIGNS, scenarioFor } from '../../scripts/after-2025-designs.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { Scenario } from '../../src/scenario/schema.js';
import { tempDir } from '../temp-dir.js';

const load = async (file: string) => (await loadScenarioFile(file, Scenario)).value;

describe('the post-2025 designs script', () => {
  it('runs the withdrawal as the reference, then the floor, the announced system, full support, no tilt and the dividends, from scenarios/', () => {
    expect(DESIGNS.map((d) => d.label)).toEqual(['withdrawal', 'floor', 'announced', 'full', 'no-tilt', 'dividends']);
    for (const d of DESIGNS) expect(scenarioFor(d, 'village', '/nowhere')).toMatch(new RegExp(`scenarios/${d.file}$`));
  });

  it('at county scale gives each design the county\'s villages and the design\'s own settings', async () => {
    const dir = tempDir('ipasim-designs-');
    const county = await load(scenarioFor(DESIGNS[2], 'county', dir));
    expect(county.name).toBe('yangqu-county');
    for (const d of DESIGNS.filter((x) => x.label !== 'announced')) {
      const village = await load(scenarioFor(d, 'village', dir)), laid = await load(scenarioFor(d, 'county', dir));
      expect(laid.villages, d.label).toEqual(county.villages);
      expect(laid.policy.instruments, d.label).toEqual(village.policy.instruments);
      expect(laid.collective, d.label).toEqual(village.collective);
      expect(laid.policy.lowIncome, d.label).toEqual(village.policy.lowIncome);
    }
  });
});
