// A figure's standing across the corpus: in conflict, corroborated by another source, or the only source.
// One rule for the editor and the report: from the figure's own confident links to other sources.

import type { Corpus } from '../corpus';
import { MIN_CONFIDENCE } from '../compare/link';
import type { QuantityGroup } from '../compare/grouping';

export type FigureStatus = 'conflict' | 'corroborated' | 'single';

/** In conflict when a confident link to another source disagrees; corroborated when one agrees. */
export function statusOf(corpus: Corpus, uri: string, index: number): FigureStatus {
  let status: FigureStatus = 'single';
  for (const r of corpus.related({ uri, index })) {
    if (r.uncertain) continue;
    if (!r.verdict.agree) return 'conflict';
    status = 'corroborated';
  }
  return status;
}

export function key(uri: string, index: number): string {
  return `${uri}#${index}`;
}

/**
 * Statuses read from quantity groups instead of direct links: the same on ordinary corpora (a test checks
 * it on the samples and stories); on very large ones groups are capped in size, so direct links are the rule.
 */
export function figureStatuses(groups: readonly QuantityGroup[]): Map<string, FigureStatus> {
  const out = new Map<string, FigureStatus>();
  for (const g of groups) {
    for (const a of g.agreements) for (const f of a.figures) if (!out.has(key(f.uri, f.index))) out.set(key(f.uri, f.index), 'corroborated');
    for (const c of g.conflicts) {
      if (c.confidence < MIN_CONFIDENCE) continue;
      for (const f of c.figures) out.set(key(f.uri, f.index), 'conflict');
    }
  }
  return out;
}
