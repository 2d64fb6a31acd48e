// A worker thread that analyses documents for the command line and the benchmarks: the engine is pure, so
// documents can be analysed in parallel and their plain-data analyses indexed on the main thread.

import { parentPort } from 'node:worker_threads';
import { analyseDocument } from '../core/analyse';
import type { AnalysisOptions } from '../core/model';

interface Job {
  id: number;
  text: string;
  options: AnalysisOptions;
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, analysis: analyseDocument(job.text, job.options) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).stack ?? String(e) });
  }
});
