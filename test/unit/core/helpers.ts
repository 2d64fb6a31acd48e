// Small helpers for the text and extract tests: spans found by searching the input, figures picked by
// their text, and a projection of a figure onto the fields a table row states.

import assert from 'node:assert/strict';
import { analyseDocument } from '../../../src/core/analyse';
import type { AnalysisOptions, DocAnalysis, Entity, Figure, Span } from '../../../src/core/model';

/** The span of the n-th occurrence (0-based) of `needle` in `text`; fails the test when absent. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not in ${JSON.stringify(text)}`);
  }
  return { start: at, end: at + needle.length };
}

export function analyse(text: string, options: AnalysisOptions = {}): DocAnalysis {
  return analyseDocument(text, options);
}

export function describeFigures(figures: readonly Figure[]): string {
  return figures.map((f) => `${f.kind} ${JSON.stringify(f.text)}@${f.start}`).join(', ') || 'none';
}

/** Figures other than publication dates, in document order. */
export function figuresOf(text: string, options: AnalysisOptions = {}): Figure[] {
  return analyse(text, options).figures;
}

/** The one figure whose text is `figText` (the n-th occurrence of it in the text); fails when missing. */
export function figureAt(analysis: DocAnalysis, text: string, figText: string, occurrence = 0): Figure {
  const span = spanOf(text, figText, occurrence);
  const f = analysis.figures.find((x) => x.start === span.start && x.end === span.end);
  assert.ok(f, `no figure spanning "${figText}" at ${span.start}; found: ${describeFigures(analysis.figures)}`);
  assert.equal(f.text, figText);
  return f;
}

/** Keeps only the keys `expected` states (absent ones as undefined), so a table row can assert a subset of fields. */
export function project<T extends object>(actual: T, expected: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(expected) as (keyof T)[]) out[k] = actual[k];
  return out;
}

/** Figures that overlap `span`. */
export function figuresOverlapping(figures: readonly Figure[], span: Span): Figure[] {
  return figures.filter((f) => f.start < span.end && span.start < f.end);
}

export function entityByKey(analysis: DocAnalysis, key: string): Entity {
  const e = analysis.entities.find((x) => x.key === key);
  assert.ok(e, `no entity "${key}"; found: ${analysis.entities.map((x) => `${x.key} (${x.type})`).join(', ') || 'none'}`);
  return e;
}

/** Entity mention spans as [start, end, text, via] tuples, for compact deep-equality. */
export function mentionTuples(e: Entity): [number, number, string, string | undefined][] {
  return e.mentions.map((m) => [m.start, m.end, m.text, m.via]);
}
