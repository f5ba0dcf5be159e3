/**
 * The engine in a Web Worker, so the page stays responsive while it simulates. Built by Vite
 * as a classic script and inlined into the page as a blob (`?worker&inline` in sim-client.ts),
 * so it also starts from a page opened with file://.
 */
import type { RunRequest, WorkerReply } from './model/protocol.js';
import { runVillage } from './model/run.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, seed, runs } = event.data;
  try {
    const results = runs.map((r) => runVillage(r.village, r.scenario, seed, () => performance.now()));
    scope.postMessage({ id, ok: true, results });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
