// Benchmarks: prints figures, asserts nothing. `npm run bench` (add `-- --quick` for a smaller run,
// `-- --only=throughput|adversarial|corpus` for one section, `-- --sizes=10000` for other corpus sizes,
// `-- --workers=N` for another number of analysis workers).
//
// 1. Throughput of the analysis on a ~50 MB corpus generated from the bundled samples, beside a plain
//    regular-expression scan of the same text (the floor any analysis pays to read the text).
// 2. An adversarial 1 MB input (a million digits, a 100,000-character line, a thousand nested brackets).
// 3. Indexing 10,000 generated documents (time, peak memory), related() latency with them loaded, and the
//    time to re-analyse and regroup after editing one 5,000-word document, with 1,000 and 10,000 loaded.

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseDocument } from '../src/core/analyse';
import { Corpus, type CorpusChange } from '../src/core/corpus';
import { AnalysisPool, defaultWorkers } from '../src/cli/pool';
import { availableParallelism } from 'node:os';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
const workersArg = process.argv.find((a) => a.startsWith('--workers='))?.slice('--workers='.length);
const root = path.resolve(__dirname, '..');

/** The articles of the bundled sample and the test stories, story by story. */
function loadStories(): string[][] {
  const dirs = ['samples/muse-spark-launch', 'test/fixtures/stories/coastal-quake/articles', 'test/fixtures/stories/quarterly-results/articles'];
  return dirs.map((d) => readdirSync(path.join(root, d)).sort().filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => readFileSync(path.join(root, d, f), 'utf8')));
}

/**
 * A generated corpus that looks like a real folder of many stories: each generated story takes one of the
 * template stories, gives its names new spellings of its own (so stories do not share subjects), and
 * each of its articles changes some digits (so sources disagree, as they do).
 */
function generate(stories: string[][], count: number): string[] {
  const out: string[] = [];
  for (let s = 0; out.length < count; s++) {
    const story = stories[s % stories.length];
    for (let k = 0; k < story.length && out.length < count; k++) out.push(variant(story[k], s, out.length));
  }
  return out;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Meta', 'Northwind', 'Halvorsen', 'Muse Spark', 'Varrow', 'Kestrel Bay', 'Harborline', 'OpenAI', 'Anthropic'];
const POOL = Array.from({ length: 400 }, (_, i) => `${['Acme', 'Globex', 'Initech', 'Umbra', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent'][i % 10]}${['', ' Labs', ' Systems', ' Group'][Math.floor(i / 10) % 4]}${i >= 40 ? ' ' + String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26) % 26) : ''}`);

/** A variant of a template: other names, other numbers, same shapes. */
function variant(template: string, story: number, i: number): string {
  const names = rng(story * 104729 + 3);
  let text = template;
  for (const name of NAMES) text = text.split(name).join(`${POOL[Math.floor(names() * POOL.length)]} ${storyTag(story)}`);
  // Every other name of the story gets the story's own spelling too: stories share no names.
  const tag = storyTag(story).toLowerCase();
  text = text.replace(/(?<=[a-z,;] )([A-Z][a-z]{2,})\b/g, (w) => w + tag);
  const r = rng(i * 7919 + 17);
  // Change some digits (never the first of a number, so formats and magnitudes stay plausible).
  return text.replace(/(\d)(\d+)/g, (_m, first: string, rest: string) => first + rest.replace(/\d/g, (d) => (r() < 0.3 ? String(Math.floor(r() * 10)) : d)));
}

/** A short name part unique to a story ("Qx7"). */
function storyTag(story: number): string {
  const letters = 'BCDFGHJKLMNPQRSTVWXZ';
  let s = '';
  for (let n = story + 1; n > 0; n = Math.floor(n / 20)) s += letters[n % 20];
  return s.charAt(0) + s.slice(1).toLowerCase() + 'x';
}

/** CPU seconds the main thread has used (Linux only: /proc), or null. */
function mainThreadCpu(): number | null {
  return threadCpu().get(process.pid) ?? null;
}

/** CPU seconds used by each thread of this process, by thread id (Linux only: /proc; empty elsewhere). */
function threadCpu(): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    out.clear();
  }
  return out;
}

function mb(chars: number): number {
  return chars / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

const BASELINE = /\$?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|thousand|million|billion|trillion|bn|[kKmMbB]\b)?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu;

