/** The page's side of the engine worker: one request at a time, a newer one makes older answers stale. */
import SimWorker from './worker.ts?worker&inline';
import type { RunRequest, RunResultMessage, WorkerReply } from './model/protocol.js';

export class SimClient {
  private readonly worker: Worker = new SimWorker();
  private latest = 0;
  private pending = new Map<number, { resolve: (r: RunResultMessage[] | undefined) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!p) return;
      if (reply.id !== this.latest) p.resolve(undefined); // superseded
      else if (reply.ok) p.resolve(reply.results);
      else p.reject(new Error(reply.error));
    };
  }

  /** Runs the request; resolves undefined when a newer request was made meanwhile. */
  run(req: Omit<RunRequest, 'id'>): Promise<RunResultMessage[] | undefined> {
    const id = ++this.latest;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id } satisfies RunRequest);
    });
  }
}
