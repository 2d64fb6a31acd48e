// Hover cards as Markdown: on a figure (its value, kind, quantity, and what the other sources say), on an
// entity (type, aliases, how many documents mention it), on a claim (claims about the same names and
// figures elsewhere). Pure: the glue wraps the Markdown in a trusted MarkdownString that enables only
// triangulate.openFigure, the command behind every link here.

import type { Span, Claim, Entity, EntityMention, Figure } from '../../core/model';
import type { Corpus, CorpusEntity, FigureRef, Related } from '../../core/corpus';
import { describeValue } from '../../core/compare/verdict';
import { documentTitle, escapeMarkdown, fileName, flat, openLink, plural, snippet, snippetMarkdown, truncate, type Target } from './text';

export interface HoverModel {
  kind: 'figure' | 'entity' | 'claim';
  span: Span;
  markdown: string;
  /** Every place a link in the card opens, in order. */
  links: Target[];
}

/** Corpus-wide entities, merged by key; rebuilt only when the corpus version changes. */
export class EntityDirectory {
  private version = -1;
  private byKey = new Map<string, CorpusEntity>();

  get(corpus: Corpus, version: number, key: string): CorpusEntity | undefined {
    if (version !== this.version) {
      this.byKey = new Map(corpus.entities().map((e) => [e.key, e]));
      this.version = version;
    }
    return this.byKey.get(key);
  }
}

/** The card for whatever is at an offset: a figure first, then an entity, then a claim. */
export function hoverAt(corpus: Corpus, uri: string, offset: number, entities: { directory: EntityDirectory; version: number }): HoverModel | undefined {
  if (!corpus.has(uri)) return undefined;
  const figure = corpus.figureAt(uri, offset);
  if (figure) return figureHover(corpus, figure);
  const entity = corpus.entityAt(uri, offset);
  if (entity) return entityHover(corpus, uri, entity, entities.directory.get(corpus, entities.version, entity.entity.key));
  const claim = corpus.claimAt(uri, offset);
  if (claim) return claimHover(corpus, uri, claim);
  return undefined;
}

// ------------------------------------------------------------------------------------------- figures

export function figureHover(corpus: Corpus, ref: FigureRef): HoverModel {
  const f = ref.figure;
  const q = ref.quantity;
  const links: Target[] = [];
  const out: string[] = [];
  const value = valueText(f);
  // "written …" only when the words say more than the value does ("a dozen", "Wednesday", "$115bn").
  const written = flat(f.text);
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9.]/g, '');
  const same = plain(value).startsWith(plain(written)) || plain(value.replace(/ \(.*\)$/, '')) === plain(written);
  out.push(`$(symbol-number) **${escapeMarkdown(value)}** · ${f.kind}${same ? '' : ` · written “${escapeMarkdown(written)}”`}`);
  if (f.dateRole === 'publication' || q.measure === 'published') {
    out.push('', 'Publication date of this document.');
    return { kind: 'figure', span: { start: f.start, end: f.end }, markdown: out.join('\n'), links };
  }
  out.push('', q.measure ? `Quantity: **${escapeMarkdown(corpus.label(ref))}**` : 'Quantity: *unknown* (the sentence does not say what this figure measures, so it is not compared).');
  if (f.relative) out.push('', `*Resolved from a relative date (“${escapeMarkdown(flat(f.text))}”) against the publication date.*`);

  const related = corpus.related(ref);
  out.push('', '---', '', '**In other sources**', '');
  if (!related.length) {
    out.push('No other source gives this figure.');
    return { kind: 'figure', span: { start: f.start, end: f.end }, markdown: out.join('\n'), links };
  }
  const disagree = related.filter((r) => !r.uncertain && !r.verdict.agree);
  const agree = related.filter((r) => !r.uncertain && r.verdict.agree);
  const uncertain = related.filter((r) => r.uncertain);
  const section = (title: string, items: Related[]) => {
    if (!items.length) return;
    out.push(`${title} (${items.length})`, '');
    for (const r of items) out.push(relatedItem(corpus, r, links));
    out.push('');
  };
  section('$(error) **Disagree**', disagree);
  section('$(pass) **Agree**', agree);
  section('$(question) **Uncertain link**: may not measure the same thing', uncertain);
  return { kind: 'figure', span: { start: f.start, end: f.end }, markdown: out.join('\n').trimEnd(), links };
}

