import { describe, expect, it } from 'vitest';
import { parseExpression, refsOf } from '../../src/calibrate/expression.js';
import { checkRef, indexOutputs, latestYear, refValue } from '../../src/calibrate/outputs.js';
import type { RunResult } from '../../src/engine/output.js';

const run = {
  survey: [{ table: 'T2', item: 'registered', category: 'yes', unit: 'percent', model: 82, target: 80.8 }],
  yearly: [2019, 2020, 2021].flatMap((year) => [
    { year, mode: 'all', group: 'all', metric: 'incomeMean', value: year - 2000 },
    { year, mode: 'all', group: 'registered', metric: 'incomeMean', value: 2 * (year - 2000) },
  ]),
  summary: { years: { start: 2016, end: 2035, survey: 2021 }, withdrawal: { before: [2023, 2025] }, fiscal: { total: 5 }, modes: [{ mode: 'all', incomeBefore: 4000, incomeAfter: 3000, povertyRateEnd: null }] },
} as unknown as RunResult;
const o = indexOutputs(run);
const ref = (text: string) => refsOf(parseExpression(text))[0];

describe('run outputs as targets read them', () => {
  it('reads a survey cell, a yearly value, a window mean and a summary figure', () => {
    expect(refValue(o, ref("survey('T2', 'registered', 'yes')"))).toBe(82);
    expect(refValue(o, ref("yearly('incomeMean', year=2020, group='registered')"))).toBe(40);
    expect(refValue(o, ref("yearly('incomeMean', from=2019, to=2021)"))).toBe(20);
    expect(refValue(o, ref("summary('incomeBefore', mode='all')"))).toBe(4000);
    expect(refValue(o, ref("summary('fiscal.total')"))).toBe(5);
    expect(refValue(o, ref("summary('povertyRateEnd', mode='all')"))).toBeNaN();
  });

  it('says what is missing and what exists, with a did-you-mean', () => {
    expect(checkRef(o, ref("yearly('incomeMaen', year=2020)"))).toMatch(/no metric "incomeMaen" \(did you mean "incomeMean"\?\); it has: incomeMean/);
    expect(checkRef(o, ref("yearly('incomeMean', year=2020, group='registred')"))).toMatch(/no group "registred" \(did you mean "registered"\?\)/);
    expect(checkRef(o, ref("yearly('incomeMean', from=2018, to=2020)"))).toMatch(/no year 2018: the run covers 2019-2021/);
    expect(checkRef(o, ref("survey('T2', 'registered', 'no')"))).toMatch(/no cell T2 \/ registered \/ no/);
    expect(checkRef(o, ref("summary('incomeBefor', mode='all')"))).toMatch(/\(mode all\) has no number "incomeBefor" \(did you mean "incomeBefore"\?\)/);
    expect(checkRef(o, ref("summary('fiscal.total')"))).toBeUndefined();
    expect(checkRef(o, ref("summary('povertyRateEnd', mode='all')"))).toBeUndefined(); // defined in other runs
  });

  it('dates each accessor: window end, survey year, before-window, start, else the end of the run', () => {
    expect(latestYear(o, ref("yearly('incomeMean', from=2019, to=2021)"))).toBe(2021);
    expect(latestYear(o, ref("survey('T2', 'registered', 'yes')"))).toBe(2021);
    expect(latestYear(o, ref("summary('incomeBefore', mode='all')"))).toBe(2025);
    expect(latestYear(o, ref("summary('population.personsStart')"))).toBe(2016);
    expect(latestYear(o, ref("summary('incomeAfter', mode='all')"))).toBe(2035);
    expect(latestYear(o, ref("summary('somethingNew')"))).toBe(2035);
  });
});
