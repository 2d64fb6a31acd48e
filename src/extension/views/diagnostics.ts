// What one document shows beyond its decorations: each figure's status, and a problem for each figure in
// conflict pointing to the other sources' figures. Computed per document from the figures' direct links
// (Corpus.related), so that after an edit only the documents sharing a quantity with it are looked at
// again, one at a time. A disagreement can be marked as reviewed; its key includes the values, so a
// review does not survive a change of what either source says.

import type { Span } from '../../core/model';
import type { Corpus, FigureRef, Related } from '../../core/corpus';
import { describeValue } from '../../core/compare/verdict';
import { bucketKey } from '../../core/compare/grouping';
import type { FigureStatus } from './statuses';
import { documentTitle } from './text';

export interface RelatedLocation extends Span {
  uri: string;
  message: string;
}

export interface ConflictDiagnostic extends Span {
  uri: string;
  figureIndex: number;
  label: string;
  message: string;
  /** The other sources' figures (at most `maxRelated`). */
  related: RelatedLocation[];
  /** How many disagreeing figures of other sources there are in all. */
  total: number;
  /** Review keys of the disagreements this diagnostic reports (see reviewKey). */
  keys: string[];
}

export interface DocumentScan {
  uri: string;
  /** Hash of the analysed text the scan was made from. */
  hash: string;
  statuses: FigureStatus[];
  /** Unreviewed conflicts, by figure, in document order. */
  diagnostics: ConflictDiagnostic[];
  /** Documents this one disagrees with on some figure (reviewed or not), sorted. */
  conflictsWith: string[];
  /** What the document's figures can be linked by (see linkKeys): a change elsewhere with a matching key makes the scan stale. */
  links: string[];
}

/** The key a reviewed disagreement is remembered by: the quantity's bucket and both figures' documents and values. */
export function reviewKey(a: Pick<FigureRef, 'uri' | 'figure' | 'quantity'>, b: Pick<FigureRef, 'uri' | 'figure'>): string {
  const ends = [`${a.uri}=${describeValue(a.figure)}`, `${b.uri}=${describeValue(b.figure)}`].sort();
  return [bucketKey(a.quantity) ?? '', ...ends].join('\u001f');
}

export const MAX_RELATED = 20;

export function scanDocument(corpus: Corpus, uri: string, reviewed: ReadonlySet<string> = new Set(), maxRelated = MAX_RELATED): DocumentScan | undefined {
  const a = corpus.get(uri);
  if (!a) return undefined;
  const statuses: FigureStatus[] = [];
  const diagnostics: ConflictDiagnostic[] = [];
  const conflictsWith = new Set<string>();
  a.figures.forEach((figure, index) => {
    const ref: FigureRef = { uri, index, figure, quantity: a.quantities[index] };
    const related = corpus.related(ref);
    const confident = related.filter((r) => !r.uncertain);
    const disagree = confident.filter((r) => !r.verdict.agree);
    statuses.push(disagree.length ? 'conflict' : confident.length ? 'corroborated' : 'single');
    for (const r of disagree) conflictsWith.add(r.ref.uri);
    const open = disagree.map((r) => ({ r, key: reviewKey(ref, r.ref) })).filter((x) => !reviewed.has(x.key));
    if (open.length) diagnostics.push(diagnostic(corpus, ref, open.map((x) => x.r), open.map((x) => x.key), maxRelated));
  });
  return { uri, hash: a.hash, statuses, diagnostics, conflictsWith: [...conflictsWith].sort(), links: linkKeys(corpus, uri) };
}

/** The key of a figure with no subject: it can be linked to any figure of its bucket. */
export const ANY_SUBJECT = '*';
const SEP = '\u0001';

export function bucketOfKey(key: string): string {
  return key.slice(0, key.indexOf(SEP));
}

/**
 * What a document's figures can be linked to another document's by, as "bucket␁party": the bucket
 * (dimension and measure) with the subject (for a figure with no subject, its article's topics), plus, for
 * dates, the other parties of the event. Two figures can only be related (Corpus.related) if their keys
 * share a bucket and a party, or one has neither subject nor topic ("bucket␁*"). A superset of the engine's candidates, so that a change elsewhere marks this document
 * stale whenever it may change what the document shows.
 */
export function linkKeys(corpus: Corpus, uri: string): string[] {
  const a = corpus.get(uri);
  if (!a) return [];
  const keys = new Set<string>();
  for (const q of a.quantities) {
    const bucket = bucketKey(q);
    if (!bucket) continue;
    if (q.subject) keys.add(`${bucket}${SEP}${q.subject}`);
    // A figure with no subject is compared with those about its article's topics (or, with none, with any).
    else if (q.topics?.length) for (const t of q.topics) keys.add(`${bucket}${SEP}${t}`);
    else keys.add(`${bucket}${SEP}${ANY_SUBJECT}`);
    if (q.dimension === 'date' && q.subject) for (const r of q.related) keys.add(`${bucket}${SEP}${r}`);
  }
  return [...keys];
}

/** Whether a document with `links` may be affected by a change to a document with `changed` keys. */
export function linksMeet(links: readonly string[], changed: ReadonlySet<string>, changedBuckets: ReadonlySet<string>): boolean {
  for (const k of links) {
    if (changed.has(k)) return true;
    const bucket = bucketOfKey(k);
    if (changed.has(`${bucket}${SEP}${ANY_SUBJECT}`)) return true;
    if (k.endsWith(`${SEP}${ANY_SUBJECT}`) && changedBuckets.has(bucket)) return true;
  }
  return false;
}

function diagnostic(corpus: Corpus, ref: FigureRef, disagree: Related[], keys: string[], maxRelated: number): ConflictDiagnostic {
  const label = corpus.label(ref);
  const value = describeValue(ref.figure);
  const shown = disagree.slice(0, maxRelated);
  const related = shown.map((r) => {
    const confidence = r.link.confidence < 1 ? ` (link confidence ${Math.round(r.link.confidence * 100) / 100})` : '';
    return {
      uri: r.ref.uri, start: r.ref.figure.start, end: r.ref.figure.end,
      message: `${describeValue(r.ref.figure)} in “${documentTitle(corpus, r.ref.uri)}”: ${r.verdict.reason}${confidence}`,
    };
  });
  const named = shown.slice(0, 3).map((r) => `${describeValue(r.ref.figure)} in “${documentTitle(corpus, r.ref.uri)}”`);
  const more = disagree.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : joinList(named);
  return {
    uri: ref.uri, figureIndex: ref.index, start: ref.figure.start, end: ref.figure.end, label,
    message: `Sources disagree on ${label}: ${value} here, but ${list}.`,
    related, total: disagree.length, keys,
  };
}

/** Every document's unreviewed conflicts, by URI (documents without any are left out). */
export function conflictDiagnostics(corpus: Corpus, reviewed: ReadonlySet<string> = new Set()): Map<string, ConflictDiagnostic[]> {
  const out = new Map<string, ConflictDiagnostic[]>();
  for (const uri of corpus.uris()) {
    const scan = scanDocument(corpus, uri, reviewed)!;
    if (scan.diagnostics.length) out.set(uri, scan.diagnostics);
  }
  return out;
}

/** Pairs of documents that disagree on some figure, from the scans. */
export function conflictPairs(scans: Iterable<Pick<DocumentScan, 'uri' | 'conflictsWith'>>): number {
  const pairs = new Set<string>();
  for (const s of scans) for (const other of s.conflictsWith) pairs.add(s.uri < other ? `${s.uri}\u0000${other}` : `${other}\u0000${s.uri}`);
  return pairs.size;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
