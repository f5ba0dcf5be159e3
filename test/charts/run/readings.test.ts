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
import { aggregateSummary } from '../../../src/run/replicates.js';
import { fakeModeSummary, fakeSummary } from '../../run/fixtures.js';
import { fixtureRun, fixtureSummary } from '../run-fixture.js';

const en = messages('en'), zh = messages('zh');

describe('run readings', () => {
  const data = fixtureRun();

  it('income: the fall into the trough of all households and by mode, one replicate ranking nothing, and the modes against the line', () => {
    expect(incomeFigure.reading(data, en)).toBe('From 2021 to its lowest year in 2022–2024, income per person of all households fell by 10.9% (by mode: shareholding 14.9%, cooperative 13.9%, individual 12.9%, employment 11.9%; negative: no fall). With one replicate there is no interval, so the modes are not ranked by the fall into the trough (smallest first). In 2024 the modes\' income per person stood at 1.25 to 1.32 times the poverty line.');
    expect(incomeFigure.reading(data, zh)).toBe('从2021年到2022–2024年中收入最低的一年，全部农户人均纯收入下降10.9%（各模式：股份合作型 14.9%、合作社带动型 13.9%、个体自主发展型 12.9%、就业带动型 11.9%；负值表示没有下降）。只有一次运行，没有区间，因此不按跌入低谷的降幅（由小到大）给各模式排序。2024年，各模式人均纯收入为贫困线的1.25至1.32倍。');
  });

  it('income: a rise is said as one, and a scenario that withdraws nothing says so', () => {
    const s = fixtureSummary();
    s.modes = MODE_KEYS.map((m, i) => fakeModeSummary(m, { incomeShockPct: -2 - i }));
    expect(incomeFigure.reading(fixtureRun({ summary: s }), en)).toMatch(/^From 2021 to its lowest year in 2022–2024, income per person of all households did not fall \(it stayed 6\.0% higher\)/);
    const none = { ...fixtureSummary(), withdrawal: { rule: 'none' as const, withdrawn: [], start: null, complete: null, before: null, after: null, trough: null } };
    expect(incomeFigure.reading(fixtureRun({ summary: none }), en)).toMatch(/^Nothing is withdrawn in this scenario/);
  });

  it('composition: each mode\'s self-made share, no rank from one replicate, and the shift since before withdrawal', () => {
    expect(compositionFigure.reading(data, en)).toBe('In 2024 the share of income households made themselves was shareholding 60.0%, cooperative 62.0%, individual 64.0%, employment 66.0%; the rest came from transfers. With one replicate there is no interval, so the modes are not ranked by the self-made share (highest first). Across all households the self-made share moved from 50.0% in 2021 to 70.0% in 2024.');
  });

  it('poverty: persons below the line by mode and households back below it, each saying what it counts', () => {
    expect(povertyFigure.reading(data, en)).toBe('In 2024, 5.0% of persons lived below the poverty line (persons in households of each mode: shareholding 1.0%, cooperative 2.0%, individual 3.0%, employment 4.0%). With one replicate there is no interval, so the modes are not ranked by the share of persons below the line (lowest first). Of the households out of poverty in 2021, 10.0% fell below the line at least once in 2022–2024 (shareholding 2.0%, cooperative 4.0%, individual 6.0%, employment 8.0%). With one replicate there is no interval, so the modes are not ranked by households back below the line (fewest first).');
  });

  it('poverty: no return to poverty is said plainly', () => {
    const s = fixtureSummary();
    s.modes = MODE_KEYS.map((m) => fakeModeSummary(m, { returnToPovertyRate: 0 }));
    expect(povertyFigure.reading(fixtureRun({ summary: s }), en)).toContain('No household that had left poverty fell back below the line after withdrawal.');
  });

  it('empowerment: each mode\'s mean of R, K and V, with no rank or weakest level from one replicate', () => {
    expect(empowermentFigure.reading(data, en)).toBe('In 2024 the mean of R, K and V was shareholding 0.40, cooperative 0.41, individual 0.42, employment 0.43. With one replicate there is no interval, so the modes are not ranked by the mean of R, K and V (highest first).');
  });

  it('with replicates the readings rank modes only where every pair\'s interval says so', () => {
    // Five replicates: employment's self-made share steadily 5 points above the others, the others tied but noisy.
    const reps = [1, 2, 3, 4, 5].map((seed) => fakeSummary({ seed, modes: MODE_KEYS.map((m) => fakeModeSummary(m, { hematopoiesisShare: 0.6 + (m === 'employment' ? 0.05 : 0) + 0.01 * Math.sin(seed * (1 + MODE_KEYS.indexOf(m))) })) }));
    const d = fixtureRun({ summary: aggregateSummary(reps) });
    expect(compositionFigure.reading(d, en)).toContain('By the self-made share (highest first), over 5 replicates the modes group as employment a, ');
    expect(compositionFigure.reading(d, en)).toMatch(/employment a, \S+ b, \S+ b, \S+ b \(modes sharing a letter cannot be told apart\)/);
  });

  it('participation: nominal against real, benefits of registered against other households, elite share', () => {
    expect(participationFigure.reading(data, en)).toBe('In 2021 households took part nominally in 50% of the eight measures but really worked at 25%. Registered-poor households received 600 yuan per person in program benefits in 2021, other households 300; 20.0% of benefits went to households with a cadre or party member.');
  });

  it('fiscal: the total, the largest item, and the cost per registered household not poor named as the ratio it is', () => {
    expect(fiscalFigure.reading(data, en)).toBe('From 2020 to 2024 support cost 20,000 yuan; the largest item was minimum living guarantee (75.0%). Divided by the registered households above the line in 2024, that is 250 yuan each: a ratio, not what keeping a household out of poverty cost.');
    expect(fiscalFigure.reading(data, zh)).toBe('2020-2024年帮扶共花费20,000元，最大的一项是最低生活保障（75.0%）。除以2024年收入不低于贫困线的建档立卡户数，每户250元：这只是比值，不是让一户稳定脱贫的成本。');
  });

  it('survey: mean gaps of Tables 2 and 4 and the largest gap', () => {
    expect(surveyFigure.reading(data, en)).toBe('The virtual survey is within 4.0 percentage points of the field survey on household profile (Table 2, mean gap) and 5.0 on income sources named (Table 4); the largest gap is names as main source: wages (10.0 points).');
  });

  it('a figure with nothing to read says nothing rather than inventing numbers', () => {
    const s = fixtureSummary();
    s.modes = MODE_KEYS.map((m) => fakeModeSummary(m, { incomeShockPct: NaN, R: NaN, K: NaN, V: NaN, hematopoiesisShare: NaN }));
    const d = fixtureRun({ summary: s });
    expect(incomeFigure.reading(d, en)).not.toMatch(/fell/);
    expect(empowermentFigure.reading(d, en)).toBe('');
  });
});
