// The bundled sample as a corpus, for the view-model tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../../src/core/corpus';

export const SAMPLE_DIR = path.resolve(__dirname, '../../../samples/muse-spark-launch');
export const uriOf = (name: string) => `file://${SAMPLE_DIR}/${name}`;
export const LEDGER = uriOf('01-ledger-wire-launch.md');
export const DRIFT = uriOf('06-model-drift-blog.txt');

let cached: Corpus | undefined;

/** A fresh corpus of the six sample articles (tests that edit it must use fresh: true). */
export function sampleCorpus(fresh = false): Corpus {
  if (cached && !fresh) return cached;
  const corpus = new Corpus();
  for (const name of fs.readdirSync(SAMPLE_DIR).sort()) corpus.set(uriOf(name), fs.readFileSync(path.join(SAMPLE_DIR, name), 'utf8'));
  if (!fresh) cached = corpus;
  return corpus;
}

export function offsetIn(corpus: Corpus, uri: string, text: string): number {
  const at = corpus.text(uri)!.indexOf(text);
  if (at < 0) throw new Error(`"${text}" not in ${uri}`);
  return at;
}

export const fileOf = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The label of the ledger's "$115 billion" quantity ("Meta · spending (infrastructure, 2026)"); the engine names the measure. */
export function spendingLabel(corpus: Corpus): string {
  const label = corpus.label(corpus.figureAt(LEDGER, offsetIn(corpus, LEDGER, '$115 billion'))!);
  if (!/^Meta · .+ \(infrastructure, 2026\)$/.test(label)) throw new Error(`unexpected label ${label}`);
  return label;
}
