// The status bar item's text: documents · figures · conflicts.

import type { Corpus } from '../../core/corpus';
import { confidentPairCount } from './statuses';
import { plural } from './text';

export interface StatusSummary {
  documents: number;
  figures: number;
  /** Disagreements between pairs of sources (what the report counts as conflicts). */
  conflicts: number;
  /** Quantities on which at least two sources disagree (the rows of the Conflicts view). */
  quantities: number;
  text: string;
  tooltip: string;
}

export function statusSummary(corpus: Corpus, indexing = false): StatusSummary {
  let figures = 0;
  for (const uri of corpus.uris()) figures += corpus.get(uri)!.figures.length;
  const groups = corpus.conflicts();
  const conflicts = confidentPairCount(groups);
  const documents = corpus.size;
  const icon = indexing ? '$(sync~spin)' : conflicts ? '$(warning)' : '$(check)';
  const text = `${icon} ${plural(documents, 'document')} · ${plural(figures, 'figure')} · ${plural(conflicts, 'conflict')}`;
  const tooltip = [
    indexing ? 'Triangulate is reading the workspace…' : 'Triangulate',
    `${plural(documents, 'document')}, ${plural(figures, 'figure')}`,
    `${plural(conflicts, 'disagreement')} between pairs of sources, on ${plural(groups.length, 'quantity', 'quantities')}`,
    'Click to open the Triangulate view.',
  ].join('\n');
  return { documents, figures, conflicts, quantities: groups.length, text, tooltip };
}
