// The corpus: every open source, its cached analysis, and the cross-document quantity index. This is the
// API the editor and the command line use; it knows nothing of files, editors or processes.

import type { AnalysisOptions, DocAnalysis, EntityType, Glossary, Figure, Claim, Entity } from './model';
import { analyseDocument, ANALYSIS_VERSION } from './analyse';
import { hashText } from './text/hash';
import { QuantityIndex, type FigureRef, type QuantityGroup, type Related } from './compare/grouping';
import { conceptLabel } from './compare/concepts';
import { MIN_CONFIDENCE } from './compare/link';

export type { FigureRef, QuantityGroup, Related } from './compare/grouping';

export interface CorpusOptions {
  glossary?: Glossary;
  /** How to read a document: Markdown (the default) or plain text. */
  formatOf?: (uri: string) => 'markdown' | 'plain';
  /** Used for documents with no dateline of their own. */
  referenceDate?: string;
  /** Analyses kept for texts no document currently has (undo, reverted edits). */
  cacheSize?: number;
}

export interface CorpusEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: { uri: string; start: number; end: number; text: string; via?: string }[];
  docs: string[];
}

export interface CorpusChange {
  uris: string[];
  /** Quantity buckets whose groups may have changed. */
  buckets: string[];
}

type Listener = (change: CorpusChange) => void;

export class Corpus {
  private docs = new Map<string, DocAnalysis>();
  private texts = new Map<string, string>();
  private cache = new Map<string, DocAnalysis>();
  private index = new QuantityIndex();
  private names = new Map<string, Map<string, number>>();
  private listeners = new Set<Listener>();
  private options: CorpusOptions;

  constructor(options: CorpusOptions = {}) {
    this.options = { ...options };
  }

  get size(): number {
    return this.docs.size;
  }

