/**
 * Which parameters sweeps/sobol-baseline.yaml varies, chosen reproducibly from the scenario
 * schema: `npx tsx scripts/pick-sobol-factors.ts [--count 10] [--all-sources]`.
 *
 * The rule (issue 5): the parameters with the widest plausible range relative to their
 * default, (max - min) / |default|. Candidates are the continuous model parameters whose
 * default is an assumption of ours (source "assumption" in docs/parameters.md): a value
 * read from the field survey or the seed documents is not the uncertainty in question, and
 * the schema's bounds on such values (photovoltaic income up to 10 million yuan, say) are
 * validation guards rather than plausible alternatives. Left out as well: whole-number
 * parameters (calendar years move the policy timing, which other sweeps ask about; counts
 * change the population's structure), list entries (per-village groups), zero defaults
 * (the ratio is undefined and zero means "switched off"), and the seed, time and analysis
 * settings, which describe the measurement, not the model. `--all-sources` drops the
 * assumption filter to show the literal ranking.
 *
 * Prints the ranking, then the `parameters:` block for the sweep file.
 */
import { parameterRows, type ParameterRow } from '../src/scenario/parameter-table.js';
import { Scenario } from '../src/scenario/schema.js';

interface Ranked extends ParameterRow {
  relativeWidth: number;
}

/** The candidates, widest relative range first (ties in schema order). */
function rankFactors(allSources = false): Ranked[] {
  return parameterRows(Scenario)
    .filter((r) => r.type === 'number' && r.min !== undefined && r.max !== undefined)
    .filter((r) => typeof r.default === 'number' && r.default !== 0)
    .filter((r) => !r.path.includes('[]') && !/^(seed$|time\.|analysis\.)/.test(r.path))
    .filter((r) => allSources || r.source === 'assumption')
    .map((r) => ({ ...r, relativeWidth: (r.max! - r.min!) / Math.abs(r.default as number) }))
    .sort((a, b) => b.relativeWidth - a.relativeWidth);
}

function main(argv: string[]): void {
  const at = argv.indexOf('--count');
  const count = at >= 0 ? Number(argv[at + 1]) : 10;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number of at least 1, got ${argv[at + 1]}`);
  const ranked = rankFactors(argv.includes('--all-sources'));
  console.log('rank  (max-min)/|default|  path  default  [min, max]  unit  source');
  ranked.slice(0, count + 10).forEach((r, i) => console.log(`${String(i + 1).padStart(3)}${i < count ? '*' : ' '} ${r.relativeWidth.toFixed(1).padStart(8)}  ${r.path}  ${r.default}  [${r.min}, ${r.max}]  ${r.unit ?? ''}  ${r.source ?? ''}`));
  console.log('\n  parameters:   # each over its plausible range (docs/parameters.md)');
  for (const r of ranked.slice(0, count)) console.log(`    ${r.path}: {}   # default ${r.default}, range ${r.min}-${r.max} ${r.unit ?? ''}`.trimEnd());
}

main(process.argv.slice(2));
