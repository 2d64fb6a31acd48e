// A worker thread that analyses documents for the command line and the benchmarks: the engine is pure, so
// documents can be analysed in parallel and their plain-data analyses indexed on the main thread. It sends
// each analysis without its claims, which the main thread adds (see PartialAnalysis).

import { parentPort } from 'node:worker_threads';
import { analyseWithoutClaims } from '../core/analyse';
import type { AnalysisOptions } from '../core/model';

interface Job {
  id: number;
  text: string;
  options: AnalysisOptions;
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, partial: analyseWithoutClaims(job.text, job.options) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).stack ?? String(e) });
  }
});
