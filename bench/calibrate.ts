/**
 * Calibration benchmark: the cost of one candidate (every common seed of the targets file, each
 * a full run plus the targets' evaluation) on one core, and from it the expected duration of the
 * full calibration on W workers: candidates ≈ N (G + 1) for N particles and G generations.
 * Usage: npm run bench:calibrate [-- --file calibration/p-village.yaml --candidates 10 --workers 2 --generations 15]
 */
import { loadTargets } from '../src/calibrate/load-targets.js';
import { runCandidate } from '../src/calibrate/candidate.js';
import { priorSample } from '../src/calibrate/smc.js';
import { simulate } from '../src/engine/simulate.js';

const arg = (name: string, def: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const file = arg('file', 'calibration/p-village.yaml');
const candidates = Number(arg('candidates', '10'));
const workers = Number(arg('workers', '2'));
const generations = Number(arg('generations', '15'));

const plan = await loadTargets(file, {}, simulate);
const ctx = { base: plan.base, seeds: plan.seeds, targets: plan.targets.map((t) => ({ name: t.name, expr: t.expr })), prevalidated: false, modeEffects: plan.modeEffects };
const thetas = priorSample(plan.prior, candidates, 12345);
runCandidate(ctx, { point: 0, values: Object.fromEntries(plan.parameters.map((p, j) => [p.path, thetas[0][j]])) }, simulate); // warm-up
const t0 = performance.now();
thetas.forEach((theta, i) => runCandidate(ctx, { point: i, values: Object.fromEntries(plan.parameters.map((p, j) => [p.path, theta[j]])) }, simulate));
const perCandidate = (performance.now() - t0) / candidates / 1000;
const total = plan.settings.particles * (generations + 1);
const hours = (total * perCandidate) / workers / 3600;
console.log(`${file}: ${plan.parameters.length} parameters, ${plan.targets.length} targets, ${plan.seeds.length} seeds per candidate`);
console.log(`cost per candidate: ${perCandidate.toFixed(3)} s on one core (${(perCandidate / plan.seeds.length).toFixed(3)} s per run)`);
console.log(`full calibration: ${plan.settings.particles} particles x (${generations} generations + the prior sample) = ${total} candidates`);
console.log(`  on ${workers} workers: about ${(hours * 60).toFixed(0)} minutes (at most ${plan.settings.maxGenerations} generations: ${((plan.settings.particles * (plan.settings.maxGenerations + 1) * perCandidate) / workers / 60).toFixed(0)} minutes)`);
