// triangulate check <folder> [--format json|md|csv] [--out FILE] [--max-size 5MB] [--glossary FILE] [--date YYYY-MM-DD]

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { Corpus } from '../core/corpus';
import { buildReport } from '../core/report/json';
import { renderMarkdown } from '../core/report/markdown';
import { renderCsv } from '../core/report/csv';
import { parseGlossary, GLOSSARY_PATH } from '../core/glossary';
import { DEFAULT_MAX_BYTES } from '../core/text/decode';
import type { Glossary } from '../core/model';
import { readArticles } from './files';
import { AnalysisPool } from './pool';
import { existsSync } from 'node:fs';

/** Folders with at least this many articles are analysed in parallel. */
const PARALLEL_FROM = 64;
import pkg from '../../package.json';

const USAGE = `Usage: triangulate check <folder> [options]

Analyses every .md and .txt file under <folder>: figures, dates, names and claims, and where the
sources disagree on the same quantity.

Options:
  --format json|md|csv   report format (default: md)
  --out FILE             write the report to FILE instead of standard output
  --max-size SIZE        skip files larger than SIZE (default: 5MB; accepts KB, MB)
  --glossary FILE        names and aliases to recognise (default: <folder>/${GLOSSARY_PATH} if present)
  --date YYYY-MM-DD      "today" for dates written without a year (default: today)
  -h, --help             show this help
  -v, --version          print the version`;

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i;

const OptionsSchema = z.object({
  folder: z.string().min(1, 'the folder to analyse is missing'),
  format: z.enum(['json', 'md', 'csv'], { error: () => 'must be json, md or csv' }).default('md'),
  out: z.string().optional(),
  maxSize: z
    .string()
    .regex(SIZE, 'must be a size such as 5MB or 500KB')
    .transform((s) => {
      const m = SIZE.exec(s)!;
      const unit = (m[2] ?? 'b').toLowerCase();
      const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
      return Math.round(Number(m[1]) * factor);
    })
    .optional(),
  glossary: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-04-10').optional(),
});

export class UsageError extends Error {}

export function parseArgs(argv: string[]): z.infer<typeof OptionsSchema> | 'help' | 'version' {
  const raw: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-v' || a === '--version') return 'version';
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      const keyName = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      if (!['format', 'out', 'maxSize', 'glossary', 'date'].includes(keyName)) throw new UsageError(`unknown option --${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      raw[keyName] = value;
    } else positional.push(a);
  }
  if (positional[0] !== 'check') throw new UsageError(positional.length ? `unknown command "${positional[0]}" (did you mean "check"?)` : 'missing command "check"');
  if (positional.length > 2) throw new UsageError(`unexpected argument "${positional[2]}"`);
  const r = OptionsSchema.safeParse({ ...raw, folder: positional[1] ?? '' });
  if (!r.success) throw new UsageError(r.error.issues.map((i) => (i.path.length ? `--${String(i.path[0]).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} ${i.message}` : i.message)).join('; '));
  return r.data;
}

export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function run(argv: string[], io: Output = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) }): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`triangulate: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (options === 'version') {
    io.out(pkg.version + '\n');
    return 0;
  }
  const folder = path.resolve(options.folder);
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) {
      io.err(`triangulate: ${options.folder} is not a folder\n`);
      return 1;
    }
    await fs.access(folder, (await import('node:fs')).constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`triangulate: cannot read folder ${options.folder}: ${code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : (e as Error).message}\n`);
    return 1;
  }

  let glossary: Glossary | undefined;
  const glossaryFile = options.glossary ? path.resolve(options.glossary) : path.join(folder, GLOSSARY_PATH);
  try {
    const parsed = parseGlossary(await fs.readFile(glossaryFile, 'utf8'));
    if ('error' in parsed) {
      io.err(`triangulate: glossary ${glossaryFile}: ${parsed.error}\n`);
      return 1;
    }
    glossary = parsed.glossary;
  } catch (e) {
    if (options.glossary) {
      io.err(`triangulate: cannot read glossary ${options.glossary}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 1;
    }
  }

  const { articles, skipped } = await readArticles(folder, options.maxSize ?? DEFAULT_MAX_BYTES);
  // Dates written without a year (a dateline's "March 3") are placed before this day: today unless --date says otherwise.
  const referenceDate = options.date ?? new Date().toISOString().slice(0, 10);
  const corpus = new Corpus({ ...(glossary ? { glossary } : {}), referenceDate, cacheSize: 0 });
  const notes = new Map<string, string[]>();
  // Large folders are analysed on worker threads; the index is built here, in order.
  const pool = articles.length >= PARALLEL_FROM && existsSync(path.join(__dirname, 'analysis-worker.js')) ? new AnalysisPool() : null;
  try {
    // Each analysis is indexed as soon as it and those before it are ready, while the workers go on.
    if (pool) await pool.analyseAll(articles.map((a) => ({ text: a.text, options: corpus.analysisOptions(a.path) })), (analysis, i) => corpus.setAnalysed(articles[i].path, articles[i].text, analysis));
    else for (const a of articles) corpus.set(a.path, a.text);
    for (const a of articles) if (a.notes.length) notes.set(a.path, a.notes);
  } finally {
    await pool?.close();
  }
  const report = buildReport({ corpus, folder: options.folder, version: pkg.version, pathOf: (uri) => uri, skipped });
  for (const d of report.documents) {
    const extra = notes.get(d.path);
    if (extra) d.notes = [...extra, ...d.notes.filter((n) => !/could not be decoded/.test(n))];
  }
  const text = options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : options.format === 'csv' ? renderCsv(report) : renderMarkdown(report);
  if (options.out) {
    await fs.writeFile(options.out, text, 'utf8');
    io.err(`triangulate: wrote ${options.out} (${report.documents.length} documents, ${report.conflicts.length} conflicts)\n`);
  } else io.out(text);
  for (const s of skipped) io.err(`triangulate: skipped ${s.path}: ${s.reason}\n`);
  return 0;
}

/** Entry point: runs the command line and sets the exit code. */
export function main(argv = process.argv.slice(2)): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`triangulate: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) main();
