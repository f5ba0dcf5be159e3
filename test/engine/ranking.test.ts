import { describe, expect, it } from 'vitest';
import { MODE_KEYS, type ModeSummary } from '../../src/engine/output.js';
import { rankModes } from '../../src/engine/ranking.js';
import { fakeModeSummary } from '../run/fixtures.js';

const modes = (f: (mode: string, i: number) => Partial<ModeSummary>) => MODE_KEYS.map((m, i) => fakeModeSummary(m, f(m, i)));
const orderOf = (ms: ModeSummary[], criterion: string) => rankModes(ms).find((r) => r.criterion === criterion)!.order;

describe('ranking the modes', () => {
  it('ranks the four modes (never all) by every criterion, in the documented order', () => {
    const r = rankModes(modes(() => ({})));
    expect(r.map((x) => x.criterion)).toEqual(['incomeAfter', 'incomeEffectAfter', 'incomeShockPct', 'incomeDropPct', 'returnToPovertyRate', 'empowerment', 'hematopoiesisShare']);
    for (const x of r) expect([...x.order].sort()).toEqual(['cooperative', 'employment', 'individual', 'shareholding']);
  });

  it('puts the higher figure first where higher is better and the lower where lower is better', () => {
    const values = [3, 1, 4, 2, 0]; // shareholding, cooperative, individual, employment, all
    const ms = modes((_, i) => ({ incomeAfter: values[i], incomeDropPct: values[i], returnToPovertyRate: values[i], hematopoiesisShare: values[i], R: values[i], K: 0, V: 0 }));
    const up = ['individual', 'shareholding', 'employment', 'cooperative'], down = [...up].reverse();
    expect(orderOf(ms, 'incomeAfter')).toEqual(up);
    expect(orderOf(ms, 'empowerment')).toEqual(up);
    expect(orderOf(ms, 'hematopoiesisShare')).toEqual(up);
    expect(orderOf(ms, 'incomeDropPct')).toEqual(down);
    expect(orderOf(ms, 'returnToPovertyRate')).toEqual(down);
  });

  it('scores empowerment by the mean of R, K and V', () => {
    // cooperative has the best R alone but the worst mean.
    const rkv: Record<string, [number, number, number]> = { shareholding: [0.5, 0.5, 0.5], cooperative: [0.9, 0.1, 0.1], individual: [0.4, 0.4, 0.4], employment: [0.3, 0.6, 0.6] };
    const ms = modes((m) => (m in rkv ? { R: rkv[m][0], K: rkv[m][1], V: rkv[m][2] } : {}));
    expect(orderOf(ms, 'empowerment')).toEqual(['shareholding', 'employment', 'individual', 'cooperative']);
  });

  it('breaks ties by mode order and puts undefined figures last', () => {
    const ms = modes((m) => ({ incomeAfter: m === 'cooperative' ? NaN : 100, incomeDropPct: m === 'shareholding' ? NaN : 5 }));
    expect(orderOf(ms, 'incomeAfter')).toEqual(['shareholding', 'individual', 'employment', 'cooperative']);
    expect(orderOf(ms, 'incomeDropPct')).toEqual(['cooperative', 'individual', 'employment', 'shareholding']);
  });

  it('orders ties by mode order whatever the order of the input', () => {
    const ms = modes(() => ({ incomeAfter: 1 })).reverse();
    expect(orderOf(ms, 'incomeAfter')).toEqual(['shareholding', 'cooperative', 'individual', 'employment']);
  });
});
