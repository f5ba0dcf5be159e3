/** The sentence each run figure reads from its data, checked on the hand-made run of run-fixture.ts. */
import { describe, expect, it } from 'vitest';
import { compositionFigure } from '../../../src/charts/run/composition-figure.js';
import { empowermentFigure } from '../../../src/charts/run/empowerment-figure.js';
import { fiscalFigure } from '../../../src/charts/run/fiscal-figure.js';
import { incomeFigure } from '../../../src/charts/run/income-figure.js';
import { participationFigure } from '../../../src/charts/run/participation-figure.js';
import { povertyFigure } from '../../../src/charts/run/poverty-figure.js';
import { surveyFigure } from '../../../src/charts/run/survey-figure.js';
import { MODE_KEYS } from '../../../src/engine/output.js';
import { messages } from '../../../src/report/messages.js';
import { fakeModeSummary } from '../../run/fixtures.js';
import { fixtureRun, fixtureSummary } from '../run-fixture.js';

const en = messages('en'), zh = messages('zh');

describe('run readings', () => {
  const data = fixtureRun();

  it('income: the largest and smallest drop after withdrawal, and the lowest mode against the poverty line', () => {
    expect(incomeFigure.reading(data, en)).toBe('After support was withdrawn (2022-2023), shareholding households lost 10.9% of their income per person and employment households 7.9%; all households together 6.9%. In 2024 the lowest mode (shareholding) stood at 1.25 times the poverty line.');
    expect(incomeFigure.reading(data, zh)).toBe('帮扶退出（2022-2023年）后，股份合作型农户人均纯收入下降10.9%，就业带动型农户下降7.9%；全部农户下降6.9%。2024年，收入最低的模式（股份合作型）为贫困线的1.25倍。');
  });

  it('income: says so when no mode lost income', () => {
    const s = fixtureSummary();
    s.modes = MODE_KEYS.map((m, i) => fakeModeSummary(m, { incomeDropPct: -2 - i }));
    expect(incomeFigure.reading(fixtureRun({ summary: s }), en)).toMatch(/^Income per person did not fall in any mode after withdrawal; employment households gained most \(5\.0%\)\./);
  });

  it('composition: the most and least self-reliant modes, and the shift since before withdrawal', () => {
    expect(compositionFigure.reading(data, en)).toBe('In 2024, employment households made 66.0% of their income themselves, shareholding households 60.0%; the rest came from transfers. Across all households the self-made share moved from 50.0% in 2021 to 70.0% in 2024.');
  });

  it('poverty: the end-year headcount with the worst mode, and the worst return-to-poverty rate', () => {
    expect(povertyFigure.reading(data, en)).toBe('In 2024, 5.0% of persons lived below the poverty line; the highest share was among employment households (4.0%). After withdrawal, 8.0% of employment households that had left poverty fell back at least once (all households: 10.0%).');
  });

  it('poverty: no return to poverty is said plainly', () => {
    const s = fixtureSummary();
    s.modes = MODE_KEYS.map((m) => fakeModeSummary(m, { returnToPovertyRate: 0 }));
    expect(povertyFigure.reading(fixtureRun({ summary: s }), en)).toContain('No household that had left poverty fell back below the line after withdrawal.');
  });

  it('empowerment: the best and worst mode on the mean of R, K and V, and the weakest level', () => {
    expect(empowermentFigure.reading(data, en)).toBe('In 2024, employment households scored highest on average over R, K and V (0.43), shareholding households lowest (0.40); the weakest level overall is V values and agency.');
  });

  it('participation: nominal against real, benefits of registered against other households, elite share', () => {
    expect(participationFigure.reading(data, en)).toBe('In 2021 households took part nominally in 50% of the eight measures but really worked at 25%. Registered-poor households received 700 yuan per person in program benefits in 2021, other households 350; 20.0% of benefits went to households with a cadre or party member.');
  });

  it('fiscal: the total, the largest item and the cost per household kept out', () => {
    expect(fiscalFigure.reading(data, en)).toBe('From 2020 to 2024 support cost 20,000 yuan; the largest item was minimum living guarantee (75.0%). Each registered household kept out of poverty cost 250 yuan.');
    expect(fiscalFigure.reading(data, zh)).toBe('2020-2024年帮扶共花费20,000元，最大的一项是最低生活保障（75.0%）。每户建档立卡户稳定脱贫的成本为250元。');
  });

  it('survey: mean gaps of Tables 2 and 4 and the largest gap', () => {
    expect(surveyFigure.reading(data, en)).toBe('The virtual survey is within 4.0 percentage points of the field survey on household profile (Table 2, mean gap) and 5.0 on income sources named (Table 4); the largest gap is names as main source: wages (10.0 points).');
  });

  it('a figure with nothing to read says nothing rather than inventing numbers', () => {
    const s = fixtureSummary();
    s.modes = MODE_KEYS.map((m) => fakeModeSummary(m, { incomeDropPct: NaN, R: NaN, K: NaN, V: NaN, hematopoiesisShare: NaN }));
    const d = fixtureRun({ summary: s });
    expect(incomeFigure.reading(d, en)).not.toMatch(/lost/);
    expect(empowermentFigure.reading(d, en)).toBe('');
  });
});
