// "Go to next / previous conflict" across the corpus: every figure in conflict, in document order
// (documents sorted by URI, figures by offset), wrapping around at the ends.

import type { Corpus } from '../../core/corpus';
import { documentStatuses, type FigureStatus } from './statuses';
import type { Target } from './text';

/** Every figure in conflict, documents in corpus order. `statusOf` defaults to computing each document's statuses. */
export function conflictStops(corpus: Corpus, statusOf: (uri: string) => readonly FigureStatus[] = (uri) => documentStatuses(corpus, uri)): Target[] {
  const stops: Target[] = [];
  for (const uri of corpus.uris()) {
    const statuses = statusOf(uri);
    corpus.get(uri)!.figures.forEach((f, i) => {
      if (statuses[i] === 'conflict') stops.push({ uri, start: f.start, end: f.end });
    });
  }
  return stops;
}

/**
 * The stop after (direction 1) or before (-1) an offset in a document, wrapping around the corpus.
 * `uris` is the corpus order; a position in a document outside the corpus starts from the first stop.
 */
export function nextStop(stops: readonly Target[], uris: readonly string[], at: { uri: string; offset: number } | undefined, direction: 1 | -1): Target | undefined {
  if (!stops.length) return undefined;
  const rank = new Map(uris.map((u, i) => [u, i]));
  const here = at ? rank.get(at.uri) : undefined;
  if (!at || here === undefined) return direction === 1 ? stops[0] : stops[stops.length - 1];
  const cmp = (s: Target) => (rank.get(s.uri)! - here) || (s.start - at.offset);
  if (direction === 1) return stops.find((s) => cmp(s) > 0) ?? stops[0];
  for (let i = stops.length - 1; i >= 0; i--) if (cmp(stops[i]) < 0) return stops[i];
  return stops[stops.length - 1];
}
