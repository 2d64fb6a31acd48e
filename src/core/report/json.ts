// The machine-readable report: documents, figures, entities, claims, and the cross-source quantities with
// their conflicts and corroborations. Its zod schema is the contract for anyone reading the report.

import { z } from 'zod';
import type { Corpus } from '../corpus';
import { describeValue } from '../compare/verdict';
import { statusOf, key } from './status';
import { MIN_CONFIDENCE } from '../compare/link';

const SpanSchema = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const FigureSchema = z.object({
  id: z.string(),
  doc: z.string(),
  ...SpanSchema,
  text: z.string(),
  kind: z.enum(['money', 'percent', 'count', 'score', 'ratio', 'rank', 'duration', 'date', 'measure']),
  value: z.union([z.number(), z.string(), z.null()]),
  low: z.union([z.number(), z.string()]).optional(),
  high: z.union([z.number(), z.string()]).optional(),
  unit: z.string().optional(),
  noun: z.string().optional(),
  qualifier: z.string().optional(),
  qualifierText: z.string().optional(),
  datePrecision: z.string().optional(),
  dateRole: z.enum(['event', 'publication']).optional(),
  relative: z.boolean().optional(),
  status: z.enum(['conflict', 'corroborated', 'single']),
  quantity: z.object({ label: z.string(), subject: z.string().nullable(), measure: z.string().nullable(), conditions: z.record(z.string(), z.string()) }),
  sentence: z.string(),
});

export const ReportSchema = z.object({
  tool: z.literal('triangulate'),
  version: z.string(),
  folder: z.string(),
  documents: z.array(z.object({
    path: z.string(),
    title: z.string(),
    published: z.string().optional(),
    figures: z.number().int(),
    entities: z.number().int(),
    claims: z.number().int(),
    notes: z.array(z.string()),
  })),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  figures: z.array(FigureSchema),
  entities: z.array(z.object({
    name: z.string(),
    type: z.enum(['organization', 'person', 'product', 'benchmark', 'place', 'other']),
    aliases: z.array(z.string()),
    mentions: z.array(z.object({ doc: z.string(), ...SpanSchema, text: z.string(), via: z.string().optional() })),
  })),
  claims: z.array(z.object({
    id: z.string(),
    doc: z.string(),
    ...SpanSchema,
    text: z.string(),
    score: z.number(),
    reasons: z.array(z.string()),
    attribution: z.object({ source: z.string(), cue: z.string() }).optional(),
    figures: z.array(z.string()),
    entities: z.array(z.string()),
  })),
  quantities: z.array(z.object({ id: z.string(), label: z.string(), figures: z.array(z.string()), docs: z.array(z.string()), confidence: z.number(), status: z.enum(['conflict', 'agree']) })),
  /** One per disputed quantity: every figure that takes part in a disagreement, and each pair of documents
   * that disagree, with its reason. */
  conflicts: z.array(z.object({
    id: z.string(),
    label: z.string(),
    quantity: z.string(),
    figures: z.array(z.string()).min(2),
    docs: z.array(z.string()).min(2),
    values: z.array(z.object({ doc: z.string(), figure: z.string(), value: z.string() })),
    reason: z.string(),
    confidence: z.number(),
    pairs: z.array(z.object({
      docs: z.array(z.string()).length(2),
      figures: z.array(z.string()).min(2),
      reason: z.string(),
      confidence: z.number(),
    })).min(1),
  })),
  corroborations: z.array(z.object({
    id: z.string(),
    label: z.string(),
    quantity: z.string(),
    figures: z.array(z.string()).min(2),
    docs: z.array(z.string()).min(2),
    values: z.array(z.object({ doc: z.string(), figure: z.string(), value: z.string() })),
    reason: z.string(),
    tolerance: z.string(),
  })),
});

export type Report = z.infer<typeof ReportSchema>;

export interface ReportInput {
  corpus: Corpus;
  folder: string;
  version: string;
  /** Map from corpus URI to the path shown in the report (relative, with "/"). */
  pathOf: (uri: string) => string;
  skipped?: { path: string; reason: string }[];
}

