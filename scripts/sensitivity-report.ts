/**
 * Writes section 5 of docs/validation.md (between the sensitivity markers): the headline
 * Sobol indices and the scenario-discovery box of a finished, analysed sobol-baseline sweep.
 * scripts/validation-report.ts keeps the section when it regenerates the rest.
 *
 *   npx ipasim sweep sweeps/sobol-baseline.yaml
 *   npx ipasim analyze results/sobol-baseline/<seed>-<hash> --where "K < 0.3" --mode all
 *   npx tsx scripts/sensitivity-report.ts results/sobol-baseline/<seed>-<hash> [--runtime "6.5 min"]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io/results-dir.js';
import { factorsAboveNoise, mostlyNoise } from '../src/sensitivity/claims.js';

export const START = '<!-- sensitivity:start -->';
export const END = '<!-- sensitivity:end -->';

interface SobolRow { factor: string; S1: number; S1Low: number; S1High: number; ST: number; STLow: number; STHigh: number }
interface Output { metric: string; mode: string; year: number | null; noiseShare: number | null; sobol?: SobolRow[] }

const folder = process.argv[2];
if (!folder || !existsSync(join(folder, 'sensitivity.json'))) {
  console.error('usage: npx tsx scripts/sensitivity-report.ts <analysed sobol-baseline folder> [--runtime "<text>"]');
  process.exit(2);
}
const runtimeArg = process.argv.indexOf('--runtime');
const runtime = runtimeArg > 0 ? process.argv[runtimeArg + 1] : undefined;
const sens = JSON.parse(readFileSync(join(folder, 'sensitivity.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
const discovery = existsSync(join(folder, 'discovery.json')) ? JSON.parse(readFileSync(join(folder, 'discovery.json'), 'utf8')) : undefined;

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const pct = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : `${Math.round(100 * x)}%`);
const lines: string[] = [START, '## 5. Which uncertain parameters matter (Sobol indices)', ''];
const p = (s = '') => lines.push(s);
p(`From \`sweeps/sobol-baseline.yaml\`: a Saltelli design with N = ${manifest.design.samples} base samples over ${manifest.design.factors.length} parameters (${manifest.points.toLocaleString('en-US')} points x ${manifest.replicates} replicates = ${(manifest.points * manifest.replicates).toLocaleString('en-US')} runs of the baseline village${runtime ? `; ${runtime} on this 2-core machine` : ''}), each parameter over its prior in the schema (its validity bound where it has none). The parameters are the ten assumption-based ones whose range was widest relative to their default (\`scripts/pick-sobol-factors.ts\`). Written by \`scripts/sensitivity-report.ts\` from sweep folder \`${manifest.sweep}/${manifest.design.seed}-${manifest.hash}\`.`);
p();
p(`For the whole village (mode \`all\`): first the share of each output's variance that is replicate noise (same parameters, other seed), then the parameters whose total-order index ST is clearly above both zero and that share (the lower end of its ${Math.round(100 * sens.confidence)}% bootstrap interval over ${sens.bootstrap} resamples lies above it), with ST [interval] and the first-order S1. An output that is mostly noise (above one half) names none: the total-order estimator counts the noise between neighbouring points as every factor's effect, so its indices say little (src/sensitivity/claims.ts).`);
p();
p('| output | replicate noise | parameters clearly above the noise share |');
p('|---|---|---|');
const label = (path: string) => `\`${path}\``;
const cell = (s: SobolRow) => `${label(s.factor)} ST ${f2(s.ST)} [${f2(s.STLow)}, ${f2(s.STHigh)}] (S1 ${f2(s.S1)})`;
for (const o of sens.outputs as Output[]) {
  if (o.mode !== 'all' || o.year !== null || !o.sobol) continue;
  const above = factorsAboveNoise(o.noiseShare, o.sobol).slice(0, 3);
  p(`| \`${o.metric}\` | ${pct(o.noiseShare)} | ${mostlyNoise(o.noiseShare) ? 'none: the output is mostly noise' : above.length ? above.map(cell).join('; ') : 'none clearly above the noise share'} |`);
}
p();
const inert = (sens.factors as string[]).filter((factor) => (sens.outputs as Output[]).every((o) => o.mode !== 'all' || o.year !== null || !o.sobol || (o.sobol.find((s) => s.factor === factor)?.STHigh ?? 0) < 0.05));
if (inert.length) p(`Parameters whose ST interval stays below 0.05 for every output: ${inert.map(label).join(', ')}.`), p();
if (discovery) {
  const all = discovery.modes.find((m: { mode: string }) => m.mode === 'all');
  if (all) {
    p(`**Scenario discovery** (PRIM, \`${discovery.where}\`): ${all.positives.toLocaleString('en-US')} of ${all.runs.toLocaleString('en-US')} runs meet the condition, a base rate of ${(100 * all.baseRate).toFixed(1)}%. ${all.sentence}.`);
    p();
  }
}
const findings = readFileSync(new URL('./sensitivity-findings.md', import.meta.url), 'utf8').trim();
p(findings);
p(END);

const doc = readFileSync('docs/validation.md', 'utf8');
const block = lines.join('\n');
const next = doc.includes(START) ? doc.replace(new RegExp(`${START}[\\s\\S]*?${END}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
writeFileAtomic('docs/validation.md', next);
console.log('wrote section 5 of docs/validation.md');
