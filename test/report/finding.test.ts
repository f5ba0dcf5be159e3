/** The report's finding is generated from the numbers, in both languages, and claims an order only where the paired intervals allow one. */
import { describe, expect, it } from 'vitest';
import { MODE_KEYS, type ModeKey } from '../../src/engine/output.js';
import { finding } from '../../src/report/finding.js';
import { aggregateSummary } from '../../src/run/replicates.js';
import { fakeModeSummary, fakeSummary } from '../run/fixtures.js';

const SHOCK: Record<string, number> = { shareholding: 12, cooperative: 3, individual: 9, employment: 6, all: 7 };
const RETURN: Record<string, number> = { shareholding: 0.04, cooperative: 0.01, individual: 0.2, employment: 0.02, all: 0.05 };
/** A fixed pseudo-random number in [-1, 1) for replicate r and stream i: each mode's noise is its own. */
const wobble = (r: number, i: number) => { const x = Math.sin(12.9898 * (r + 1) + 78.233 * (i + 1)) * 43758.5453; return 2 * (x - Math.floor(x)) - 1; };

function replicated(noise: number, n = 5, over: (m: ModeKey, r: number, i: number) => Partial<ReturnType<typeof fakeModeSummary>> = () => ({})) {
  return aggregateSummary(Array.from({ length: n }, (_, r) => fakeSummary({
    seed: 1 + r,
    modes: MODE_KEYS.map((m: ModeKey, i) => fakeModeSummary(m, {
      incomeShockPct: SHOCK[m] + noise * wobble(r, i), incomeDropPct: SHOCK[m] - 5 + noise * wobble(r, i + 7),
      returnToPovertyRate: RETURN[m] + (noise / 100) * wobble(r, i + 3),
      incomeEffectAfter: m === 'all' ? NaN : 300 - 10 * i + 10 * noise * wobble(r, i + 11),
      ...over(m, r, i),
    })),
  })));
}

