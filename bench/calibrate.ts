/**
 * Calibration benchmark: the cost of one candidate on one core, stage by stage (docs/calibration.md,
 * delayed acceptance): every common seed's run with the targets it gives (stage 1), and the
 * counterfactual runs of the targets that read a mode's effect (stage 2, paid only by a
 * candidate that passes stage 1, and by every candidate of generation 0). From it, the expected
 * duration of the full calibration on W workers: N (G + 1) candidates for N particles and G
 * generations, a share `--pass` of the later ones passing stage 1.
 * Usage: npm run bench:calibrate [-- --file calibration/p-village.yaml --candidates 10 --workers 2 --generations 13 --pass 0.3]
 */
import { candidateContext, runCandidate } from '../src/calibrate/candidate.js';
import { loadTargets } from '../src/calibrate/load-targets.js';
import { priorSample, type Gate } from '../src/calibrate/smc.js';
import { simulate } from '../src/engine/simulate.js';

const arg = (name: string, def: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const file = arg('file', 'calibration/p-village.yaml');
const candidates = Number(arg('candidates', '10'));
const workers = Number(arg('workers', '2'));
const generations = Number(arg('generations', '13'));
const pass = Number(arg('pass', '0.3'));

const plan = await loadTargets(file, {}, simulate);
const ctx = candidateContext(plan);
const thetas = priorSample(plan.prior, candidates, 12345);
const task = (i: number, gate?: Gate) => ({ point: i, values: Object.fromEntries(plan.parameters.map((p, j) => [p.path, thetas[i][j]])), gate });
// A gate no candidate passes (stage 1 only) and one every candidate passes (every stage).
const stages = plan.stages.count;
const rejectAll: Gate = { beta: 1, ancestor: Array(stages).fill(Infinity), u: Array(stages).fill(0.5) };
const time = (gate: Gate | undefined) => {
  runCandidate(ctx, task(0, gate)); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < candidates; i++) runCandidate(ctx, task(i, gate));
  return (performance.now() - t0) / candidates / 1000;
};
const full = time(undefined), first = stages > 1 ? time(rejectAll) : full;
const later = first + pass * (full - first);
const total = plan.settings.particles * (generations + 1);
const seconds = (plan.settings.particles * full + plan.settings.particles * generations * later) / workers;
console.log(`${file}: ${plan.parameters.length} parameters, ${plan.targets.length} targets in ${stages} stage(s), ${plan.seeds.length} seeds per candidate, runs to ${plan.base.time.start}-${Math.max(...plan.targets.flatMap((t) => t.refs.map((r) => (r.kind === 'yearly' ? r.to : r.kind === 'survey' ? plan.base.time.surveyYear : plan.base.time.end))))}`);
console.log(`cost per candidate on one core: ${full.toFixed(3)} s with every stage, ${first.toFixed(3)} s when stage 1 rejects it (${(1 / first).toFixed(1)} candidates/s)`);
console.log(`full calibration: ${plan.settings.particles} particles x (${generations} generations + the prior sample) = ${total} candidates, ${(100 * pass).toFixed(0)}% of the later ones past stage 1`);
console.log(`  on ${workers} workers: about ${(seconds / 60).toFixed(1)} minutes`);
