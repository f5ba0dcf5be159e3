/**
 * From the baseline's text to the three scenarios the worker runs: baseline + village patch
 * + the controls' patch, each a layer of an ordinary extends chain, loaded and validated by
 * the same code as the CLI's (src/scenario/from-text.ts). A mistake anywhere is a
 * ScenarioError naming file, line and field.
 */
import { stringify } from 'yaml';
import { ScenarioError } from '../../../src/scenario/errors.js';
import { loadScenarioText, refuseEmptyScenario, scenarioNameOf, withFileName, type ScenarioLibrary } from '../../../src/scenario/from-text.js';
import { withdrawalWindows } from '../../../src/engine/windows.js';
import { Scenario } from '../../../src/scenario/schema.js';
import { controlPatch, type ControlValues } from './bindings.js';
import { PATCHES, patchName, VILLAGES, type VillageKey } from './villages.js';

export interface Baseline {
  /** File name as the user knows it: `p-village.yaml`. */
  file: string;
  text: string;
}

/**
 * The most households the page simulates (three times over, in the worker): the Yangqu county
 * scenario (27,470) takes about 8 seconds in headless Chromium; much more is for the command line.
 */
export const MAX_HOUSEHOLDS = 30_000;

/** Validates the baseline alone (the "load scenario file" button); throws ScenarioError. */
export async function checkBaseline(baseline: Baseline, library: ScenarioLibrary): Promise<Scenario> {
  const { value, input } = await loadScenarioText(baseline.file, baseline.text, Scenario, { library });
  // As the command line: an empty, comment-only or null file is refused, never run as the defaults.
  refuseEmptyScenario(input, baseline.file);
  const households = value.villages.reduce((a, g) => a + g.count * g.households, 0);
  if (households > MAX_HOUSEHOLDS) {
    throw new ScenarioError([{
      file: baseline.file, path: ['villages'],
      message: `${households.toLocaleString('en')} households at the start; the page shows at most ${MAX_HOUSEHOLDS.toLocaleString('en')} (run this scenario with the command line: npx ipasim run ${baseline.file})`,
    }]);
  }
  return withFileName(value, input, baseline.file);
}

/** The resolved scenario of each run. */
export async function resolveRuns(baseline: Baseline, library: ScenarioLibrary, controls: ControlValues): Promise<Record<VillageKey, Scenario>> {
  const base = scenarioNameOf(baseline.file);
  const lib: Record<string, string> = { ...library, [base]: baseline.text };
  for (const [village, text] of Object.entries(PATCHES)) lib[patchName(village as keyof typeof PATCHES)] = text.replace('extends: BASELINE', `extends: ${base}`);
  const display = (n: string) => (n === base ? baseline.file : n.startsWith('village-') ? `${n} (patch)` : `scenarios/${n}.yaml`);
  // The last year of full support some controls follow: the slider's, or the year before the
  // baseline's own withdrawal (village patches hold policy only); its last year when it withdraws nothing.
  let lastSupportYear: number;
  if (controls.lastSupportYear !== undefined && controls.lastSupportYear !== '') lastSupportYear = Number(controls.lastSupportYear);
  else {
    const sc = (await loadScenarioText(baseline.file, baseline.text, Scenario, { library: lib, displayLibrary: display })).value;
    const start = withdrawalWindows(sc).start;
    lastSupportYear = start === null ? sc.time.end : start - 1;
  }
  const out = {} as Record<VillageKey, Scenario>;
  for (const village of VILLAGES) {
    const parent = village === 'baseline' ? base : patchName(village);
    const patch = controlPatch(controls, village, { lastSupportYear });
    const text = `extends: ${parent}\n${Object.keys(patch).length > 0 ? stringify(patch) : ''}`;
    const { value, input } = await loadScenarioText(`controls (${village})`, text, Scenario, { library: lib, displayLibrary: display });
    out[village] = withFileName(value, input, baseline.file);
  }
  return out;
}