function relatedItem(corpus: Corpus, r: Related, links: Target[]): string {
  const other = r.ref;
  const target: Target = { uri: other.uri, start: other.figure.start, end: other.figure.end };
  links.push(target);
  const a = corpus.get(other.uri);
  const title = documentTitle(corpus, other.uri);
  const tip = `Open ${fileName(other.uri)} at “${flat(other.figure.text)}”`.replace(/["\\]/g, '');
  const head = `- **${escapeMarkdown(valueText(other.figure))}** — [${escapeMarkdown(title)}](${openLink(target)} "${tip}")${a?.published ? ` · ${a.published}` : ' · undated'}`;
  const lines = [head];
  const s = corpus.sentenceOf(other);
  if (s) lines.push(`  ${snippetMarkdown(snippet(s.text, s.figureStart, s.figureEnd, 180))}`);
  let why = `*${escapeMarkdown(r.verdict.reason)}*`;
  if (r.link.confidence < 1) {
    const caveats = r.link.caveats.length ? `: ${r.link.caveats.map(escapeMarkdown).join('; ')}` : '';
    why += ` · ${r.uncertain ? '**uncertain** ' : ''}link confidence ${round(r.link.confidence)}${caveats}`;
  }
  lines.push(`  ${why}`);
  return lines.join('  \n');
}

/** describeValue, with the counted noun for counts: "16 agents", "3 billion users (over)". */
export function valueText(f: Figure): string {
  const full = describeValue(f);
  if (f.kind !== 'count' || !f.noun) return full;
  const base = describeValue({ ...f, qualifier: undefined, qualifierText: undefined });
  return `${base} ${f.noun}${full.slice(base.length)}`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

// ------------------------------------------------------------------------------------------- entities

export function entityHover(corpus: Corpus, uri: string, at: { entity: Entity; mention: EntityMention }, merged: CorpusEntity | undefined): HoverModel {
  const links: Target[] = [];
  const name = merged?.name ?? corpus.entityName(at.entity.key);
  const type = merged?.type ?? at.entity.type;
  const out: string[] = [`$(symbol-class) **${escapeMarkdown(name)}** · ${type}`];
  const aliases = (merged?.aliases ?? at.entity.aliases).filter((x) => x !== name);
  if (aliases.length) out.push('', `Also written: ${aliases.slice(0, 8).map((x) => escapeMarkdown(x)).join(', ')}${aliases.length > 8 ? ', …' : ''}`);
  if (at.mention.via) out.push('', `Named here as part of **${escapeMarkdown(corpus.entityName(at.mention.via))}**.`);
  const docs = merged?.docs ?? [uri];
  const mentions = merged?.mentions ?? at.entity.mentions.map((m) => ({ ...m, uri }));
  out.push('', `Mentioned in **${docs.length}** of ${plural(corpus.size, 'document')} (${plural(mentions.length, 'mention')}).`);
  const others = docs.filter((d) => d !== uri);
  if (others.length) {
    out.push('');
    for (const d of others.slice(0, 8)) {
      const own = mentions.filter((m) => m.uri === d);
      const first = own.find((m) => !m.via) ?? own[0];
      const target: Target = { uri: d, start: first.start, end: first.end };
      links.push(target);
      const published = corpus.get(d)?.published;
      out.push(`- [${escapeMarkdown(documentTitle(corpus, d))}](${openLink(target)})${published ? ` · ${published}` : ''} · ${plural(own.length, 'mention')}`);
    }
    if (others.length > 8) out.push(`- … and ${others.length - 8} more`);
  }
  return { kind: 'entity', span: { start: at.mention.start, end: at.mention.end }, markdown: out.join('\n'), links };
}

// ------------------------------------------------------------------------------------------- claims

export interface RelatedClaim {
  uri: string;
  claim: Claim;
  /** Labels of the quantities both claims state a figure for. */
  figures: string[];
  /** Names of the entities both claims name. */
  entities: string[];
}

/**
 * Claims in other documents about the same figures (a figure of one is related to a figure of the other)
 * or the same entities (at least two shared, or the only one the claim names), best matches first.
 */
export function relatedClaims(corpus: Corpus, uri: string, claim: Claim): RelatedClaim[] {
  const a = corpus.get(uri);
  if (!a) return [];
  const byFigure = new Map<string, Set<string>>(); // "uri#claimId" -> quantity labels
  for (const fid of claim.figures) {
    const index = a.figures.findIndex((f) => f.id === fid);
    if (index < 0) continue;
    const ref = corpus.figureRef(uri, index)!;
    for (const r of corpus.related(ref)) {
      if (r.uncertain) continue;
      const other = corpus.get(r.ref.uri);
      const c = other?.claims.find((x) => x.figures.includes(r.ref.figure.id));
      if (!c) continue;
      const k = `${r.ref.uri}#${c.id}`;
      if (!byFigure.has(k)) byFigure.set(k, new Set());
      byFigure.get(k)!.add(corpus.label(ref));
    }
  }
  const mine = new Set(claim.entities);
  const need = Math.min(2, mine.size);
  const out: RelatedClaim[] = [];
  for (const other of corpus.uris()) {
    if (other === uri) continue;
    for (const c of corpus.get(other)!.claims) {
      const figures = [...(byFigure.get(`${other}#${c.id}`) ?? [])];
      const shared = need ? c.entities.filter((e) => mine.has(e)) : [];
      if (!figures.length && (!need || shared.length < need)) continue;
      out.push({ uri: other, claim: c, figures, entities: shared.map((k) => corpus.entityName(k)) });
    }
  }
  const score = (r: RelatedClaim) => r.figures.length * 10 + r.entities.length + r.claim.score;
  return out.sort((x, y) => score(y) - score(x) || x.uri.localeCompare(y.uri) || x.claim.start - y.claim.start);
}

export function claimHover(corpus: Corpus, uri: string, claim: Claim, limit = 5): HoverModel {
  const links: Target[] = [];
  const out: string[] = [`$(comment) **Claim** · check-worthiness ${round(claim.score)}`];
  if (claim.reasons.length) out.push('', escapeMarkdown(claim.reasons.join(' · ')));
  if (claim.attribution) out.push('', `Attributed to **${escapeMarkdown(claim.attribution.source)}** (“${escapeMarkdown(claim.attribution.cue)}”)`);
  out.push('', '---', '', '**In other sources**', '');
  const related = relatedClaims(corpus, uri, claim);
  if (!related.length) {
    out.push('No other source makes a claim about the same names or figures.');
  } else {
    for (const r of related.slice(0, limit)) {
      const target: Target = { uri: r.uri, start: r.claim.start, end: r.claim.end };
      links.push(target);
      const published = corpus.get(r.uri)?.published;
      const about = [
        ...(r.figures.length ? [`same figure: ${r.figures.map(escapeMarkdown).join(', ')}`] : []),
        ...(r.entities.length ? [`names ${r.entities.map(escapeMarkdown).join(', ')}`] : []),
      ].join('; ');
      out.push(`- [${escapeMarkdown(documentTitle(corpus, r.uri))}](${openLink(target)})${published ? ` · ${published}` : ''}: “${escapeMarkdown(truncate(r.claim.text, 180))}”  \n  *${about}*`);
    }
    if (related.length > limit) out.push(`- … and ${related.length - limit} more`);
  }
  return { kind: 'claim', span: { start: claim.start, end: claim.end }, markdown: out.join('\n'), links };
}