  uris(): string[] {
    return [...this.docs.keys()].sort();
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  get(uri: string): DocAnalysis | undefined {
    return this.docs.get(uri);
  }

  /** Analyses (or reuses the cached analysis of) a document's text and regroups the quantities it touches. */
  set(uri: string, text: string): DocAnalysis {
    const previous = this.docs.get(uri);
    const hash = hashText(text);
    if (previous && previous.hash === hash) return previous;
    const analysis = this.analyse(uri, text, hash);
    this.texts.set(uri, text);
    if (previous) this.forgetNames(previous);
    this.docs.set(uri, analysis);
    this.learnNames(analysis);
    const buckets = this.index.set(uri, analysis);
    this.emit({ uris: [uri], buckets: [...buckets] });
    return analysis;
  }

  /**
   * Adds a document whose analysis was made elsewhere (a worker thread or a web worker). The analysis must
   * be of this text, by this version of the engine, with this corpus's options; otherwise it is redone.
   */
  setAnalysed(uri: string, text: string, analysis: DocAnalysis): DocAnalysis {
    const hash = hashText(text);
    if (analysis.version !== ANALYSIS_VERSION || analysis.hash !== hash) return this.set(uri, text);
    const previous = this.docs.get(uri);
    if (previous) this.forgetNames(previous);
    this.docs.set(uri, analysis);
    this.texts.set(uri, text);
    this.learnNames(analysis);
    const buckets = this.index.set(uri, analysis);
    this.emit({ uris: [uri], buckets: [...buckets] });
    return analysis;
  }

  /** The options a document is analysed with (for analysing it elsewhere). */
  analysisOptions(uri: string): AnalysisOptions {
    const options: AnalysisOptions = { format: this.options.formatOf?.(uri) ?? (/\.(?:txt|text)$/i.test(uri) ? 'plain' : 'markdown') };
    if (this.options.glossary) options.glossary = this.options.glossary;
    if (this.options.referenceDate) options.referenceDate = this.options.referenceDate;
    return options;
  }

  remove(uri: string): boolean {
    const previous = this.docs.get(uri);
    if (!previous) return false;
    this.forgetNames(previous);
    this.docs.delete(uri);
    this.texts.delete(uri);
    const buckets = this.index.remove(uri);
    this.emit({ uris: [uri], buckets: [...buckets] });
    return true;
  }

  /** Replaces the glossary; every document is analysed again. */
  setGlossary(glossary: Glossary | undefined): void {
    this.options.glossary = glossary;
    this.cache.clear();
    const uris = this.uris();
    for (const uri of uris) {
      const text = this.texts.get(uri)!;
      const old = this.docs.get(uri)!;
      this.forgetNames(old);
      const analysis = this.analyse(uri, text, hashText(text));
      this.docs.set(uri, analysis);
      this.learnNames(analysis);
      this.index.set(uri, analysis);
    }
    this.emit({ uris, buckets: [] });
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The text a document was analysed from. */
  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  /** The sentence unit a figure stands in, with the figure's offsets inside it. */
  sentenceOf(ref: Pick<FigureRef, 'uri' | 'figure'>): { text: string; start: number; figureStart: number; figureEnd: number } | undefined {
    const a = this.docs.get(ref.uri);
    const t = this.texts.get(ref.uri);
    const unit = a?.units[ref.figure.unit_index];
    if (!a || t === undefined || !unit) return undefined;
    return { text: t.slice(unit.start, unit.end), start: unit.start, figureStart: ref.figure.start - unit.start, figureEnd: ref.figure.end - unit.start };
  }

  /** The figure whose span contains the offset (end inclusive, so a cursor just after it counts). */
  figureAt(uri: string, offset: number): FigureRef | undefined {
    const a = this.docs.get(uri);
    if (!a) return undefined;
    const index = findSpan(a.figures, offset);
    return index < 0 ? undefined : { uri, index, figure: a.figures[index], quantity: a.quantities[index] };
  }

  figureRef(uri: string, index: number): FigureRef | undefined {
    const a = this.docs.get(uri);
    if (!a || !a.figures[index]) return undefined;
    return { uri, index, figure: a.figures[index], quantity: a.quantities[index] };
  }

  entityAt(uri: string, offset: number): { entity: Entity; mention: Entity['mentions'][number] } | undefined {
    const a = this.docs.get(uri);
    if (!a) return undefined;
    let best: { entity: Entity; mention: Entity['mentions'][number] } | undefined;
    for (const entity of a.entities) {
      for (const mention of entity.mentions) {
        if (mention.start <= offset && offset <= mention.end && (!best || mention.end - mention.start < best.mention.end - best.mention.start || (best.mention.via && !mention.via))) {
          if (best && !best.mention.via && mention.via) continue;
          best = { entity, mention };
        }
      }
    }
    return best;
  }

  claimAt(uri: string, offset: number): Claim | undefined {
    return this.docs.get(uri)?.claims.find((c) => c.start <= offset && offset <= c.end);
  }

  /** Other sources' figures for the same quantity: disagreements first, then agreements, then uncertain links. */
  related(ref: Pick<FigureRef, 'uri' | 'index'>): Related[] {
    return this.index.related(ref.uri, ref.index);
  }

  /** Every quantity stated by at least two documents. */
  quantities(): QuantityGroup[] {
    return this.index.groups().sort(compareGroups);
  }

  /** Quantities on which sources disagree, with enough confidence that they describe the same thing. */
  conflicts(): QuantityGroup[] {
    return this.quantities().filter((g) => g.conflicts.some((c) => c.confidence >= MIN_CONFIDENCE));
  }

  /** Regroups the quantities an edit touched (the buckets a change event names), so later reads are instant. */
  refresh(buckets: Iterable<string>): void {
    this.index.refresh(buckets);
  }

  /** Quantity groups of one bucket ("dimension|measure"), regrouped only if it changed. */
  groupsOf(bucket: string): QuantityGroup[] {
    return this.index.groupsOf(bucket);
  }

  /** The quantity group a figure belongs to, if any other source states it. */
  quantityOf(ref: Pick<FigureRef, 'uri' | 'index'>): QuantityGroup | undefined {
    const a = this.docs.get(ref.uri);
    if (!a) return undefined;
    const q = a.quantities[ref.index];
    if (!q?.measure) return undefined;
    return this.index.groupsOf(`${q.dimension}|${q.measure}`).find((g) => g.figures.some((f) => f.uri === ref.uri && f.index === ref.index));
  }

  /** The most used spelling of an entity across the corpus. */
  entityName(key: string): string {
    const votes = this.names.get(key);
    if (!votes) return key;
    let best = key;
    let n = 0;
    for (const [name, count] of votes) if (count > n || (count === n && name.length > best.length)) [best, n] = [name, count];
    return best;
  }

  /** A quantity's label for people: "Meta · spending (infrastructure, 2026)". */
  label(group: QuantityGroup | FigureRef): string {
    const q = 'quantity' in group ? group.quantity : group.figures[0].quantity;
    const subject = 'quantity' in group ? q.subject : group.subject;
    const measure = this.measureLabel(q.measure ?? '', q.measureText, q.dimension);
    const conditions = Object.entries(q.conditions).filter(([k]) => k !== 'direction').map(([, v]) => v);
    const head = subject ? `${this.entityName(subject)} · ${measure}` : measure;
    return conditions.length ? `${head} (${conditions.join(', ')})` : head;
  }

  measureLabel(measure: string, text?: string, dimension?: string): string {
    const [kind, rest] = measure.includes(':') ? [measure.slice(0, measure.indexOf(':')), measure.slice(measure.indexOf(':') + 1)] : [measure, ''];
    switch (kind) {
      case 'score':
        return `score on ${this.benchmarkName(rest)}`;
      case 'rank':
        return /est$|^best$|^worst$/.test(rest) ? `rank (${rest})` : `rank on ${this.benchmarkName(rest)}`;
      case 'noun':
        return text ?? rest;
      case 'share-of':
        return `share of ${rest}`;
      case 'change':
        return `${rest} change`;
      case 'activity':
        return `time (${rest})`;
      case 'verb':
        return dimension === 'date' ? `date ${text ?? rest}` : `${text ?? rest} count`;
      case 'measure':
        return rest;
      case 'ratio':
        return `ratio (${rest})`;
      default:
        return rest ? `${conceptLabel(kind)} ${rest}` : conceptLabel(kind);
    }
  }

  /** The usual name of a benchmark from its edition-free key ("intelligenceindex"). */
  private benchmarkName(key: string): string {
    if (this.names.has(key)) return this.entityName(key);
    for (const k of this.names.keys()) if (k.replace(/\s+/g, '').replace(/v?\d+(?:\.\d+)*$/, '') === key) return this.entityName(k).replace(/\s+v?\d+(?:\.\d+)*$/, '');
    return key;
  }

  /** Entities merged across documents by their canonical key. */
  entities(): CorpusEntity[] {
    const merged = new Map<string, CorpusEntity & { votes: Map<EntityType, number> }>();
    for (const [uri, a] of this.docs) {
      for (const e of a.entities) {
        let m = merged.get(e.key);
        if (!m) merged.set(e.key, (m = { key: e.key, name: e.name, type: e.type, aliases: [], mentions: [], docs: [], votes: new Map() }));
        for (const x of e.mentions) m.mentions.push({ uri, start: x.start, end: x.end, text: x.text, ...(x.via ? { via: x.via } : {}) });
        if (!m.docs.includes(uri)) m.docs.push(uri);
        const own = e.mentions.filter((x) => !x.via).length;
        m.votes.set(e.type, (m.votes.get(e.type) ?? 0) + (e.type === 'other' ? 0.1 : 1) * Math.max(1, own));
        for (const alias of [e.name, ...e.aliases]) if (!m.aliases.includes(alias)) m.aliases.push(alias);
      }
    }
    const out: CorpusEntity[] = [];
    for (const m of merged.values()) {
      const { votes, ...entity } = m;
      entity.name = this.entityName(m.key);
      entity.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
      entity.aliases = entity.aliases.filter((x) => x !== entity.name).sort();
      entity.docs.sort();
      out.push(entity);
    }
    return out.sort((a, b) => b.docs.length - a.docs.length || a.name.localeCompare(b.name));
  }

  private analyse(uri: string, text: string, hash: string): DocAnalysis {
    const options = this.analysisOptions(uri);
    const key = `${options.format}:${hash}`;
    const cached = this.cache.get(key);
    if (cached && cached.version === ANALYSIS_VERSION) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const analysis = analyseDocument(text, options);
    this.cache.set(key, analysis);
    const limit = this.options.cacheSize ?? 256;
    while (this.cache.size > limit) this.cache.delete(this.cache.keys().next().value!);
    return analysis;
  }

  /** Votes for each spelling of an entity: every mention's own spelling, and the glossary's name above all. */
  private nameVotes(e: Entity): Map<string, number> {
    const votes = new Map<string, number>();
    for (const m of e.mentions) {
      if (m.via) continue;
      const s = m.text.replace(/['’]s$/u, '').replace(/\s+/g, ' ');
      votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    votes.set(e.name, (votes.get(e.name) ?? 0) + (e.glossary ? 1e6 : 0.5));
    return votes;
  }

  private learnNames(a: DocAnalysis): void {
    for (const e of a.entities) {
      let votes = this.names.get(e.key);
      if (!votes) this.names.set(e.key, (votes = new Map()));
      for (const [name, n] of this.nameVotes(e)) votes.set(name, (votes.get(name) ?? 0) + n);
    }
  }

  private forgetNames(a: DocAnalysis): void {
    for (const e of a.entities) {
      const votes = this.names.get(e.key);
      if (!votes) continue;
      for (const [name, n] of this.nameVotes(e)) {
        const left = (votes.get(name) ?? 0) - n;
        if (left <= 1e-9) votes.delete(name);
        else votes.set(name, left);
      }
      if (!votes.size) this.names.delete(e.key);
    }
  }

  private emit(change: CorpusChange): void {
    for (const l of this.listeners) l(change);
  }
}

function findSpan(figures: readonly Figure[], offset: number): number {
  let lo = 0;
  let hi = figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = figures[mid];
    if (f.end < offset) lo = mid + 1;
    else if (f.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function compareGroups(a: QuantityGroup, b: QuantityGroup): number {
  return b.conflicts.length - a.conflicts.length || b.docs.length - a.docs.length || a.id.localeCompare(b.id);
}
