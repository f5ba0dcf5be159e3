/**
 * Training is taken, not granted (docs/model.md §7.14): a household with access is trained only
 * when it takes training up (a draw on its awareness and agency that can fail) and has a member
 * at home to attend; "really" taking part in technical help is putting the training to work.
 */
import { describe, expect, it } from 'vitest';
import { MODE_BIT } from '../../src/engine/modes.js';
import { LI_FOLLOWED, LI_FOUND } from '../../src/engine/lowIncome.js';
import { TRAINED, TRAINED_LOW_INCOME, recordParticipation } from '../../src/engine/participation.js';
import { hashHouseholdYears, streamKeys } from '../../src/engine/random.js';
import { MEASURE, N_MEASURES } from '../../src/engine/sources.js';
import { createState } from '../../src/engine/state.js';
import { yearContext } from '../../src/engine/year.js';
import { smallScenario } from './helpers.js';

const YEAR = 2020, N = 400;
const sc = smallScenario();

/** N households with employment access, this technical awareness, agency and labor at home; the trained flags and real technical bits after one year. */
function train(awareness: number, V: number, labor: number, herdLabor = 0) {
  const s = createState(N);
  for (let h = 0; h < N; h++) {
    s.count++;
    s.hActive[h] = 1; s.hId[h] = s.nextId++;
    s.hAccess[h] = s.hModes[h] = MODE_BIT.employment;
    s.hAware[h * N_MEASURES + MEASURE.technical] = awareness; s.hV[h] = V; s.hLabor[h] = labor; s.hHerdLabor[h] = herdLabor;
  }
  hashHouseholdYears(s.hId, s.count, streamKeys(7).households, YEAR, s.hYearHash);
  recordParticipation(s, sc, yearContext(sc, YEAR));
  let trained = 0, real = 0;
  for (let h = 0; h < N; h++) { trained += s.hTrained[h]; real += (s.hReal[h] >> MEASURE.technical) & 1; }
  return { trained: trained / N, real: real / N };
}

describe('training taken', () => {
  it('the take-up can fail: fully aware households with full agency mostly take training, unaware ones with none rarely do', () => {
    const keen = train(1, 1, 1), unaware = train(0, 0, 1);
    expect(keen.trained).toBeGreaterThan(0.9);
    expect(unaware.trained).toBeLessThan(0.05);
  });

  it('nobody attends without a member at home able to work', () => {
    expect(train(1, 1, 0.1).trained).toBe(0);
  });

  it('technical help is really taken part in only when the training is put to work', () => {
    const idle = train(1, 1, 1), keepers = train(1, 1, 1, 0.5);
    expect(idle.real).toBe(0);
    expect(keepers.real).toBe(keepers.trained);
  });
});

describe('training after the transition', () => {
  /** N followed low-income households with no mode, eager to train, able to work (or not); the trained flags after a year in `year`. */
  function followed(targeting: 'low-income' | 'modes', year: number, able = true, bits = LI_FOUND | LI_FOLLOWED) {
    const sc2 = smallScenario({ time: { end: 2035 }, policy: { lowIncome: { targeting: { training: targeting } } } });
    const s = createState(N);
    for (let h = 0; h < N; h++) {
      s.count++;
      s.hActive[h] = 1; s.hId[h] = s.nextId++; s.hAccess[h] = s.hModes[h] = 0;
      s.hAware[h * N_MEASURES + MEASURE.technical] = 1; s.hV[h] = 1; s.hLabor[h] = 1;
      s.hResident[h] = 2; s.hResidentLabor[h] = able ? 1 : 0; s.hLowIncome[h] = bits;
    }
    hashHouseholdYears(s.hId, s.count, streamKeys(7).households, year, s.hYearHash);
    recordParticipation(s, sc2, yearContext(sc2, year));
    return Array.from(s.hTrained.subarray(0, N));
  }

  it('reaches followed low-income households able to work, without a mode, when training targets the low-income population', () => {
    const t = followed('low-income', 2027);
    expect(t.filter((x) => x === (TRAINED | TRAINED_LOW_INCOME)).length).toBeGreaterThan(0.9 * N);
    expect(t.every((x) => x === 0 || x === (TRAINED | TRAINED_LOW_INCOME))).toBe(true);
  });

  it('not by the modes\' rule, not before the low-income monitoring runs, not to households that cannot work or that the cadres do not follow', () => {
    expect(followed('modes', 2027).some((x) => x > 0)).toBe(false);
    expect(followed('low-income', 2025).some((x) => x > 0)).toBe(false);
    expect(followed('low-income', 2027, false).some((x) => x > 0)).toBe(false);
    expect(followed('low-income', 2027, true, LI_FOUND).some((x) => x > 0)).toBe(false);
  });
});
