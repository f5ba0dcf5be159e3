/** The page's side of the engine worker: one request at a time, a newer one makes older answers stale. */
import SimWorker from './worker.ts?worker&inline';
import type { ReplicateSeries, RunRequest, RunResultMessage, WorkerReply } from './model/protocol.js';

interface Pending {
  resolve: (r: RunResultMessage[] | undefined) => void;
  reject: (e: Error) => void;
  onReplicates: (r: ReplicateSeries[]) => void;
}

export class SimClient {
  private readonly worker: Worker = new SimWorker();
  private latest = 0;
  private pending = new Map<number, Pending>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      const stale = reply.id !== this.latest;
      if (!reply.ok) { this.pending.delete(reply.id); if (stale) p.resolve(undefined); else p.reject(new Error(reply.error)); return; }
      if ('results' in reply) { if (stale) { this.pending.delete(reply.id); p.resolve(undefined); } else p.resolve(reply.results); return; }
      // The second reply: the other seeds the findings compare over.
      this.pending.delete(reply.id);
      if (!stale) p.onReplicates(reply.replicates);
    };
  }

  /**
   * Runs the request; resolves with the runs the page draws (undefined when a newer request was
   * made meanwhile), then calls `onReplicates` with the other seeds, unless superseded by then.
   */
  run(req: Omit<RunRequest, 'id'>, onReplicates: (r: ReplicateSeries[]) => void): Promise<RunResultMessage[] | undefined> {
    const id = ++this.latest;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onReplicates });
      this.worker.postMessage({ ...req, id } satisfies RunRequest);
    });
  }
}
