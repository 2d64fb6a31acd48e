// The status bar item's text: documents · figures · figures in conflict.

import { plural } from './text';

export interface StatusCounts {
  documents: number;
  figures: number;
  /** Figures that a confident link to another source contradicts (one problem each in the Problems panel). */
  conflicts: number;
  /** Documents with at least one figure in conflict. */
  documentsInConflict: number;
}

export interface StatusSummary extends StatusCounts {
  text: string;
  tooltip: string;
}

export function statusSummary(counts: StatusCounts, indexing = false): StatusSummary {
  const { documents, figures, conflicts, documentsInConflict } = counts;
  const icon = indexing ? '$(sync~spin)' : conflicts ? '$(warning)' : '$(check)';
  const text = `${icon} ${plural(documents, 'document')} · ${plural(figures, 'figure')} · ${conflicts} in conflict`;
  const tooltip = [
    indexing ? 'Triangulate is reading the workspace…' : 'Triangulate',
    `${plural(documents, 'document')}, ${plural(figures, 'figure')}`,
    `${plural(conflicts, 'figure')} contradicted by another source, in ${documentsInConflict} of ${plural(documents, 'document')}`,
    'Click to open the Triangulate view.',
  ].join('\n');
  return { ...counts, text, tooltip };
}
