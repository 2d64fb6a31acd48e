// Conflicts as problems: one per figure involved in a confident disagreement, pointing to the other
// sources' figures. A disagreement between two documents on a quantity can be marked as reviewed; the key
// includes the values, so a review does not survive a change of what either source says.

import type { Span } from '../../core/model';
import type { Corpus, QuantityGroup } from '../../core/corpus';
import type { DocPairConflict } from '../../core/compare/grouping';
import { describeValue } from '../../core/compare/verdict';
import { documentTitle } from './text';
import { isConfident } from './statuses';

export interface RelatedLocation extends Span {
  uri: string;
  message: string;
}

export interface ConflictDiagnostic extends Span {
  uri: string;
  figureIndex: number;
  label: string;
  message: string;
  related: RelatedLocation[];
  /** Review keys of the disagreements this diagnostic reports (see reviewKey). */
  keys: string[];
}

/** The key a reviewed disagreement is remembered by: quantity (bucket and subject), document pair, values. */
export function reviewKey(group: QuantityGroup, conflict: DocPairConflict): string {
  const values = [...new Set(conflict.figures.map((f) => `${f.uri}=${describeValue(f.figure)}`))].sort();
  return [group.bucket, group.subject ?? '', ...conflict.docs, ...values].join('\u001f');
}

/** Diagnostics for every document with an unreviewed conflict, by URI; figures in document order. */
export function conflictDiagnostics(corpus: Corpus, reviewed: ReadonlySet<string> = new Set()): Map<string, ConflictDiagnostic[]> {
  const byFigure = new Map<string, ConflictDiagnostic & { others: Map<string, { value: string; title: string; reasons: Set<string>; confidence: number }> }>();
  for (const g of corpus.conflicts()) {
    const label = corpus.label(g);
    for (const c of g.conflicts) {
      if (!isConfident(c.confidence)) continue;
      const k = reviewKey(g, c);
      if (reviewed.has(k)) continue;
      for (const f of c.figures) {
        const id = `${f.uri}#${f.index}`;
        let d = byFigure.get(id);
        if (!d) {
          d = { uri: f.uri, figureIndex: f.index, start: f.figure.start, end: f.figure.end, label, message: '', related: [], keys: [], others: new Map() };
          byFigure.set(id, d);
        }
        if (!d.keys.includes(k)) d.keys.push(k);
        for (const o of c.figures) {
          if (o.uri === f.uri) continue;
          const oid = `${o.uri}#${o.index}`;
          let other = d.others.get(oid);
          if (!other) {
            other = { value: describeValue(o.figure), title: documentTitle(corpus, o.uri), reasons: new Set(), confidence: c.confidence };
            d.others.set(oid, other);
            d.related.push({ uri: o.uri, start: o.figure.start, end: o.figure.end, message: '' });
          }
          other.reasons.add(c.reason);
          other.confidence = Math.min(other.confidence, c.confidence);
        }
      }
    }
  }
  const out = new Map<string, ConflictDiagnostic[]>();
  for (const d of byFigure.values()) {
    const a = corpus.get(d.uri)!;
    const value = describeValue(a.figures[d.figureIndex]);
    const others = [...d.others.values()];
    d.related.forEach((r, i) => {
      const o = others[i];
      r.message = `${o.value} in “${o.title}”: ${[...o.reasons].join('; ')}${o.confidence < 1 ? ` (link confidence ${Math.round(o.confidence * 100) / 100})` : ''}`;
    });
    const list = others.map((o) => `${o.value} in “${o.title}”`);
    d.message = `Sources disagree on ${d.label}: ${value} here, but ${joinList(list)}.`;
    const { others: _others, ...diagnostic } = d;
    if (!out.has(d.uri)) out.set(d.uri, []);
    out.get(d.uri)!.push(diagnostic);
  }
  for (const list of out.values()) list.sort((x, y) => x.start - y.start);
  return out;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
