// Figure statuses (conflict / corroborated / only source) as the views need them: for one document
// (decorations, hovers: only the groups its figures belong to), or for the whole corpus (tree, navigation).
// The rule itself is the report's (core/report/status), so the editor and the exported report agree.

import type { Corpus, QuantityGroup } from '../../core/corpus';
import { figureStatuses, key, type FigureStatus } from '../../core/report/status';
import { MIN_CONFIDENCE } from '../../core/compare/link';

export type { FigureStatus } from '../../core/report/status';

/** Status of each figure of one document, by figure index. Touches only the quantity groups of its figures. */
export function documentStatuses(corpus: Corpus, uri: string): FigureStatus[] {
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

/** Status of every figure in the corpus, keyed "uri#index" (missing means only source). */
export function corpusStatuses(corpus: Corpus): Map<string, FigureStatus> {
  return figureStatuses(corpus.quantities());
}

export { key as figureKey };

/** Disagreements between pairs of sources that the engine is confident about (the report's "conflicts"). */
export function confidentPairCount(groups: readonly QuantityGroup[]): number {
  let n = 0;
  for (const g of groups) for (const c of g.conflicts) if (c.confidence >= MIN_CONFIDENCE) n++;
  return n;
}

export function isConfident(confidence: number): boolean {
  return confidence >= MIN_CONFIDENCE;
}