export function buildReport({ corpus, folder, version, pathOf, skipped = [] }: ReportInput): Report {
  const uris = corpus.uris().sort((a, b) => pathOf(a).localeCompare(pathOf(b)));
  const groups = corpus.quantities();
  const ids = new Map<string, string>();
  const figures: Report['figures'] = [];
  const documents: Report['documents'] = [];
  const claims: Report['claims'] = [];
  let n = 0;
  for (const uri of uris) {
    const a = corpus.get(uri)!;
    const doc = pathOf(uri);
    a.figures.forEach((f, index) => {
      const id = `f${++n}`;
      ids.set(key(uri, index), id);
      const q = a.quantities[index];
      const unit = a.units[f.unit_index];
      const row: Report['figures'][number] = {
        id, doc, start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value,
        status: statusOf(corpus, uri, index),
        quantity: { label: corpus.label({ uri, index, figure: f, quantity: q }), subject: q.subject, measure: q.measure, conditions: q.conditions },
        sentence: unit ? (corpus.text(uri) ?? '').slice(unit.start, unit.end).replace(/\s+/g, ' ').trim() : '',
      };
      if (f.low !== undefined) row.low = f.low;
      if (f.high !== undefined) row.high = f.high;
      if (f.unit !== undefined) row.unit = f.unit;
      if (f.noun !== undefined) row.noun = f.noun;
      if (f.qualifier) row.qualifier = f.qualifier;
      if (f.qualifierText) row.qualifierText = f.qualifierText;
      if (f.datePrecision) row.datePrecision = f.datePrecision;
      if (f.dateRole) row.dateRole = f.dateRole;
      if (f.relative) row.relative = true;
      figures.push(row);
    });
    const doc0: Report['documents'][number] = { path: doc, title: a.title, figures: a.figures.length, entities: a.entities.length, claims: a.claims.length, notes: a.notes };
    if (a.published) doc0.published = a.published;
    documents.push(doc0);
    for (const c of a.claims) {
      const row: Report['claims'][number] = {
        id: `${doc}#${c.id}`, doc, start: c.start, end: c.end, text: c.text, score: c.score, reasons: c.reasons,
        figures: c.figures.map((fid) => ids.get(key(uri, Number(fid.slice(1)) - 1))!).filter(Boolean),
        entities: c.entities.map((k) => corpus.entityName(k)),
      };
      if (c.attribution) row.attribution = { source: c.attribution.source, cue: c.attribution.cue };
      claims.push(row);
    }
  }
  const quantities: Report['quantities'] = [];
  const conflicts: Report['conflicts'] = [];
  const corroborations: Report['corroborations'] = [];
  groups.forEach((g, gi) => {
    const qid = `q${gi + 1}`;
    const label = corpus.label(g);
    const confident = g.conflicts.filter((c) => c.confidence >= MIN_CONFIDENCE);
    quantities.push({
      id: qid, label, figures: g.figures.map((f) => ids.get(key(f.uri, f.index))!), docs: g.docs.map(pathOf), confidence: g.confidence,
      status: confident.length ? 'conflict' : 'agree',
    });
    if (confident.length) {
      const seen = new Set<string>();
      const refs = confident.flatMap((c) => c.figures).filter((f) => {
        const k = key(f.uri, f.index);
        return seen.has(k) ? false : (seen.add(k), true);
      }).sort((x, y) => pathOf(x.uri).localeCompare(pathOf(y.uri)) || x.figure.start - y.figure.start);
      const reasons = [...new Set(confident.map((c) => c.reason))];
      conflicts.push({
        id: `c${conflicts.length + 1}`, label, quantity: qid,
        figures: refs.map((f) => ids.get(key(f.uri, f.index))!),
        docs: [...new Set(refs.map((f) => pathOf(f.uri)))],
        values: refs.map((f) => ({ doc: pathOf(f.uri), figure: ids.get(key(f.uri, f.index))!, value: describeValue(f.figure) })),
        reason: reasons.length === 1 ? reasons[0] : `${reasons[0]} (and ${reasons.length - 1} more)`,
        confidence: Math.max(...confident.map((c) => c.confidence)),
        pairs: confident.map((c) => ({
          docs: c.docs.map(pathOf) as [string, string],
          figures: c.figures.map((f) => ids.get(key(f.uri, f.index))!),
          reason: c.reason, confidence: c.confidence,
        })),
      });
    }
    for (const a of g.agreements) {
      corroborations.push({
        id: `k${corroborations.length + 1}`, label, quantity: qid,
        figures: a.figures.map((f) => ids.get(key(f.uri, f.index))!),
        docs: a.docs.map(pathOf),
        values: a.figures.map((f) => ({ doc: pathOf(f.uri), figure: ids.get(key(f.uri, f.index))!, value: describeValue(f.figure) })),
        reason: a.reason, tolerance: a.tolerance,
      });
    }
  });

  const entities: Report['entities'] = corpus.entities().map((e) => ({
    name: e.name, type: e.type, aliases: e.aliases,
    mentions: e.mentions.map((m) => ({ doc: pathOf(m.uri), start: m.start, end: m.end, text: m.text, ...(m.via ? { via: m.via } : {}) })),
  }));

  return { tool: 'triangulate', version, folder, documents, skipped, figures, entities, claims, quantities, conflicts, corroborations };
}
