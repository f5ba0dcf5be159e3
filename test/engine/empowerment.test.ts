/**
 * Empowerment (docs/model.md §7.17) on hand-made households: V follows practice, real
 * participation and voice, never the share of income that arrives as transfers; R measures the
 * resources a household holds and uses, not the programmes it joined; K grows from work, and
 * from training only when the training is taken and put to work.
 */
import { describe, expect, it } from 'vitest';
import { stepEmpowerment } from '../../src/engine/empowerment.js';
import { WORKED_JOB, WORKED_WELFARE } from '../../src/engine/labor.js';
import { MODE_BIT } from '../../src/engine/modes.js';
import { TRAINED, TRAINED_LOW_INCOME } from '../../src/engine/participation.js';
import { MEASURE, N_MEASURES, N_SOURCES, SRC, type Source } from '../../src/engine/sources.js';
import { SLOTS, createState, type State } from '../../src/engine/state.js';
import { yearContext } from '../../src/engine/year.js';
import { smallScenario } from './helpers.js';

const YEAR = 2020;
const sc = smallScenario();
const ALL_MEASURES = (1 << N_MEASURES) - 1;

/** What a hand-made household holds and does this year; everything unset is 0. */
interface HH {
  K?: number; V?: number; R?: number; headAge?: number;
  income?: Partial<Record<Source, number>>;
  herdLabor?: number; coopLabor?: number; farmLabor?: number; posts?: number; business?: 0 | 1;
  coop?: 0 | 1; connected?: 0 | 1; trained?: number; access?: number;
  nominal?: number; real?: number;
  land?: number; herd?: number; savings?: number; debt?: number; home?: number;
}

function build(hh: HH[]): State {
  const s = createState(hh.length);
  hh.forEach((x, h) => {
    s.count++;
    s.hActive[h] = 1; s.hId[h] = s.nextId++; s.hHead[h] = 0;
    s.pAlive[h * SLOTS] = 1; s.pAge[h * SLOTS] = x.headAge ?? 45;
    s.hSize[h] = s.hResident[h] = s.hHome[h] = x.home ?? 2;
    s.hK[h] = x.K ?? 0.4; s.hV[h] = x.V ?? 0.4; s.hR[h] = x.R ?? 0.4;
    for (const [src, v] of Object.entries(x.income ?? {}) as [Source, number][]) s.hIncome[h * N_SOURCES + SRC[src]] = v;
    s.hHerdLabor[h] = x.herdLabor ?? 0; s.hCoopLabor[h] = x.coopLabor ?? 0; s.hFarmLabor[h] = x.farmLabor ?? 0;
    s.hPostsWorked[h] = x.posts ?? 0; s.hBusiness[h] = x.business ?? 0;
    s.hCoop[h] = x.coop ?? 0; s.hConnected[h] = x.connected ?? 0; s.hTrained[h] = x.trained ?? 0;
    s.hAccess[h] = s.hModes[h] = x.access ?? 0;
    s.hNominal[h] = x.nominal ?? 0; s.hReal[h] = x.real ?? 0;
    s.hLand[h] = x.land ?? 0; s.hHerd[h] = x.herd ?? 0; s.hSavings[h] = x.savings ?? 0; s.hDebt[h] = x.debt ?? 0;
  });
  return s;
}

/** R, K and V of each household after one year's empowerment step. */
function step(hh: HH[], over = sc) {
  const s = build(hh);
  stepEmpowerment(s, over, yearContext(over, YEAR));
  return hh.map((_, h) => ({ R: s.hR[h], K: s.hK[h], V: s.hV[h] }));
}

const TRANSFERS: Partial<Record<Source, number>> = { dividends: 3000, livingSupport: 4000, pension: 2000, grants: 1500 };
const SELF_MADE: Partial<Record<Source, number>> = { planting: 3000 };

describe('values and agency (V)', () => {
  it('withdrawing support alone does not raise V: the same practice, participation and voice give the same V with or without transfers', () => {
    const households: HH[] = [
      { income: { ...SELF_MADE, ...TRANSFERS } }, { income: SELF_MADE }, // passive
      { herdLabor: 0.5, income: { ...SELF_MADE, ...TRANSFERS } }, { herdLabor: 0.5, income: SELF_MADE }, // runs its own herd
      { coop: 1, income: TRANSFERS }, { coop: 1 }, // a say in the cooperative only
    ];
    const out = step(households);
    for (let i = 0; i < households.length; i += 2) expect(out[i].V).toBe(out[i + 1].V);
  });

  it('a household that neither practises, takes part nor has a say loses agency, whether or not it receives transfers ("waiting for need", 001 §4.1.3)', () => {
    const [withSupport, without] = step([{ income: TRANSFERS, V: 0.5 }, { income: SELF_MADE, V: 0.5 }]);
    expect(withSupport.V).toBeLessThan(0.5);
    expect(without.V).toBeLessThan(0.5);
  });

  it('practice, real participation and voice each raise V above a passive household\'s, practice the most', () => {
    const real = (1 << MEASURE.infrastructure) | (1 << MEASURE.material);
    const [passive, practice, participation, voice, dividendsOnly] = step([
      {},
      { posts: WORKED_JOB },
      { real, nominal: real },
      { connected: 1 },
      { real: 1 << MEASURE.dividends, nominal: 1 << MEASURE.dividends, income: { dividends: 3000 } },
    ]);
    expect(participation.V).toBeGreaterThan(passive.V);
    expect(voice.V).toBeGreaterThan(passive.V);
    expect(practice.V).toBeGreaterThan(Math.max(participation.V, voice.V));
    // Receiving dividends is participation without practice: it is no agency (001 §4.2, shareholding).
    expect(dividendsOnly.V).toBe(passive.V);
  });
});

