/**
 * Writes docs/validation.md: (1) each calibration fact over 60 seeds; (2) the calibration's fit
 * (read from a calibration folder, `--fit <folder>`); (3) the national record the baseline must
 * match up to 2020; then, as predictions and never as targets, (4) what the calibrated model
 * says after withdrawal, mode by mode, with intervals over posterior draws and seeds, and (4.3)
 * the baseline's predictions for 2026-2035 under the regular assistance system announced for
 * after the transition.
 * Run: npx tsx scripts/validation-report.ts [--fit results/calibrate/p-village/<seed>-<hash>]
 *      npx tsx scripts/validation-report.ts --only after-2025   (section 4.3 alone, spliced into
 *      the existing docs/validation.md between its markers; the rest is left as it is)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { posteriorScenarios } from '../src/calibrate/posterior-draws.js';
import { writeFileAtomic } from '../src/io/results-dir.js';
import { priceLevel } from '../src/engine/prices.js';
import { FULL_WITH_EFFECTS } from '../src/engine/collection.js';
import { simulate } from '../src/engine/simulate.js';
import type { ModeSummary, RunResult, RunSummary } from '../src/engine/output.js';
import { loadScenario } from '../src/scenario/scenario-file.js';
import { Scenario } from '../src/scenario/schema.js';
import { setAt } from '../src/sweep/parameter-path.js';
import { checkFacts } from '../src/validation/calibration.js';
import { lettersText, orderItems } from '../src/report/ordering.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const MODES = ['shareholding', 'cooperative', 'individual', 'employment'] as const;
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const sd = (x: number[]) => Math.sqrt(mean(x.map((v) => (v - mean(x)) ** 2)));
const q = (x: number[], pr: number) => { const s = x.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(pr * s.length))] : NaN; };
const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const band = (x: number[], d = 0, scale = 1) => `${f(mean(x) * scale, d)} (${f(q(x, 0.05) * scale, d)} to ${f(q(x, 0.95) * scale, d)})`;
const lines: string[] = [];
const p = (s = '') => lines.push(s);
const fitArg = process.argv.indexOf('--fit');
const fitFolder = fitArg > 0 ? process.argv[fitArg + 1] : undefined;

const loaded = new Map<string, { scenario: Scenario; files: string[] }>();
async function load(name: string) {
  if (!loaded.has(name)) loaded.set(name, await loadScenario(`scenarios/${name}.yaml`));
  return loaded.get(name)!;
}
const base = (await load('p-village')).scenario;

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
if (only !== undefined && only !== 'after-2025') throw new Error(`--only: the one section written alone is after-2025, not "${only}"`);

/** The baseline's posterior draws, one per seed (the baseline's own values without a posterior file). */
async function posteriorDraws() {
  return existsSync('calibration/p-village.posterior.csv')
    ? posteriorScenarios(base, (await load('p-village')).files, SEEDS.length, 1, (s) => Scenario.parse(s), setAt)
    : { scenarios: SEEDS.map(() => base), file: '(no posterior: the baseline\'s values)' };
}

const AFTER_START = '<!-- after-2025:start -->', AFTER_END = '<!-- after-2025:end -->';
/**
 * 4.3: the baseline's predictions for 2026-2035 under the announced regular assistance system
 * (docs/model.md §7.21), year by year, over the posterior draws and seeds of section 4, and the
 * same draws and seeds under the withdrawal (scenarios/p-village-withdrawal.yaml) beside them.
 */