describe('the finding at the top of a report', () => {
  it('gives the shock and the windowed change, orders the modes by letters, and names the cost as the ratio it is (English)', () => {
    expect(finding(replicated(0.1), 'en')).toBe(
      'Support is withdrawn in 2022–2023. From 2021 to its lowest year in 2022–2024, income per person of all households falls by 7.0%; between the windows 2020–2021 and 2024 it falls by 2.0%. ' +
      'By the fall into the trough (smallest first), cooperative households come first, clearly ahead of every other mode over 5 replicates (cooperative a, employment b, individual c, shareholding d; modes sharing a letter cannot be told apart). ' +
      'Against the same village without it, each mode adds to its households\' income after withdrawal (yuan per person): shareholding 300, cooperative 290, individual 280, employment 270. ' +
      'By what the mode adds (largest first), shareholding households come first, clearly ahead of every other mode over 5 replicates (shareholding a, cooperative b, individual c, employment d; modes sharing a letter cannot be told apart). ' +
      'Of the households out of poverty in 2021, 5.0% fall below the line at least once in 2022–2024 (shareholding 4.0%, cooperative 1.0%, individual 20.0%, employment 2.0%). ' +
      'By households back below the line (fewest first), cooperative households come first, clearly ahead of every other mode over 5 replicates (cooperative a, employment b, shareholding c, individual d; modes sharing a letter cannot be told apart). ' +
      'Support costs 1,501 yuan over 2020-2024, 25 yuan per registered household above the line in 2024 (a ratio of the two, not the cost of keeping a household out of poverty: no run without support is made).');
  });

  it('says the same in Chinese', () => {
    expect(finding(replicated(0.1), 'zh')).toBe(
      '帮扶在2022–2023年退出。从2021年到2022–2024年中收入最低的一年，全部农户人均纯收入下降7.0%；在2020–2021年与2024年两个窗口之间下降2.0%。' +
      '按跌入低谷的降幅（由小到大），合作社带动型农户居首，5次重复运行下明显领先于其他各模式（合作社带动型 a、就业带动型 b、个体自主发展型 c、股份合作型 d；字母相同的模式无法区分）。' +
      '与不提供该模式的同一村庄相比，退出后各模式对其农户人均收入的贡献（元/人）：股份合作型 300、合作社带动型 290、个体自主发展型 280、就业带动型 270。' +
      '按模式的贡献（由大到小），股份合作型农户居首，5次重复运行下明显领先于其他各模式（股份合作型 a、合作社带动型 b、个体自主发展型 c、就业带动型 d；字母相同的模式无法区分）。' +
      '2021年已脱贫的农户中，有5.0%在2022–2024年至少一次跌入贫困线以下（股份合作型 4.0%、合作社带动型 1.0%、个体自主发展型 20.0%、就业带动型 2.0%）。' +
      '按返贫户比例（由低到高），合作社带动型农户居首，5次重复运行下明显领先于其他各模式（合作社带动型 a、就业带动型 b、股份合作型 c、个体自主发展型 d；字母相同的模式无法区分）。' +
      '2020-2024年帮扶共花费1,501元，按2024年收入不低于贫困线的建档立卡户计每户25元（两者之比，不是让一户稳定脱贫的成本：模型没有运行不提供帮扶的情形）。');
  });

  it('names no "highest" or "most" where the intervals overlap: the baseline\'s return to poverty (44.6% among individual households, ± 4.7)', () => {
    // The case: return to poverty 42.1 ± 2.9, 40.5 ± 4.8, 44.6 ± 4.7, 40.9 ± 3.1 over 10 replicates:
    // each mode's replicates are its mean plus a mean-zero pattern (its own order) scaled to that half-width.
    const rates: Record<string, number> = { shareholding: 0.421, cooperative: 0.405, individual: 0.446, employment: 0.409, all: 0.416 };
    const half: Record<string, number> = { shareholding: 0.029, cooperative: 0.048, individual: 0.047, employment: 0.031, all: 0.036 };
    const z = [-1.5, -1, -0.7, -0.3, -0.1, 0.1, 0.3, 0.7, 1, 1.5];
    const sd = Math.sqrt(z.reduce((a, x) => a + x * x, 0) / 9);
    const pattern = (r: number, i: number) => z[(r * [1, 3, 7, 9, 1][i] + 3 * i) % 10] / sd; // a permutation of z per mode
    const text = finding(replicated(0.1, 10, (m, r, i) => ({ returnToPovertyRate: rates[m] + ((half[m] * Math.sqrt(10)) / 2.262) * pattern(r, i) })), 'en');
    expect(text).not.toMatch(/highest among|gain most|most for/);
    expect(text).toContain('By households back below the line (fewest first), the modes cannot be told apart over 10 replicates');
    expect(finding(replicated(30), 'en')).toContain('By the fall into the trough (smallest first), the modes cannot be told apart over 5 replicates');
    expect(finding(replicated(30), 'zh')).toMatch(/各模式无法区分/);
  });

  it('ranks nothing from one replicate', () => {
    const one = finding(fakeSummary(), 'en');
    expect(one).toContain('With one replicate there is no interval, so the modes cannot be ranked by the fall into the trough');
    expect(one).not.toMatch(/come first/);
  });

  it('says a rise is a rise, never "falls by −1.3%"', () => {
    const rising = replicated(0.1, 4, () => ({ incomeShockPct: -1.3, incomeDropPct: -2 }));
    expect(finding(rising, 'en')).toContain('income per person of all households does not fall (it is 1.3% higher); between the windows 2020–2021 and 2024 it rises by 2.0%');
    expect(finding(rising, 'en')).not.toMatch(/falls by −/);
  });

  it('a scenario that withdraws nothing says so, and claims no before and after', () => {
    const none = { ...fakeSummary(), withdrawal: { rule: 'none' as const, withdrawn: [], start: null, complete: null, before: null, after: null, trough: null } };
    const text = finding(none, 'en');
    expect(text).toMatch(/^Nothing is withdrawn in this scenario/);
    expect(text).not.toMatch(/falls by|fall below the line at least once/);
  });
});
