// Analyses documents on worker threads, in parallel, keeping the order of the results.

import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import type { AnalysisOptions, DocAnalysis } from '../core/model';

export class AnalysisPool {
  private workers: Worker[] = [];
  private next = 0;
  private pending = new Map<number, { resolve: (a: DocAnalysis) => void; reject: (e: Error) => void }>();
  private id = 0;

  /** `script` is the bundled worker (dist/analysis-worker.js). */
  constructor(size = Math.max(1, availableParallelism()), script = path.join(__dirname, 'analysis-worker.js')) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (m: { id: number; analysis?: DocAnalysis; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.analysis) p.resolve(m.analysis);
        else p.reject(new Error(m.error));
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }

  analyse(text: string, options: AnalysisOptions): Promise<DocAnalysis> {
    const id = ++this.id;
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
