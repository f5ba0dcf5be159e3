/**
 * The scenario schema: the single source of truth for scenario types, validation, defaults,
 * plausible ranges and provenance. scenarios/schema.json and docs/parameters.md are generated
 * from it. Defaults are the reference values of P village; the values fitted by `ipasim calibrate`
 * are written over them in scenarios/p-village.yaml (each marked `calibrated:`), the shipped baseline.
 */
import { z } from 'zod';
import { Analysis, Awareness, Empowerment, Frictions } from './schema/behaviour.js';
import { Demography } from './schema/demography.js';
import { Economy } from './schema/economy.js';
import { Collective, Cooperatives, Enterprise, Photovoltaic, Workshops } from './schema/institutions.js';
import { Modes } from './schema/modes.js';
import { int } from './schema/param.js';
import { Policy } from './schema/policy.js';
import { Population } from './schema/population.js';
import { Time } from './schema/time.js';
import { Villages } from './schema/villages.js';

export const Scenario = z
  .strictObject({
    name: z.string().min(1).default('unnamed').meta({ description: 'short name; results go to results/<name>/' }),
    description: z.string().default('').meta({ description: 'the question this scenario answers' }),
    seed: int(1, 0, 2 ** 31 - 1, 'seed', 'assumption', 'default random seed (the command line --seed overrides it)'),
    time: Time,
    villages: Villages,
    population: Population,
    demography: Demography,
    economy: Economy,
    enterprise: Enterprise,
    photovoltaic: Photovoltaic,
    collective: Collective,
    cooperatives: Cooperatives,
    workshops: Workshops,
    modes: Modes,
    policy: Policy,
    awareness: Awareness,
    empowerment: Empowerment,
    frictions: Frictions,
    analysis: Analysis,
  })
  .superRefine((s, ctx) => {
    if (s.time.end < s.time.start) ctx.addIssue({ code: 'custom', path: ['time', 'end'], message: `end (${s.time.end}) is before start (${s.time.start})` });
    if (s.time.surveyYear < s.time.start || s.time.surveyYear > s.time.end)
      ctx.addIssue({ code: 'custom', path: ['time', 'surveyYear'], message: `survey year must lie within ${s.time.start}-${s.time.end}` });
    if (s.time.end - s.time.start > 80) ctx.addIssue({ code: 'custom', path: ['time', 'end'], message: 'at most 80 simulated years' });
    const villages = s.villages.reduce((a, g) => a + g.count, 0);
    if (villages > 65535) ctx.addIssue({ code: 'custom', path: ['villages'], message: `at most 65,535 villages in all (got ${villages})` });
    const sumTo1 = (obj: Record<string, number>, path: string[]) => {
      const total = Object.values(obj).reduce((a, b) => a + b, 0);
      if (Math.abs(total - 1) > 0.01) ctx.addIssue({ code: 'custom', path, message: `shares must add up to 1 (they add up to ${total.toFixed(3)})` });
    };
    sumTo1(s.population.headAge, ['population', 'headAge']);
    sumTo1(s.population.headEducation, ['population', 'headEducation']);
    sumTo1(s.population.causes, ['population', 'causes']);
    if (s.photovoltaic.incomeMax < s.photovoltaic.incomeMin)
      ctx.addIssue({ code: 'custom', path: ['photovoltaic', 'incomeMax'], message: 'incomeMax is below incomeMin' });
    for (const [name, ins] of Object.entries(s.policy.instruments))
      if (ins.end < ins.start - 1) ctx.addIssue({ code: 'custom', path: ['policy', 'instruments', name, 'end'], message: `end (${ins.end}) is before start (${ins.start})` });
    // The summary windows must lie in the simulated years (src/engine/windows.ts): a year outside is refused, not moved.
    const { withdrawalStart: ws, withdrawalComplete: wc } = s.analysis;
    if (ws !== null && (ws <= s.time.start || ws > s.time.end))
      ctx.addIssue({ code: 'custom', path: ['analysis', 'withdrawalStart'], message: `withdrawal start ${ws} lies outside the simulated years ${s.time.start}-${s.time.end}: give a year from ${s.time.start + 1} to ${s.time.end} (the first year without support, after at least one year with it)` });
    if (wc !== null && ws === null)
      ctx.addIssue({ code: 'custom', path: ['analysis', 'withdrawalComplete'], message: 'set analysis.withdrawalStart with it' });
    if (wc !== null && ws !== null && (wc < ws || wc > s.time.end))
      ctx.addIssue({ code: 'custom', path: ['analysis', 'withdrawalComplete'], message: `must lie in ${ws}-${s.time.end} (from analysis.withdrawalStart to the last simulated year), got ${wc}` });
    const lines = s.policy.povertyLine;
    for (let i = 1; i < lines.length; i++)
      if (lines[i].from <= lines[i - 1].from) ctx.addIssue({ code: 'custom', path: ['policy', 'povertyLine', i, 'from'], message: 'years must increase' });
  });

/** A resolved scenario: every default filled in. */
export type Scenario = z.output<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type InstrumentName = keyof Scenario['policy']['instruments'];
export type Instrument = Scenario['policy']['instruments'][InstrumentName];
