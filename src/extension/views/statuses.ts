// Figure statuses (conflict / corroborated / only source) as the views need them: for one document
// (decorations, hovers: only the groups its figures belong to), or for the whole corpus (tree, navigation).
// The rule itself is the report's (core/report/status), so the editor and the exported report agree.

import type { Corpus, QuantityGroup } from '../../core/corpus';
import { statusOf, figureStatuses, key, type FigureStatus } from '../../core/report/status';
import { MIN_CONFIDENCE } from '../../core/compare/link';

export type { FigureStatus } from '../../core/report/status';

/**
 * Status of each figure of one document, by figure index, from the figure's direct links to other
 * sources (Corpus.related): in conflict when a confident link disagrees, corroborated when one agrees.
 * This is the report's rule (core/report/status) without regrouping the quantities, which costs time in
 * proportion to the whole corpus: it stays cheap while the user types with a thousand articles open.
 * (The report counts a pair of documents as in conflict only if every link between them is confident;
 * the two differ only when two figures of one document link to the same other document unequally.)
 */
export function documentStatuses(corpus: Corpus, uri: string): FigureStatus[] {
  const a = corpus.get(uri);
  if (!a) return [];
  return a.figures.map((_, index) => figureStatus(corpus, uri, index));
}

export function figureStatus(corpus: Corpus, uri: string, index: number): FigureStatus {
  return statusOf(corpus, uri, index);
}

/** The same, through the quantity groups (exactly the report's statuses; slower on a large corpus). */
export function documentStatusesByGroup(corpus: Corpus, uri: string): FigureStatus[] {
  const a = corpus.get(uri);
  if (!a) return [];
  const groups = new Set<QuantityGroup>();
  for (let index = 0; index < a.figures.length; index++) {
    const g = corpus.quantityOf({ uri, index });
    if (g) groups.add(g);
  }
  if (!groups.size) return a.figures.map(() => 'single');
  const statuses = figureStatuses([...groups]);
  return a.figures.map((_, index) => statuses.get(key(uri, index)) ?? 'single');
}

export { key as figureKey };

export function isConfident(confidence: number): boolean {
  return confidence >= MIN_CONFIDENCE;
}