async function afterSectionLines(baseRuns: RunResult[], posteriorFile: string, alone = false): Promise<string[]> {
  const out: string[] = [];
  const w = (x = '') => out.push(x);
  const withdrawal = (await load('p-village-withdrawal')).scenario;
  const { scenarios: wDrawn } = existsSync('calibration/p-village.posterior.csv')
    ? posteriorScenarios(withdrawal, (await load('p-village-withdrawal')).files, SEEDS.length, 1, (s) => Scenario.parse(s), setAt)
    : { scenarios: SEEDS.map(() => withdrawal) };
  const wRuns = wDrawn.map((sc, i) => simulate(sc, { seed: SEEDS[i] }));
  const at = (r: RunResult, metric: string, year: number, group = 'all') => r.yearly.find((x) => x.metric === metric && x.year === year && x.mode === 'all' && x.group === group)?.value ?? NaN;
  const fiscalYear = (r: RunResult, year: number) => r.yearly.filter((x) => x.metric.startsWith('fiscal.') && x.year === year && x.mode === 'all' && x.group === 'all').reduce((t, x) => t + x.value, 0);
  w(AFTER_START);
  w('### 4.3 After 2025 under the announced system: predictions for 2026-2035');
  w();
  w(`**Predictions, not targets** (principle 3 of the brief): nothing after 2020 is fitted, and nothing here was compared with a record. The shipped baseline runs the regular assistance system announced for after the transition (docs/model.md §7.21) from 2026. Each cell: the mean over 20 runs, ${existsSync(posteriorFile) ? `run r with posterior draw r of \`${relative(process.cwd(), posteriorFile)}\` and seed r, and in brackets the 5-95% range of the runs (calibration and model uncertainty together)` : 'run r with seed r and the baseline\'s own values (no posterior sample was found), and in brackets the 5-95% range of the runs (model uncertainty only)'}. The withdrawal rows take the same draws and seeds for \`scenarios/p-village-withdrawal.yaml\` (nothing in place of the poverty-specific instruments), so the two are paired run by run. Money in yuan of 2020; poverty is a share of households.${alone ? ' This section was written on its own (`npx tsx scripts/validation-report.ts --only after-2025`) by the code of its commit; the sections around it may come from an earlier run of the whole script.' : ''}`);
  w();
  w('| year | income per person | registered households\' income per person | households poor, all income (%) | poor before support (%) | poor on self-made income (%) | registered households poor (%) | households followed as low-income (%) | given industry support (%) | K | V | fiscal cost (thousand yuan) |');
  w('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const year of [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]) {
    const b = (metric: string, d = 0, scale = 1, group = 'all') => band(baseRuns.map((r) => at(r, metric, year, group)), d, scale);
    w(`| ${year} | ${b('incomeMean')} | ${b('incomeMean', 0, 1, 'registered')} | ${b('povertyRate', 1, 100)} | ${b('povertyRateBeforeSupport', 1, 100)} | ${b('povertyRateSelfMade', 1, 100)} | ${b('povertyRate', 1, 100, 'registered')} | ${b('lowIncomeFollowedRate', 1, 100)} | ${b('industrySupportRate', 1, 100)} | ${b('K', 2)} | ${b('V', 2)} | ${band(baseRuns.map((r) => fiscalYear(r, year)), 0, 1e-3)} |`);
  }
  w();
  w('The announced system beside the withdrawal, the same draws and seeds (5-95% ranges over the 20 runs; the paired difference is the announced system minus the withdrawal, run by run):');
  w();
  w('| figure | announced system | withdrawal | difference |');
  w('|---|---|---|---|');
  const row = (label: string, v: (r: RunResult) => number, d: number, scale: number) => {
    const a = baseRuns.map(v), x = wRuns.map(v);
    w(`| ${label} | ${band(a, d, scale)} | ${band(x, d, scale)} | ${band(a.map((y, i) => y - x[i]), d, scale)} |`);
  };
  row('households poor in 2026, all income (%)', (r) => at(r, 'povertyRate', 2026), 1, 100);
  row('registered households poor in 2026 (%)', (r) => at(r, 'povertyRate', 2026, 'registered'), 1, 100);
  row('households poor in 2035, all income (%)', (r) => at(r, 'povertyRate', 2035), 1, 100);
  row('households poor in 2035 on self-made income (%)', (r) => at(r, 'povertyRateSelfMade', 2035), 1, 100);
  row('income per person in 2026', (r) => at(r, 'incomeMean', 2026), 0, 1);
  row('income per person, change 2025 to 2026 (%)', (r) => at(r, 'incomeMean', 2026) / at(r, 'incomeMean', 2025) - 1, 1, 100);
  row('K in 2035', (r) => r.summary.modes.find((m) => m.mode === 'all')!.K, 2, 1);
  row('V in 2035', (r) => r.summary.modes.find((m) => m.mode === 'all')!.V, 2, 1);
  row('fiscal cost 2026-2035 (thousand yuan)', (r) => r.summary.fiscal.totalFromWithdrawal, 0, 1e-3);
  row('household-years above the line 2026-2035', (r) => r.summary.modes.find((m) => m.mode === 'all')!.householdYearsAboveLine, 0, 1);
  w();
  w('The paired comparison of several post-2025 designs, with 95% intervals of the mean differences and the cost per household-year kept above the line, is `ipasim compare` with several designs (docs/results.md, "Several designs against one reference"); `npx tsx scripts/after-2025-designs.ts` runs the withdrawal, the floor, the announced system, full support, no tilt and the dividends (outside the announced policy) over 10 seeds and prints it, at village or (`--scale county`) county scale.');
  w(AFTER_END);
  return out;
}

