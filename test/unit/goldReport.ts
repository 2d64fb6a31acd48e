// Scores a report against a gold annotation in the project's gold format (test/fixtures/**/gold.json), the
// way a reader would check it: figures found with the right value, names found per document, and
// cross-source groups — conflicts found, agreements not called conflicts, traps not linked.

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { buildReport, type Report } from '../../src/core/report/json';

interface GoldMention {
  doc: string;
  context?: string;
  text: string;
}
interface Gold {
  corpus: string;
  figures: (GoldMention & { value: unknown; required?: boolean })[];
  not_figures?: GoldMention[];
  conflicts?: { id: string; mentions: GoldMention[] }[];
  corroborations?: { id: string; tolerance?: string; mentions: GoldMention[] }[];
  non_conflicts?: { id: string; mentions: GoldMention[] }[];
  entities?: { name: string; aliases?: string[]; docs: string[] }[];
}

export interface Scores {
  figureRecall: number;
  valueAccuracy: number;
  figurePrecision: number;
  nonFigureAvoidance: number;
  entityRecall: number;
  conflictRecall: number;
  conflictPrecision: number;
  corroborationRecall: number;
  agreementNotFlagged: number;
  agreementNotSetAgainst: number;
  trapAvoidance: number;
  misses: string[];
}

export function analyseFolder(folder: string, referenceDate = '2026-11-22'): { report: Report; texts: Map<string, string> } {
  const corpus = new Corpus({ referenceDate });
  const texts = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    if (!/\.(?:md|txt)$/.test(name)) continue;
    const text = readFileSync(path.join(folder, name), 'utf8');
    texts.set(name, text);
    corpus.set(name, text);
  }
  return { report: buildReport({ corpus, folder, version: 'test', pathOf: (u) => u }), texts };
}

export function scoreGold(goldPath: string): Scores & { report: Report } {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const folder = path.resolve(path.dirname(goldPath), gold.corpus);
  const { report, texts } = analyseFolder(folder);
  const misses: string[] = [];
  const span = (m: GoldMention) => {
    const t = texts.get(m.doc)!;
    const context = m.context ?? m.text;
    const at = t.indexOf(context);
    if (at < 0 || t.indexOf(context, at + 1) >= 0) throw new Error(`gold context not unique in ${m.doc}: ${context}`);
    const start = at + context.indexOf(m.text);
    return { doc: m.doc, start, end: start + m.text.length };
  };
  const overlaps = (f: { doc: string; start: number; end: number }, g: { doc: string; start: number; end: number }) => f.doc === g.doc && f.start < g.end && g.start < f.end;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

  const goldFigures = gold.figures.map((g) => ({ ...g, ...span(g) }));
  const required = goldFigures.filter((g) => g.required !== false);
  let found = 0;
  let valued = 0;
  for (const g of required) {
    const f = report.figures.find((x) => overlaps(x, g));
    if (!f) {
      misses.push(`missed figure ${g.doc} "${g.text}"`);
      continue;
    }
    found++;
    const same = typeof g.value === 'number' ? typeof f.value === 'number' && Math.abs(f.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)) : String(f.value ?? '').startsWith(String(g.value));
    if (same) valued++;
    else misses.push(`wrong value ${g.doc} "${g.text}": ${JSON.stringify(f.value)}`);
  }
  const good = report.figures.filter((f) => goldFigures.some((g) => overlaps(f, g)));
  for (const f of report.figures) if (!good.includes(f)) misses.push(`extra figure ${f.doc} "${f.text}"`);
  const traps = (gold.not_figures ?? []).map(span);
  const trapped = traps.filter((t) => report.figures.some((f) => overlaps(f, t)));

  let entHit = 0;
  let entAll = 0;
  const norm = (s: string) => s.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
  for (const e of gold.entities ?? []) {
    const names = new Set([e.name, ...(e.aliases ?? [])].map(norm));
    const ours = report.entities.filter((r) => [r.name, ...r.aliases].some((n) => names.has(norm(n))));
    for (const d of e.docs) {
      entAll++;
      if (ours.some((r) => r.mentions.some((m) => m.doc === d))) entHit++;
      else misses.push(`missed entity ${e.name} in ${d}`);
    }
  }

  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const groups = (list: { figures: string[] }[]) => list.map((g) => g.figures.map((id) => byId.get(id)!));
  const conflicts = groups(report.conflicts);
  const agreements = groups(report.corroborations);
  const spansOf = (list?: { id: string; tolerance?: string; mentions: GoldMention[] }[]) => (list ?? []).map((g) => ({ ...g, spans: g.mentions.map(span) }));
  const gC = spansOf(gold.conflicts);
  const gK = spansOf(gold.corroborations);
  const gN = spansOf(gold.non_conflicts);
  const crossDoc = (group: { doc: string; start: number; end: number }[], spans: { doc: string; start: number; end: number }[]) =>
    new Set(spans.filter((s) => group.some((f) => overlaps(f, s))).map((s) => s.doc)).size >= 2;
  let detected = 0;
  for (const g of gC) {
    if (conflicts.some((p) => crossDoc(p, g.spans))) detected++;
    else misses.push(`missed conflict ${g.id}`);
  }
  const allGold = [...gC, ...gK, ...gN].flatMap((g) => g.spans);
  const touching = conflicts.filter((p) => allGold.some((m) => p.some((f) => overlaps(f, m))));
  const right = touching.filter((p) => gC.some((g) => crossDoc(p, g.spans)));
  for (const p of touching) if (!right.includes(p)) misses.push(`conflict not in gold: ${p.map((f) => `${f.doc} "${f.text}"`).join(', ')}`);
  let linked = 0;
  for (const g of gK) {
    if ([...agreements, ...conflicts].some((p) => crossDoc(p, g.spans))) linked++;
    else misses.push(`corroboration not linked: ${g.id}`);
  }
  const flagged = gK.filter((g) => g.tolerance !== 'rounding' && conflicts.some((p) => crossDoc(p, g.spans)));
  for (const g of flagged) misses.push(`agreement inside a disputed quantity: ${g.id}`);
  // A conflict lists every figure of a disputed quantity, agreeing ones included; what must never happen is
  // two agreeing sources set against each other in one of its pairs.
  const pairs = report.conflicts.flatMap((c) => c.pairs.map((p) => p.figures.map((id) => byId.get(id)!)));
  const setAgainst = gK.filter((g) => g.tolerance !== 'rounding' && pairs.some((p) => crossDoc(p, g.spans)));
  for (const g of setAgainst) misses.push(`agreement called a conflict: ${g.id}`);
  const trapHits = gN.filter((g) => conflicts.some((p) => crossDoc(p, g.spans)));
  for (const g of trapHits) misses.push(`trap reported as conflict: ${g.id}`);

  return {
    report,
    figureRecall: ratio(found, required.length),
    valueAccuracy: ratio(valued, found),
    figurePrecision: ratio(good.length, report.figures.length),
    nonFigureAvoidance: ratio(traps.length - trapped.length, traps.length),
    entityRecall: ratio(entHit, entAll),
    conflictRecall: ratio(detected, gC.length),
    conflictPrecision: ratio(right.length, touching.length),
    corroborationRecall: ratio(linked, gK.length),
    agreementNotFlagged: ratio(gK.length - flagged.length, gK.length),
    agreementNotSetAgainst: ratio(gK.length - setAgainst.length, gK.length),
    trapAvoidance: ratio(gN.length - trapHits.length, gN.length),
    misses,
  };
}
