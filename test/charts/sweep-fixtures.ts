/**
 * Hand-made sweep folders following docs/sweeps.md (manifest.json, points.csv, runs.csv and
 * sensitivity.json), as file name → text. Outcomes are simple known functions of the
 * parameters, so a chart's reading can be checked by hand.
 */
const P1 = 'policy.instruments.dividend.end', P2 = 'modes.cooperative.training';

function manifest(sweep: string, type: string, points: number, replicates: number, extra: object = {}): string {
  return JSON.stringify({
    kind: 'ipasim-sweep', sweep, sweepFile: `${sweep}.yaml`, hash: 'abcdef12', design: { type, seed: 1, factors: [{ path: P1, min: 2024, max: 2028, integer: true }, { path: P2, min: 0, max: 1, integer: false }], ...extra },
    points, replicates, seeds: Array.from({ length: replicates }, (_, r) => 1 + r), shard: null, ipasimVersion: '0.1.0', gitCommit: null, node: 'v20', resolvedSweep: {}, resolvedScenario: {},
  }, null, 2);
}

/** runs.csv summary rows for each point and replicate: incomeDropPct = f(x, y) + replicate noise, R = y/2 (modes all and cooperative). */
function runs(rows: { x: number; y: number }[], replicates: number): string {
  const lines = ['point,replicate,seed,year,mode,metric,value'];
  rows.forEach(({ x, y }, p) => {
    for (let r = 0; r < replicates; r++) {
      for (const mode of ['all', 'cooperative']) {
        lines.push(`${p},${r},${1 + r},,${mode},incomeDropPct,${(x - 2020) * 2 - 10 * y + r * 0.1}`);
        lines.push(`${p},${r},${1 + r},,${mode},R,${y / 2}`);
      }
      lines.push(`${p},${r},${1 + r},2030,all,incomeMean,${5000 + p}`); // a yearly row: not charted
    }
  });
  return lines.join('\n') + '\n';
}

/** A 3 x 3 grid over dividend end year and cooperative training, 2 replicates. */
export function gridSweep(): Record<string, string> {
  const rows = [2024, 2026, 2028].flatMap((x) => [0, 0.5, 1].map((y) => ({ x, y })));
  return {
    'manifest.json': manifest('grid-fixture', 'grid', rows.length, 2),
    'points.csv': `point,${P1},${P2}\n` + rows.map((r, i) => `${i},${r.x},${r.y}`).join('\n') + '\n',
    'runs.csv': runs(rows, 2),
  };
}

/** A Saltelli sweep (k = 2, N = 2: 8 points) with Sobol indices in sensitivity.json. */
export function sobolSweep(): Record<string, string> {
  const rows = Array.from({ length: 8 }, (_, i) => ({ x: 2024 + (i % 5), y: (i % 3) / 2 }));
  const sobol = (a: number, b: number) => [
    { factor: P1, S1: a, S1Low: a - 0.1, S1High: a + 0.1, ST: a + 0.05, STLow: a - 0.05, STHigh: a + 0.15 },
    { factor: P2, S1: b, S1Low: b - 0.1, S1High: b + 0.1, ST: b + 0.05, STLow: b - 0.05, STHigh: b + 0.15 },
  ];
  return {
    'manifest.json': manifest('sobol-fixture', 'saltelli', 8, 1, { samples: 2 }),
    'points.csv': `point,${P1},${P2}\n` + rows.map((r, i) => `${i},${r.x},${r.y}`).join('\n') + '\n',
    'runs.csv': runs(rows, 1),
    'sensitivity.json': JSON.stringify({
      sweep: 'sobol-fixture', design: 'saltelli', confidence: 0.95,
      outputs: [
        { metric: 'incomeDropPct', mode: 'all', year: null, noiseShare: 0.02, sobol: sobol(0.7, 0.2) },
        { metric: 'R', mode: 'all', year: null, noiseShare: 0, sobol: sobol(0.05, 0.9) },
        { metric: 'incomeDropPct', mode: 'cooperative', year: null, noiseShare: 0.03, sobol: sobol(0.6, 0.3) },
      ],
    }),
  };
}

/** A Morris sweep (k = 2, r = 2: 6 points) with mu, mu* and sigma in sensitivity.json. */
export function morrisSweep(): Record<string, string> {
  const rows = Array.from({ length: 6 }, (_, i) => ({ x: 2024 + 2 * (i % 3), y: i < 3 ? 0 : 1 }));
  return {
    'manifest.json': manifest('morris-fixture', 'morris', 6, 1, { trajectories: 2, levels: 4 }),
    'points.csv': `point,${P1},${P2}\n` + rows.map((r, i) => `${i},${r.x},${r.y}`).join('\n') + '\n',
    'runs.csv': runs(rows, 1),
    'sensitivity.json': JSON.stringify({
      sweep: 'morris-fixture', design: 'morris', confidence: 0.95,
      outputs: [
        { metric: 'incomeDropPct', mode: 'all', year: null, noiseShare: 0.01, morris: [
          { factor: P1, mu: 8, muStar: 8, muStarLow: 6, muStarHigh: 10, sigma: 0.5 },
          { factor: P2, mu: -10, muStar: 10.5, muStarLow: 9, muStarHigh: 12, sigma: 2 },
        ] },
      ],
    }),
  };
}

/** A variants sweep: three named variants, 1 replicate; no sensitivity. */
export function variantsSweep(): Record<string, string> {
  const rows = [{ x: 2024, y: 0 }, { x: 2026, y: 0.5 }, { x: 2028, y: 1 }];
  return {
    'manifest.json': manifest('variants-fixture', 'variants', 3, 1, { variants: ['early', 'mid', 'late'] }),
    'points.csv': `point,variant,${P1},${P2}\n` + rows.map((r, i) => `${i},${['early', 'mid', 'late'][i]},${r.x},${r.y}`).join('\n') + '\n',
    'runs.csv': runs(rows, 1),
  };
}