describe('resources and opportunities (R)', () => {
  it('programmes joined do not raise R: a household enrolled in every measure with nothing held or used keeps the R of one enrolled in none', () => {
    const [enrolled, none] = step([{ nominal: ALL_MEASURES, real: 1 << MEASURE.dividends, income: { dividends: 3000 } }, {}]);
    expect(enrolled.R).toBe(none.R);
    expect(none.R).toBe(0);
  });

  it('R rises with each resource held and used: land farmed, a herd, savings, market access and skills in use', () => {
    const mu = sc.economy.planting.muPerWorker, heads = sc.economy.breeding.headsPerWorker, year = sc.economy.finance.consumptionPerPerson;
    const [none, land, herd, savings, market, skills, all] = step([
      { land: mu },
      { land: mu, farmLabor: 1 },
      { herd: heads },
      { savings: year * 2, home: 2 },
      { coop: 1, coopLabor: 0.5, K: 0 },
      { business: 1, K: 0.8 },
      { land: mu, farmLabor: 1, herd: heads, herdLabor: 1, savings: year * 2, home: 2, business: 1, K: 1 },
    ]);
    expect(none.R).toBe(0); // land held but rented out is not land farmed
    for (const r of [land, herd, savings, market]) expect(r.R).toBeCloseTo(0.2, 6);
    expect(skills.R).toBeCloseTo(0.2 + 0.2 * 0.8, 6); // a business is market access, its skill is in use
    expect(all.R).toBeCloseTo(1, 6);
  });

  it('debt is not a resource: savings count net of debt', () => {
    const year = sc.economy.finance.consumptionPerPerson;
    const [saver, indebted] = step([{ savings: year, home: 1 }, { savings: year, debt: year, home: 1 }]);
    expect(saver.R).toBeCloseTo(0.2, 6);
    expect(indebted.R).toBe(0);
  });
});

describe('knowledge and skills (K)', () => {
  it('training taken but not put to work adds no skill: a trained household with employment access that practises nothing loses K like an untrained one', () => {
    const [trained, untrained] = step([
      { trained: 1, access: MODE_BIT.employment | MODE_BIT.cooperative, K: 0.4 },
      { access: MODE_BIT.employment | MODE_BIT.cooperative, K: 0.4 },
    ]);
    expect(trained.K).toBe(untrained.K);
    expect(trained.K).toBeLessThan(0.4);
  });

  it('work builds skill, and training taken adds to it when a member works', () => {
    const [idle, works, worksTrained] = step([
      { access: MODE_BIT.employment, K: 0.4 },
      { access: MODE_BIT.employment, posts: WORKED_JOB, K: 0.4 },
      { access: MODE_BIT.employment, posts: WORKED_JOB, trained: 1, K: 0.4 },
    ]);
    expect(works.K).toBeGreaterThan(idle.K);
    expect(worksTrained.K).toBeGreaterThan(works.K);
  });

  it('a public-welfare post is not skilled practice: it neither builds K nor puts training to work', () => {
    const [post, idle] = step([
      { access: MODE_BIT.employment, posts: WORKED_WELFARE, trained: 1, K: 0.4 },
      { access: MODE_BIT.employment, K: 0.4 },
    ]);
    expect(post.K).toBe(idle.K);
  });

  it('cooperative lectures count for members who work in the cooperative, not for those who only hold a share', () => {
    const off = smallScenario({ modes: { employment: { training: 0 } } });
    const [working, holding] = step([
      { coop: 1, coopLabor: 0.5, trained: 1, access: MODE_BIT.cooperative, K: 0.4, herdLabor: 0.2 },
      { coop: 1, coopLabor: 0, trained: 1, access: MODE_BIT.cooperative, K: 0.4, herdLabor: 0.2 },
    ], off);
    expect(working.K).toBeGreaterThan(holding.K);
  });

  it('a followed low-income household trained without any mode gains the weekend school\'s skill when it practises, as one with employment access does', () => {
    const [viaLowIncome, viaMode, untrained] = step([
      { herdLabor: 0.5, trained: TRAINED | TRAINED_LOW_INCOME, K: 0.4 },
      { herdLabor: 0.5, trained: TRAINED, access: MODE_BIT.employment, K: 0.4 },
      { herdLabor: 0.5, K: 0.4 },
    ]);
    expect(viaLowIncome.K).toBe(viaMode.K);
    expect(viaLowIncome.K).toBeGreaterThan(untrained.K);
  });
});
