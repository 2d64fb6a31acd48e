// A figure's standing across the corpus: in conflict, corroborated by another source, or the only source.

import type { Corpus, QuantityGroup } from '../corpus';
import { MIN_CONFIDENCE } from '../compare/link';

export type FigureStatus = 'conflict' | 'corroborated' | 'single';

/** Status of every figure of every document that another source also states, keyed "uri#index". */
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

export function statusOf(corpus: Corpus, uri: string, index: number): FigureStatus {
  const g = corpus.quantityOf({ uri, index });
  if (!g) return 'single';
  return figureStatuses([g]).get(key(uri, index)) ?? 'single';
}

export function key(uri: string, index: number): string {
  return `${uri}#${index}`;
}
