/** The report's finding is generated from the numbers, in both languages, and claims an order only where the intervals allow one. */
import { describe, expect, it } from 'vitest';
import { MODE_KEYS, type ModeKey } from '../../src/engine/output.js';
import { finding } from '../../src/report/finding.js';
import { aggregateSummary } from '../../src/run/replicates.js';
import { fakeModeSummary, fakeSummary } from '../run/fixtures.js';

const DROPS: Record<string, number> = { shareholding: 12, cooperative: 3, individual: 9, employment: 6, all: 7 };
const RETURN: Record<string, number> = { shareholding: 0.04, cooperative: 0.01, individual: 0.2, employment: 0.02, all: 0.05 };

function replicated(noise: number, n = 5) {
  return aggregateSummary(Array.from({ length: n }, (_, r) => fakeSummary({
    seed: 1 + r,
    modes: MODE_KEYS.map((m: ModeKey, i) => fakeModeSummary(m, {
      incomeDropPct: DROPS[m] + noise * (r % 2 ? 1 : -1), returnToPovertyRate: RETURN[m],
      // Effects 300, 290, 280, 270 (fakeModeSummary), spread by the same noise.
      incomeEffectAfter: m === 'all' ? NaN : 300 - 10 * i + 10 * noise * (r % 2 ? 1 : -1),
    })),
  })));
}

describe('the finding at the top of a report', () => {
  it('names the modes that keep income best and worst, who falls back and the cost, from the numbers (English)', () => {
    expect(finding(replicated(0.1), 'en')).toBe(
      'After support is withdrawn (2022-2023), income per person falls least for cooperative households (3.0%) and most for shareholding households (12.0%); over 5 replicates the difference is clear. ' +
      'Against the same village without it, the shareholding mode adds most to its households\' income after withdrawal (300 yuan per person) and the employment mode least (270). ' +
      '5.0% of households that had left poverty fall back below the line at least once (highest among individual households: 20.0%). ' +
      'Support costs 1,501 yuan over the horizon, 25 yuan per registered household kept out of poverty.');
  });

  it('says the same in Chinese', () => {
    expect(finding(replicated(0.1), 'zh')).toBe(
      '帮扶退出（2022-2023年）后，合作社带动型农户人均纯收入降幅最小（3.0%），股份合作型农户最大（12.0%）；5次重复运行下差异明确。' +
      '与不提供该模式的同一村庄相比，退出后股份合作型对其农户收入的贡献最大（人均300元），就业带动型最小（270元）。' +
      '已脱贫农户中有5.0%至少一次重新跌入贫困线以下（最高为个体自主发展型农户：20.0%）。' +
      '帮扶在整个时期共花费1,501元，每户建档立卡户稳定脱贫的成本为25元。');
  });

  it('says a rise is a rise: never "falls by −1.3%" when one mode gains and another loses', () => {
    const mixed = aggregateSummary(Array.from({ length: 4 }, (_, r) => fakeSummary({
      seed: 1 + r,
      modes: MODE_KEYS.map((m: ModeKey) => fakeModeSummary(m, { incomeDropPct: (m === 'employment' ? -1.3 : 1.8) + 5 * (r % 2 ? 1 : -1) })),
    })));
    const en = finding(mixed, 'en'), zh = finding(mixed, 'zh');
    expect(en).toContain('income per person ranges from a rise of 1.3% (employment) to a fall of 1.8%');
    expect(en).not.toMatch(/falls by −/);
    expect(zh).toContain('各模式人均纯收入变化从增长1.3%（就业带动型）到下降1.8%');
  });

  it('claims no mode keeps income better when the intervals overlap, or with one replicate', () => {
    const overlapping = finding(replicated(9), 'en');
    expect(overlapping).toMatch(/the 95% intervals overlap, so no mode clearly keeps income better/);
    expect(overlapping).not.toMatch(/falls least/);
    expect(overlapping).toMatch(/adds most .* the intervals overlap, so the order is not clear/);
    expect(finding(fakeSummary(), 'en')).toMatch(/with one replicate there is no interval/);
    expect(finding(replicated(9), 'zh')).toMatch(/95%区间相互重叠/);
  });

  it('says income rose when no mode lost any', () => {
    const rising = aggregateSummary([1, 2].map((seed) => fakeSummary({ seed, modes: MODE_KEYS.map((m) => fakeModeSummary(m, { incomeDropPct: -5 - MODE_KEYS.indexOf(m) })) })));
    expect(finding(rising, 'en')).toMatch(/^After support is withdrawn, income per person does not fall in any mode; \S+ households gain most \(\d+\.\d%\)\./);
  });
});