function throughput(stories: string[][]): void {
  const target = quick ? 5e6 : 5e7;
  const docs: string[] = [];
  let size = 0;
  for (const d of generate(stories, Math.ceil(target / 1800))) {
    if (size >= target) break;
    docs.push(d);
    size += d.length;
  }
  // Warm up both.
  for (let i = 0; i < 50; i++) analyseDocument(docs[i], { format: 'markdown' });
  let t = performance.now();
  let matches = 0;
  for (const d of docs) for (const _m of d.matchAll(BASELINE)) matches++;
  const baseMs = performance.now() - t;
  t = performance.now();
  const cpu = process.cpuUsage();
  let figures = 0;
  for (const d of docs) figures += analyseDocument(d, { format: 'markdown', referenceDate: '2026-11-22' }).figures.length;
  const ms = performance.now() - t;
  const cpuUsed = process.cpuUsage(cpu);
  const rate = mb(size) / (ms / 1000);
  const baseRate = mb(size) / (baseMs / 1000);
  console.log(`\n## Analysis throughput (${docs.length} documents, ${mb(size).toFixed(1)} MB of text)`);
  console.log(`analysis:          ${rate.toFixed(2)} MB/s  (${(ms / 1000).toFixed(1)} s, ${((cpuUsed.user + cpuUsed.system) / 1e6).toFixed(1)} s of CPU, ${figures} figures)`);
  console.log(`regex scan:        ${baseRate.toFixed(2)} MB/s  (${(baseMs / 1000).toFixed(2)} s, ${matches} matches)`);
  console.log(`ratio:             analysis runs at ${((rate / baseRate) * 100).toFixed(1)}% of the regex scan's speed (${(baseRate / rate).toFixed(1)}× slower)`);
}

function adversarial(): void {
  console.log('\n## Adversarial input (1 MB each)');
  const inputs: [string, string][] = [
    ['a million digits', '7'.repeat(1_000_000)],
    ['one 100,000-character line ×10', Array.from({ length: 10 }, (_, i) => `Revenue rose ${i}% to $${i}.5 billion, `.repeat(2500).slice(0, 100_000)).join('\n')],
    ['a thousand nested brackets', ('['.repeat(1000) + 'Acme (GPT-5.4) $3 billion' + ']'.repeat(1000) + '\n').repeat(400)],
    ['markdown punctuation soup', '**_[`*(#>|'.repeat(100_000)],
  ];
  for (const [name, text] of inputs) {
    const t = performance.now();
    const a = analyseDocument(text, { format: 'markdown' });
    const ms = performance.now() - t;
    console.log(`${name.padEnd(34)} ${(text.length / 1e6).toFixed(2)} MB  ${(ms / 1000).toFixed(2)} s  (${(mb(text.length) / (ms / 1000)).toFixed(2)} MB/s, ${a.figures.length} figures)`);
  }
}

