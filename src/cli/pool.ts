// Analyses documents on worker threads, in parallel, keeping the order of the results.

import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import { completeAnalysis, type PartialAnalysis } from '../core/analyse';
import type { AnalysisOptions, DocAnalysis } from '../core/model';

/**
 * Analysis workers to start: one core fewer than the machine has, because the main thread deserialises and
 * indexes each analysis as it arrives and holds the corpus (its garbage collection is heavy). Measured on 2
 * cores, 10,000 articles, four runs each: 1 worker 20.8–26.9 s, 2 workers 26.2–28.5 s.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface AnalysisJob {
  text: string;
  options: AnalysisOptions;
}

interface Pending {
  text: string;
  resolve: (a: DocAnalysis) => void;
  reject: (e: Error) => void;
  worker: number;
}

export class AnalysisPool {
  private workers: Worker[] = [];
  /** Jobs sent to each worker and not answered yet. */
  private load: number[] = [];
  private pending = new Map<number, Pending>();
  private id = 0;

  /** `script` is the bundled worker (dist/analysis-worker.js). */
  constructor(size = defaultWorkers(), script = path.join(__dirname, 'analysis-worker.js')) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (m: { id: number; partial?: PartialAnalysis; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[p.worker]--;
        if (!m.partial) return p.reject(new Error(m.error));
        // The worker leaves the claims to this thread, which has time to spare while it waits.
        try {
          p.resolve(completeAnalysis(p.text, m.partial));
        } catch (e) {
          p.reject(e as Error);
        }
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Analyses one document on the worker with the fewest jobs waiting. */
  analyse(text: string, options: AnalysisOptions): Promise<DocAnalysis> {
    const id = ++this.id;
    let worker = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[worker]) worker = i;
    this.load[worker]++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text, resolve, reject, worker });
      this.workers[worker].postMessage({ id, text, options });
    });
  }

  /**
   * Analyses every job and hands each analysis to `onResult` in the jobs' order, as soon as it and those
   * before it are ready, so the caller indexes while the workers go on analysing. At most `ahead` jobs are
   * in flight (enough to keep every worker busy) and twice that many waiting to be handed over, which
   * bounds memory.
   */
  async analyseAll(
    jobs: readonly AnalysisJob[],
    onResult: (analysis: DocAnalysis, index: number) => void,
    ahead = 64 * this.workers.length,
  ): Promise<void> {
    const results = new Map<number, DocAnalysis>();
    let sent = 0;
    let done = 0;
    let inFlight = 0;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const send = () => {
      while (sent < jobs.length && inFlight < ahead && results.size < 2 * ahead) {
        const i = sent++;
        inFlight++;
        this.analyse(jobs[i].text, jobs[i].options).then(
          (a) => {
            inFlight--;
            results.set(i, a);
            wake?.();
          },
          (e: Error) => {
            failure ??= e;
            wake?.();
          },
        );
      }
    };
    send();
    while (done < jobs.length) {
      if (failure) throw failure;
      const a = results.get(done);
      if (a) {
        results.delete(done);
        onResult(a, done++);
        send();
      } else {
        await new Promise<void>((r) => (wake = r));
        wake = undefined;
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
