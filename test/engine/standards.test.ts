import { describe, expect, it } from 'vitest';
import { priceLevel } from '../../src/engine/prices.js';
import { dibaoStandard, monitoringThreshold, pensionPerPerson, publishedDibaoStandard, tekunStandard } from '../../src/engine/standards.js';
import { yearContext } from '../../src/engine/year.js';
import { Scenario } from '../../src/scenario/schema.js';

const sc = Scenario.parse({});
const p = sc.policy;

describe('the published standards, in 2020 yuan', () => {
  it('the pension is Shanxi\'s basic pension of the year, deflated, plus the personal account, twelve months', () => {
    expect(pensionPerPerson(sc, 2018)).toBeCloseTo(12 * (103 / priceLevel(sc, 2018) + p.pension.personalAccount), 9);
    expect(pensionPerPerson(sc, 2024)).toBeCloseTo(12 * (143 / priceLevel(sc, 2024) + p.pension.personalAccount), 9);
    // The central rises of 2018 and 2024 raise the real pension; none is frozen after 2020.
    expect(pensionPerPerson(sc, 2018)).toBeGreaterThan(pensionPerPerson(sc, 2017));
    expect(pensionPerPerson(sc, 2025)).toBeGreaterThan(pensionPerPerson(sc, 2021));
  });

  it('after its last data year the basic pension grows at its real rate', () => {
    const s = Scenario.parse({ policy: { pension: { realGrowthAfter: 0.05, personalAccount: 0 } } });
    expect(pensionPerPerson(s, 2030) / pensionPerPerson(s, 2029)).toBeCloseTo(1.05, 12);
  });

  it('the guarantee\'s standard is the national rural standard scaled to Shanxi, deflated, and rises after 2020', () => {
    expect(publishedDibaoStandard(sc, 2020)).toBeCloseTo(p.minimumLiving.provinceRatio * 5962.3, 6);
    expect(publishedDibaoStandard(sc, 2024)).toBeCloseTo(p.minimumLiving.provinceRatio * 7126.8 / priceLevel(sc, 2024), 6);
    expect(publishedDibaoStandard(sc, 2023)).toBeCloseTo(p.minimumLiving.provinceRatio * (6985.2 + 7126.8) / 2 / priceLevel(sc, 2023), 6);
    expect(publishedDibaoStandard(sc, 2030) / publishedDibaoStandard(sc, 2029)).toBeCloseTo(1 + p.minimumLiving.realGrowthAfter, 12);
    expect(publishedDibaoStandard(sc, 2025)).toBeGreaterThan(publishedDibaoStandard(sc, 2020));
  });

  it('the guarantee\'s standard paid follows its instrument\'s level; extreme-poverty support is 1.3 times the published standard at its own level', () => {
    expect(dibaoStandard(sc, 2030, 0.6)).toBeCloseTo(0.6 * publishedDibaoStandard(sc, 2030), 9);
    expect(tekunStandard(sc, 2020, 1)).toBeCloseTo(1.3 * publishedDibaoStandard(sc, 2020), 9);
    expect(tekunStandard(sc, 2020, 0)).toBe(0);
  });

  it('stood above the poverty line in the campaign\'s last years, as the rules of 2016-2020 required', () => {
    for (const year of [2019, 2020]) expect(publishedDibaoStandard(sc, year)).toBeGreaterThan(yearContext(sc, year).line);
  });

  it('the monitoring threshold is 1.5 times the line to 2020, the published threshold from 2021, and grows at its real rate after 2025', () => {
    expect(monitoringThreshold(sc, 2020, 4000)).toBeCloseTo(4000 * (1 + p.monitoringBand), 9);
    expect(monitoringThreshold(sc, 2021, 4000)).toBeCloseTo(6000 / priceLevel(sc, 2021), 9);
    expect(monitoringThreshold(sc, 2024, 4000)).toBeCloseTo(7300 / priceLevel(sc, 2024), 9);
    expect(monitoringThreshold(sc, 2028, 4000) / monitoringThreshold(sc, 2027, 4000)).toBeCloseTo(1 + p.monitoring.thresholdGrowthAfter, 12);
  });

  it('the year\'s context carries them, at the instruments\' levels', () => {
    const folded = Scenario.parse({ policy: { instruments: { pension: { end: 2025, path: 'fold', to: 0.5 }, livingSupport: { end: 2025, path: 'fold', to: 0.5 } } } });
    const y = yearContext(folded, 2030);
    expect(y.pension).toBeCloseTo(0.5 * pensionPerPerson(folded, 2030), 9);
    expect(y.dibaoStandard).toBeCloseTo(0.5 * publishedDibaoStandard(folded, 2030), 9);
    expect(y.tekunStandard).toBeCloseTo(tekunStandard(folded, 2030, 1), 9);
    expect(y.monitoringThreshold).toBeCloseTo(monitoringThreshold(folded, 2030, y.line), 9);
  });
});