if (only === 'after-2025') {
  const { scenarios: drawn, file } = await posteriorDraws();
  const runs = drawn.map((sc, i) => simulate(sc, { seed: SEEDS[i] }));
  const section = (await afterSectionLines(runs, file, true)).join('\n');
  const doc = readFileSync('docs/validation.md', 'utf8');
  const i = doc.indexOf(AFTER_START), j = doc.indexOf(AFTER_END);
  // Spliced in place of the old section, or before section 5 the first time.
  const next = i >= 0 && j > i ? doc.slice(0, i) + section + doc.slice(j + AFTER_END.length) : doc.replace('\n## 5. ', `\n${section}\n\n## 5. `);
  if (!next.includes(AFTER_START)) throw new Error('docs/validation.md: no section 5 to put section 4.3 before');
  writeFileAtomic('docs/validation.md', next);
  console.log('wrote section 4.3 of docs/validation.md');
  process.exit(0);
}

// ---- 1. Calibration facts
/** The facts are checked on 60 seeds: at least 17 of 20 is at least 51 of 60 (test/validation/calibration.test.ts). */
const FACT_SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
const facts = FACT_SEEDS.map((seed) => checkFacts(base, seed));
p('# Validation');
p();
p('Generated by `npx tsx scripts/validation-report.ts` from the shipped scenarios; do not edit by hand. Twenty seeds (1-20) of each scenario unless said otherwise. Money is yuan per person per year in 2020 prices; per person means per member at home (docs/results.md).');
p();
p('## 1. Calibration facts (the survey year, 2021)');
p();
p('The baseline `scenarios/p-village.yaml` holds the posterior medians of `ipasim calibrate calibration/p-village.yaml` (section 2). Each fact of Cao and Li\'s survey of P village (seed 001) is checked on the whole simulated village in the survey year, on seeds 1-60; the test suite requires every fact in at least 17 of 20 seeds, counted on all 60 (51 of 60: `test/validation/calibration.test.ts`), since one block of 20 carries a binomial noise of about 1.5 seeds. The last column gives each block of 20.');
p();
p('| fact | source | target | model mean | model sd | min | max | seeds passing (of 60) | seeds 1-20, 21-40, 41-60 |');
p('|---|---|---|---|---|---|---|---|---|');
facts[0].forEach((fact, i) => {
  const v = facts.map((r) => r[i].model);
  const pass = facts.filter((r) => r[i].pass).length;
  const blocks = [0, 20, 40].map((b) => facts.slice(b, b + 20).filter((r) => r[i].pass).length);
  const d = Math.abs(mean(v)) < 2 ? 3 : 1;
  const mark = fact.reported ? ' (reported)' : pass < 51 ? ' (open)' : '';
  p(`| ${fact.fact} | ${fact.source} | ${fact.target} | ${f(mean(v), d)} | ${f(sd(v), d)} | ${f(Math.min(...v), d)} | ${f(Math.max(...v), d)} | ${pass}/60${mark} | ${blocks.join(', ')} |`);
});
p();
const open = facts[0].filter((x, i) => !x.reported && facts.filter((r) => r[i].pass).length < 51).map((f) => f.fact);
p(open.length === 0
  ? '**Every fact holds in at least 51 of 60 seeds.** Rows marked "reported" are a further reading of the fact above them, shown with its figures and not held to the seeds (below).'
  : `**Open facts** (marked "open": fewer than 51 of 60 seeds; they fail \`test/validation/calibration.test.ts\`): ${open.join('; ')}.`);