async function corpusBench(stories: string[][]): Promise<void> {
  const templates = stories.flat();
  const sizes = sizesArg ? sizesArg.split(',').map(Number) : quick ? [1000, 2000] : [1000, 10000];
  // The edited document: a 5,000-word article made of sample paragraphs.
  let long = '';
  for (let i = 0; long.split(/\s+/).length < 5000; i++) long += templates[i % templates.length] + '\n\n';
  for (const n of sizes) {
    const corpus = new Corpus({ referenceDate: '2026-11-22', cacheSize: 0 });
    const texts = generate(stories, n);
    const megabytes = mb(texts.reduce((s, x) => s + x.length, 0));
    let peak = process.memoryUsage().rss;
    const before = process.memoryUsage().rss;
    const workers = workersArg ? Number(workersArg) : defaultWorkers();
    const threadsBefore = threadCpu();
    const pool = new AnalysisPool(workers, path.join(__dirname, 'analysis-worker.js'));
    const t = performance.now();
    const cpu = process.cpuUsage();
    const mainCpu = mainThreadCpu();
    // Analysis on worker threads, indexing here as the analyses arrive, in order.
    const jobs = texts.map((text, k) => ({ text, options: corpus.analysisOptions(`doc-${k}.md`) }));
    await pool.analyseAll(jobs, (a, k) => {
      corpus.setAnalysed(`doc-${k}.md`, texts[k], a);
      if (k % 250 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    });
    peak = Math.max(peak, process.memoryUsage().rss);
    const analysed = performance.now() - t;
    const cpuUsed = process.cpuUsage(cpu);
    const mainUsed = mainCpu === null ? null : mainThreadCpu()! - mainCpu;
    // Threads started with the pool are its workers; the others besides the main thread are V8's and
    // libuv's (background compilation, garbage collection).
    const threadsAfter = threadCpu();
    let workerCpu = 0;
    let backgroundCpu = 0;
    for (const [tid, s] of threadsAfter) {
      if (tid === process.pid) continue;
      if (threadsBefore.has(tid)) backgroundCpu += s - threadsBefore.get(tid)!;
      else workerCpu += s;
    }
    const groups = corpus.quantities();
    const indexMs = performance.now() - t;
    await pool.close();
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(`\n## Corpus of ${n.toLocaleString('en-US')} documents (${megabytes.toFixed(1)} MB)`);
    console.log(`indexing:          ${(indexMs / 1000).toFixed(2)} s with ${workers} analysis worker${workers === 1 ? '' : 's'}: ${(analysed / 1000).toFixed(2)} s to analyse and index, ${((indexMs - analysed) / 1000).toFixed(2)} s to group (${groups.length} cross-source quantities, ${corpus.conflicts().length} in conflict)`);
    console.log(`cpu:               ${((cpuUsed.user + cpuUsed.system) / 1e6).toFixed(2)} s of CPU (all threads) to analyse and index${mainUsed === null ? '' : `: ${mainUsed.toFixed(2)} s on the main thread, ${workerCpu.toFixed(2)} s in the analysis worker${workers === 1 ? '' : 's'}, ${backgroundCpu.toFixed(2)} s in V8's background threads (compilation, garbage collection)`}`);
    console.log(`memory:            peak RSS of the indexing process ${(peak / 1048576).toFixed(0)} MB (${((peak - before) / 1048576).toFixed(0)} MB above the start)`);

    // related() on figures that have a quantity.
    const refs: { uri: string; index: number }[] = [];
    const r = rng(n);
    while (refs.length < 2000) {
      const uri = `doc-${Math.floor(r() * n)}.md`;
      const a = corpus.get(uri)!;
      const index = a.quantities.findIndex((q, k) => q.measure && q.measure !== 'published' && k >= Math.floor(r() * a.figures.length));
      if (index >= 0) refs.push({ uri, index });
    }
    const times: number[] = [];
    let total = 0;
    for (const ref of refs) {
      const s = performance.now();
      total += corpus.related(ref).length;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(`related():         p50 ${fmt(percentile(times, 50))}, p99 ${fmt(percentile(times, 99))} (${refs.length} calls, ${(total / refs.length).toFixed(0)} related figures on average)`);

    // Editing one document: re-analyse it and regroup the quantities it touches (what the editor does
    // after each change). A typical corpus document, then a 5,000-word article.
    let touched: string[] = [];
    corpus.onDidChange((e: CorpusChange) => (touched = e.buckets));
    const editLatency = (uri: string, base: string): number[] => {
      const times: number[] = [];
      for (let i = 0; i < (quick ? 30 : 100); i++) {
        const at = Math.max(1, base.indexOf('%', (i * 997) % base.length));
        const edited = base.slice(0, at - 1) + String(i % 10) + base.slice(at);
        const s = performance.now();
        corpus.set(uri, edited);
        corpus.refresh(touched);
        times.push(performance.now() - s);
      }
      return times.sort((a, b) => a - b);
    };
    const typical = editLatency('doc-7.md', texts[7]);
    console.log(`edit a document:   p50 ${fmt(percentile(typical, 50))}, p95 ${fmt(percentile(typical, 95))} (a ${texts[7].split(/\s+/).length}-word article: re-analysis and regrouping of the quantities it touches)`);
    corpus.set('long.md', long);
    const longEdits = editLatency('long.md', long);
    console.log(`edit a long one:   p50 ${fmt(percentile(longEdits, 50))}, p95 ${fmt(percentile(longEdits, 95))} (a ${long.split(/\s+/).length}-word article)`);
  }
}

async function main(): Promise<void> {
  const stories = loadStories();
  console.log(`Triangulate benchmarks — Node ${process.version}, ${availableParallelism()} cores, ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick)' : ''}`);
  if (!only || only === 'throughput') throughput(stories);
  if (!only || only === 'adversarial') adversarial();
  if (!only || only === 'corpus') await corpusBench(stories);
}

void main();
