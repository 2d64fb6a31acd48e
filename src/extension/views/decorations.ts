// What to highlight in one document, as offset ranges by layer: figures by status (in conflict,
// corroborated, only source), entity mentions, and claims. The glue turns the spans into editor
// decorations; this is also the function to benchmark "edit → updated decorations".

import type { Span } from '../../core/model';
import type { Corpus } from '../../core/corpus';
import { documentStatuses } from './statuses';

export type Layer = 'figures' | 'entities' | 'claims';
export type DecorationKind = 'conflict' | 'corroborated' | 'single' | 'entity' | 'claim';
export const DECORATION_KINDS: readonly DecorationKind[] = ['claim', 'entity', 'single', 'corroborated', 'conflict'];

export type Layers = Record<Layer, boolean>;
export const ALL_LAYERS: Layers = { figures: true, entities: true, claims: true };

export type DecorationModel = Record<DecorationKind, Span[]>;

/**
 * Spans to decorate in a document, sorted by start, for the layers that are on. Undefined when the
 * document is not in the corpus. Publication dates (datelines) are metadata, not claims: not highlighted.
 */
export function decorationModel(corpus: Corpus, uri: string, layers: Layers = ALL_LAYERS): DecorationModel | undefined {
  const a = corpus.get(uri);
  if (!a) return undefined;
  const model: DecorationModel = { conflict: [], corroborated: [], single: [], entity: [], claim: [] };
  if (layers.figures) {
    const statuses = documentStatuses(corpus, uri);
    a.figures.forEach((f, i) => {
      if (f.dateRole === 'publication') return;
      model[statuses[i]].push({ start: f.start, end: f.end });
    });
  }
  if (layers.entities) {
    const seen = new Set<string>();
    for (const e of a.entities) {
      for (const m of e.mentions) {
        const k = `${m.start}:${m.end}`;
        if (seen.has(k)) continue;
        seen.add(k);
        model.entity.push({ start: m.start, end: m.end });
      }
    }
    model.entity.sort((x, y) => x.start - y.start || x.end - y.end);
  }
  if (layers.claims) for (const c of a.claims) model.claim.push({ start: c.start, end: c.end });
  return model;
}

export function emptyModel(): DecorationModel {
  return { conflict: [], corroborated: [], single: [], entity: [], claim: [] };
}