p();
if (open.some((f) => f.startsWith('§4.2'))) {
  const gainOf = (fact: string) => mean(facts.map((r) => r.find((x) => x.fact.startsWith(fact))!.model));
  p(`Why a §4.2 ordering is open: a mode's gain is its paired effect (what it adds against the same village without it). Over the 60 seeds, shareholding adds ${f(gainOf('§4.2 shareholding gain largest'), 0)} yuan per person and individual breeding ${f(gainOf('§4.2 individual gain lowest'), 0)}; the cooperative's gain grows with its herd (\`cooperatives.herd\`, calibrated), and the ordering holds in a seed only when the gap exceeds the seed-to-seed spread of the gains.`);
  p();
}
p('The registered share of the village is reported, not checked: the survey\'s 80.8% is its sample\'s design (59 registered households of 73 met on the main roads), and the village registers by its quota (`villages[].registeredShare`, calibrated within 0.39-0.7, the bound the 59 households set in a village of 150). The facts above are tabulated on the whole village, each household weighted so that registered and other households count as in the survey\'s sample (`designWeights`). The §4.1.4 facts use the survey\'s own statistic: the correlation, over households followed from 2016 to the survey, of a household\'s average yearly rise in income per person (the mean of 2017-21 against 2016) with its card, as a rank correlation (a few households with a very small 2016 income would otherwise decide it). The survey reports a moderate positive correlation for total income and no clear difference once one-off subsidies are deducted; "clear" is significant at 5% in a sample of its 73 households (|r| ≥ 0.231), "moderate" nearer Cohen\'s 0.3 than his 0.1 (r ≥ 0.2). Without transfers is the stricter reading of "without one-off subsidies": self-made income only.');
p();
p('Table 4 percentages are shares of households naming a source (each household names its largest sources, 2 or 3 of them so that the number named averages the survey\'s 185 answers from 73 households, `analysis.sourcesNamed`); Table 3 correlations are partial correlations of the head\'s age with awareness (Likert 1-5), controlling for registration and schooling. The §4.2 "gain" of a mode is its **paired effect**: the income per person it adds to its households against the same village, same seed, with that mode\'s access withheld, before means-tested assistance (`effect.incomeBeforeAssistanceMean`: living support pays less to households a mode has made richer, and the survey\'s households spoke of what the mode gave them), from the year the fund\'s shares start paying to the survey year. Its stability is read household by household, as the survey\'s households live it: each household\'s yearly gain is its income before means-tested assistance less the same household\'s in the run without the mode, and a mode\'s instability is the mean over its households of the standard deviation of their yearly gain, over the mean gain (`src/validation/household-gains.ts`). The village\'s mean gain averages away the risks each household bears (an outbreak in its own herd, a post lost or won), and its coefficient of variation across years also counts a steady rise (a cooperative\'s herd maturing, welfare posts growing to 2020) as variation; that reading is reported beside each stability fact. The effects after withdrawal in §4 are on all income (`effect.incomeMean`), after the floor has responded.');

