/**
 * The engine in a Web Worker, so the page stays responsive while it simulates. Built by Vite
 * as a classic script and inlined into the page as a blob (`?worker&inline` in sim-client.ts),
 * so it also starts from a page opened with file://.
 *
 * Two replies per request: first the runs the page draws (one seed), then the other seeds of
 * the two villages that the lesson's findings compare them over (findings.ts).
 */
import { FINDING_SERIES } from './model/findings.js';
import type { RunRequest, WorkerReply } from './model/protocol.js';
import { replicateSeries, runVillage } from './model/run.js';
import { SIDE_BY_SIDE } from './model/villages.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, seed, runs, replicates } = event.data;
  try {
    const results = runs.map((r) => runVillage(r.village, r.scenario, seed, () => performance.now()));
    scope.postMessage({ id, ok: true, results });
    const sides = runs.filter((r) => (SIDE_BY_SIDE as readonly string[]).includes(r.village));
    const extra = [];
    for (let k = 1; k < replicates; k++) for (const r of sides) extra.push(replicateSeries(r.village, r.scenario, seed + k, FINDING_SERIES));
    scope.postMessage({ id, ok: true, replicates: extra });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