// ---- 2. The calibration fit
p();
p('## 2. The calibration fit');
p();
if (fitFolder && existsSync(join(fitFolder, 'fit.csv'))) {
  const rows = readFileSync(join(fitFolder, 'fit.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
  const [head, ...body] = rows;
  const col = (name: string) => head.indexOf(name);
  p(`Adaptive SMC over the priors of the parameters in \`calibration/p-village.yaml\` (docs/calibration.md), from \`${fitFolder}\`. Model median and 90% interval over the posterior sample and its common seeds.`);
  p();
  p('| target | observed | tolerance | model median | model 5-95% | within |');
  p('|---|---|---|---|---|---|');
  let within = 0;
  for (const r of body) {
    if (r[col('within_tolerance')] === 'yes') within++;
    p(`| ${r[col('target')]} | ${r[col('observed')]} | ±${r[col('within')]} | ${f(Number(r[col('median')]), 3)} | ${f(Number(r[col('p05')]), 3)} to ${f(Number(r[col('p95')]), 3)} | ${r[col('within_tolerance')]} |`);
  }
  p();
  p(`${within} of ${body.length} targets lie within their tolerance at the posterior median.`);
  const params = join(fitFolder, 'parameters.csv');
  if (existsSync(params)) {
    p();
    p('Calibrated parameters (posterior median and 90% interval; the prior is the schema\'s plausible range):');
    p();
    const prow = readFileSync(params, 'utf8').trim().split('\n').map((l) => l.split(','));
    p(`| ${prow[0].join(' | ')} |`);
    p(`|${prow[0].map(() => '---').join('|')}|`);
    for (const r of prow.slice(1)) p(`| ${r.map((x) => (/^-?\d+\.\d{5,}$/.test(x) ? Number(x).toPrecision(4) : x)).join(' | ')} |`);
  }
} else p('No calibration folder was given (`--fit <folder>`): run `npx ipasim calibrate calibration/p-village.yaml`, then this script with `--fit`.');

// ---- 3. The national record up to 2020
const baseRuns = SEEDS.map((seed) => simulate(base, { seed, collect: FULL_WITH_EFFECTS }));
const val = (r: RunResult, metric: string, year: number, group = 'all', mode = 'all') => r.yearly.find((x) => x.year === year && x.metric === metric && x.group === group && x.mode === mode)?.value ?? NaN;
const across = (metric: string, year: number, group = 'all', mode = 'all') => baseRuns.map((r) => val(r, metric, year, group, mode));
p();
p('## 3. The record of 2016-2020 in the baseline');
p();
p('What the 2021 white paper and the national poverty census record, and what the issue asks the baseline to show (mean over seeds, 5-95% across seeds).');
p();
p('| check | 2016 | 2018 | 2020 |');
p('|---|---|---|---|');
for (const [label, metric, group, scale, d] of [
  ['income per person, registered households', 'incomeMean', 'registered', 1, 0],
  ['income per person, other households', 'incomeMean', 'not-registered', 1, 0],
  ['median income per person, everyone', 'incomeMedian', 'all', 1, 0],
  ['registered households under the line (%)', 'povertyRate', 'registered', 100, 1],
  ['persons under the line, everyone (%)', 'povertyHeadcount', 'all', 100, 1],
  ['households receiving monitoring support (%)', 'monitoringSupportRate', 'all', 100, 1],
  ['households in the minimum living guarantee (%)', 'minimumLivingRate', 'all', 100, 1],
  ['households in extreme-poverty support (%)', 'extremePovertySupportRate', 'all', 100, 1],
  ['persons covered by the guarantee or extreme-poverty support, everyone (%)', 'safetyNetPersonsRate', 'all', 100, 1],
  ['persons covered by the guarantee or extreme-poverty support, registered (%)', 'safetyNetPersonsRate', 'registered', 100, 1],
] as const) p(`| ${label} | ${[2016, 2018, 2020].map((y) => band(across(metric, y, group), d, scale)).join(' | ')} |`);
const rises = baseRuns.filter((r) => [2017, 2018, 2019, 2020].every((y) => val(r, 'incomeMean', y, 'registered') > val(r, 'incomeMean', 2016, 'registered'))).length;
p();
p(`P village left the list of poor villages in 2017 (001 §1), which needs fewer than 2 % of its people under the line (a target); the baseline's persons under the line in 2017: ${band(across('povertyHeadcount', 2017, 'all'), 1, 100)} %. Nationally about three in four of the people poor at the end of 2015 were still counted poor at the end of 2016 (55.75 to 43.35 million); the baseline's registered households under the line in 2016, ${band(across('povertyRate', 2016, 'registered'), 1, 100)} %, are far fewer: a village that exited in 2017 cannot have been typical of the 2016 count, and the targets that asked for 70 % before issue 22 were an inference from that count, not an observation of P village.`);
p();
p(`Registered households' income is above its 2016 level in every year 2017-2020 in ${rises} of 20 seeds. Poor-area incomes rose 8.0% a year in real terms 2016-2020 (9,248 to 12,588 yuan of 2020), and rural China's 6.1% (1.27 times, the other households' target); the baseline's registered households: ${band(baseRuns.map((r) => (val(r, 'incomeMean', 2020, 'registered') / val(r, 'incomeMean', 2016, 'registered')) ** 0.25 - 1), 1, 100)}% a year, the others ${band(baseRuns.map((r) => (val(r, 'incomeMean', 2020, 'not-registered') / val(r, 'incomeMean', 2016, 'not-registered')) ** 0.25 - 1), 1, 100)}%.`);
const epidemic = baseRuns.map((r) => val(r, 'incomeMean', 2020, 'all') / val(r, 'incomeMean', 2019, 'all'));
p();
p(`In the epidemic year 2020 the poor areas' income still rose 6% in 2020 prices (a target); the baseline village's: ${band(epidemic.map((x) => x - 1), 1, 100)}%.`);
p();
const pushYears = [2019, 2020];
const households = (r: RunResult, metric: string) => pushYears.reduce((t, y) => t + val(r, metric, y) * val(r, 'households', y), 0);
const registeredPoor2020 = baseRuns.map((r) => val(r, 'povertyRate', 2020, 'registered'));
p(`The census found no registered household under the line at the end of 2020 (the white paper's figure; a target with a tolerance of 2 %, which nothing imposes: model.md §7.13). In the baseline ${band(registeredPoor2020, 1, 100)} % of registered households are under it in 2020, none in ${registeredPoor2020.filter((x) => x === 0).length} of ${baseRuns.length} seeds. The campaign's last push in 2019-20 gave registered households able to work a post and animals worth its grant (capital, not income) and those that could not the guarantee at its standard; nothing sets income to the line. It paid ${band(baseRuns.map((r) => households(r, 'lastPushRate')), 1)} household-years, lifted ${band(baseRuns.map((r) => households(r, 'lastPushLiftedRate')), 1)} household-years over the line by what it paid, and cost ${band(baseRuns.map((r) => pushYears.reduce((t, y) => t + val(r, 'fiscal.lastPush', y), 0)), 0)} yuan over the two years (\`lastPushRate\`, \`lastPushLiftedRate\`, \`fiscal.lastPush\`). Nationally the guarantee and extreme-poverty support covered 19.6 % of the people lifted out (22 % at P village's age structure, a target: calibration/p-village.yaml).`);
p();
p(`Registered poor households nationally went from 3,416 yuan (2015) to 10,740 (2020), 2.2 times from 2016 in 2020 prices; in the baseline they go ${band(baseRuns.map((r) => val(r, 'incomeMean', 2020, 'registered') / val(r, 'incomeMean', 2016, 'registered')), 2)} times. This is a comparison, not a target: the national growth came largely from the wages of registered workers away from home, and P village's own survey finds that registered and other households grew alike once one-off subsidies are left out (001 §4.1.4, a target); the calibration file gives the reasoning.`);

// ---- 3.1 The years 2021-2025: compared, never fitted
{
  p();
  p('### 3.1 The years 2021-2025 beside the record (comparisons, never targets)');
  p();
  p('Nothing after 2020 is a calibration target (issue 22): the model reaches these years through its drivers (wages, the social floor\'s published standards, contract returns, productivity). The issue gave only the 2021 figure; the rest of the record was gathered afterwards and is set beside the model, never fitted. Growth is given in 2020 prices (real) and in yuan of the day (nominal: the real growth times the CPI of the year, `economy.prices.cpi`).');
  p();
  const nominal = (metric: string, year: number, group = 'all') => across(metric, year, group).map((x) => x * priceLevel(base, year));
  const growth = (year: number, group: string, real: boolean) => {
    const now = real ? across('incomeMean', year, group) : nominal('incomeMean', year, group);
    const before = real ? across('incomeMean', year - 1, group) : nominal('incomeMean', year - 1, group);
    return now.map((x, i) => x / before[i] - 1);
  };
  p('| 2021 | the record | the model (village) | the model (registered households) |');
  p('|---|---|---|---|');
  p(`| income per person, yuan of the day | 14,051 (counties lifted out of poverty, rural residents' disposable income; NBS, October 2022) | ${band(nominal('incomeMean', 2021))} | ${band(nominal('incomeMean', 2021, 'registered'))} |`);
  p(`| growth on 2020, nominal (%) | +11.6 | ${band(growth(2021, 'all', false), 1, 100)} | ${band(growth(2021, 'registered', false), 1, 100)} |`);
  p();
  p('The record is the average of all counties lifted out of poverty, P village one village in one of them: the level is not comparable, the growth is the comparison.');
  p();
  p('Each year beside the record of the counties lifted out of poverty (rural residents\' disposable income, nominal growth), which the project gathered after the calibration and never fitted: 2021 +11.6 % (14,051 yuan; NBS, October 2022), 2022 +7.5 % (15,111; State Council Information Office, February 2023), 2023 about +8.4 % (recalled, not found in a release), 2024 17,522 yuan (Ministry of Agriculture and Rural Affairs, 2025), so 2023-24 together about +16 % and 2020-24 8.6 % a year; 2025 only its first half, +6.6 % real. Rural China for scale: +10.5 %, +6.3 %, +7.7 %, +6.6 %, +5.8 % nominal (NBS).');
  p();
  const RECORD: Record<number, string> = { 2021: '+11.6', 2022: '+7.5', 2023: 'about +8.4 (recalled)', 2024: 'about +7 (2024 found, 2023 recalled)', 2025: '+6.6 real, first half' };
  p('| year | record, counties lifted out, nominal (%) | village, real (%) | village, nominal (%) | registered, real (%) | registered, nominal (%) |');
  p('|---|---|---|---|---|---|');
  for (const year of [2021, 2022, 2023, 2024, 2025])
    p(`| ${year} | ${RECORD[year]} | ${band(growth(year, 'all', true), 1, 100)} | ${band(growth(year, 'all', false), 1, 100)} | ${band(growth(year, 'registered', true), 1, 100)} | ${band(growth(year, 'registered', false), 1, 100)} |`);
  const five = (group: string) => { const a = nominal('incomeMean', 2024, group), b = nominal('incomeMean', 2020, group); return a.map((x, i) => (x / b[i]) ** 0.25 - 1); };
  p();
  const village = five('all'), registered = five('registered');
  p(`2020-2024, a year on average, nominal: the record 8.6 %; the village ${band(village, 1, 100)} %, registered households ${band(registered, 1, 100)} %.`);
  p();
  const short = (x: number[]) => q(x, 0.95) < 0.086;
  p(short(village)
    ? 'The village grows more slowly than the record in at least 95 % of the seeds (its 95th percentile is under 8.6 %): a defect of the model to explain or fix, not a finding. After 2020 its drivers are the published pay and standards, the contracts\' returns and the calibrated growth of own production; docs/calibration.md ("Prior edges") lists the misfits of 2016-2020 it comes with (wages too large a share of income, own production too small).'
    : 'The record lies within the seeds\' spread of the village\'s growth.');
}

// ---- 4. After withdrawal: predictions
p();
p('## 4. After withdrawal: what the calibrated model predicts (reported, not targeted)');
p();
const { scenarios: drawn, file: posteriorFile } = await posteriorDraws();
const postRuns = drawn.map((sc, i) => simulate(sc, { seed: SEEDS[i], collect: FULL_WITH_EFFECTS }));
const post = postRuns.map((r) => r.summary);
const stat = (runs: RunSummary[], mode: string, key: keyof ModeSummary) => runs.map((r) => r.modes.find((m) => m.mode === mode)![key] as number);
p(`Principle 3: the seeds' expectations are not built in. Each row: 20 runs, run r with posterior draw r of \`${relative(process.cwd(), posteriorFile)}\` and seed r, so the intervals (5-95%) carry calibration and model uncertainty together. "Before" is 2023-2025, "after" the three years after the last taper ends (the windows follow the instruments' end years: docs/results.md). A mode's effect is what it adds to its own households against the same village without it (docs/results.md).`);
p();
p('| mode | households | income before | income after | effect on income before | effect on income after | effect on self-made income after | effect on poverty rate after (pp) |');
p('|---|---|---|---|---|---|---|---|');
for (const mode of MODES)
  p(`| ${mode} | ${f(mean(stat(post, mode, 'households')), 0)} | ${band(stat(post, mode, 'incomeBefore'))} | ${band(stat(post, mode, 'incomeAfter'))} | ${band(stat(post, mode, 'incomeEffectBefore'))} | ${band(stat(post, mode, 'incomeEffectAfter'))} | ${band(stat(post, mode, 'selfMadeEffectAfter'))} | ${band(stat(post, mode, 'povertyEffectAfter'), 1, 100)} |`);
p();
p('Poverty three ways at the end (2035), everyone and by mode (%; households with access to several modes count in each):');
p();
p('| group | all income | before discretionary support | self-made income alone | return to poverty | K | V |');
p('|---|---|---|---|---|---|---|');
for (const mode of [...MODES, 'all'])
  p(`| ${mode} | ${band(stat(post, mode, 'povertyRateEnd'), 1, 100)} | ${band(stat(post, mode, 'povertyRateBeforeSupportEnd'), 1, 100)} | ${band(stat(post, mode, 'povertyRateSelfMadeEnd'), 1, 100)} | ${band(stat(post, mode, 'returnToPovertyRate'), 1, 100)} | ${band(stat(post, mode, 'K'), 2)} | ${band(stat(post, mode, 'V'), 2)} |`);

// Withdrawal paths and single-mode villages, posterior draws again.
p();
p('### 4.1 Withdrawal paths and one mode at a time (whole village)');
p();
p('| scenario | income before | income after | drop % | poverty at the end % | self-made poverty at the end % | fiscal cost 2016-2035 (million yuan) |');
p('|---|---|---|---|---|---|---|');
for (const name of ['p-village-no-withdrawal', 'p-village', 'p-village-transition-004', 'p-village-abrupt-2026', 'p-village-ageing', 'p-village-enterprise-failure', 'p-village-shareholding', 'p-village-cooperative', 'p-village-individual', 'p-village-employment']) {
  const { scenario } = await load(name);
  const runs = SEEDS.map((seed) => simulate(scenario, { seed }).summary);
  p(`| ${name} | ${band(stat(runs, 'all', 'incomeBefore'))} | ${band(stat(runs, 'all', 'incomeAfter'))} | ${band(stat(runs, 'all', 'incomeDropPct'), 1)} | ${band(stat(runs, 'all', 'povertyRateEnd'), 1, 100)} | ${band(stat(runs, 'all', 'povertyRateSelfMadeEnd'), 1, 100)} | ${f(mean(runs.map((r) => r.fiscal.total)) / 1e6, 1)} |`);
}

// The seeds' expectations, answered: each ordering over every pair of modes, paired by run (run i
// gives every mode the same seed and posterior draw), stated only as far as the intervals allow
// (src/report/ordering.ts: modes sharing a letter cannot be told apart).
const order = (value: (run: RunSummary, mode: string) => number, higherIsBetter: boolean) =>
  orderItems(MODES.map((mode) => ({ key: mode, seeds: SEEDS, values: post.map((r) => value(r, mode)) })), { higherIsBetter });
const fig = (key: keyof ModeSummary) => (r: RunSummary, mode: string) => r.modes.find((m) => m.mode === mode)![key] as number;
const letters = (o: ReturnType<typeof order>) => (o.status === 'none' ? 'the modes cannot be told apart' : lettersText(o, (m) => m));
const byEffect = order(fig('incomeEffectAfter'), true);
const byKV = order((r, m) => fig('K')(r, m) + fig('V')(r, m), true);
const byShock = order(fig('incomeShockPct'), false);
p();
p('### 4.2 The seeds\' expectations, one by one');
p();
p('Orders compare every pair of modes on their paired differences over the 20 runs (95% intervals that hold for all pairs at once); modes sharing a letter cannot be told apart (docs/results.md, "Orders of the modes").');
p();
p(`1. *Cooperative and employment households keep their income after withdrawal.* What each mode still adds after withdrawal (${MODES.map((m) => `${m} ${f(mean(stat(post, m, 'incomeEffectAfter')), 0)} yuan`).join(', ')}), largest first: **${letters(byEffect)}**.`);
p(`2. *Cooperative and employment households show the highest empowerment; shareholding households the lowest K and V.* By K + V at the end, highest first: **${letters(byKV)}**.`);
p(`3. *Shareholding households show the largest drop when dividends stop.* The fall into the trough (from the last year before withdrawal to the lowest of the next three) of households with each mode: ${MODES.map((m) => `${m} ${f(mean(stat(post, m, 'incomeShockPct')))}%`).join(', ')}; smallest first: **${letters(byShock)}**. Between the windows: ${MODES.map((m) => `${m} ${f(mean(stat(post, m, 'incomeDropPct')))}%`).join(', ')}.`);
p(`4. *The labor-poor elderly depend on the social floor.* Poverty at the end on all income ${f(100 * mean(stat(post, 'all', 'povertyRateEnd')))}% against ${f(100 * mean(stat(post, 'all', 'povertyRateSelfMadeEnd')))}% on self-made income alone: the difference is what transfers (the guarantee and pensions first) keep out of poverty.`);
p();
for (const l of await afterSectionLines(postRuns, posteriorFile)) p(l);
p();
// Section 5 (Sobol indices) is written by scripts/sensitivity-report.ts from a sweep: keep it.
const previous = existsSync('docs/validation.md') ? readFileSync('docs/validation.md', 'utf8') : '';
const kept = previous.match(/<!-- sensitivity:start -->[\s\S]*?<!-- sensitivity:end -->/)?.[0];
if (kept) p(kept), p();
writeFileAtomic('docs/validation.md', lines.join('\n'));
console.log('wrote docs/validation.md');
