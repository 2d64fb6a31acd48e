// The tree views as plain data. Documents: every article (title, date, counts) → its conflicts, figures,
// entities and claims, each leaf opening its span. Conflicts: quantities on which sources disagree → the
// value each source gives. Node ids are stable across refreshes (document URI, section, quantity), so VS
// Code keeps what the user expanded.

import type { Corpus, QuantityGroup } from '../../core/corpus';
import { describeValue } from '../../core/compare/verdict';
import type { FigureStatus } from './statuses';
import { isConfident } from './statuses';
import { documentTitle, flat, plural, truncate, type Target } from './text';

export type Section = 'conflicts' | 'figures' | 'entities' | 'claims';
export const SECTIONS: readonly Section[] = ['conflicts', 'figures', 'entities', 'claims'];

export type NodeIcon = 'document' | 'conflict' | 'corroborated' | 'single' | 'entity' | 'claim' | 'quantity' | 'section' | 'skipped' | 'date';

export interface TreeNode {
  id: string;
  kind: 'document' | 'section' | 'figure' | 'entity' | 'claim' | 'quantity' | 'source' | 'skipped-root' | 'skipped';
  label: string;
  description?: string;
  tooltip?: string;
  icon: NodeIcon;
  /** Collapsed children (undefined: a leaf). */
  collapsible?: 'collapsed' | 'expanded';
  parentId?: string;
  /** The document the node belongs to. */
  uri?: string;
  /** Where clicking takes the user. */
  target?: Target;
  section?: Section;
  /** Quantity group id, for quantity nodes. */
  group?: string;
}

export interface SkippedFile {
  uri: string;
  path: string;
  reason: string;
}

export interface TreeInput {
  corpus: Corpus;
  /** Status of each figure of a document (documentStatuses, or the scanner's cached copy). */
  statusOf: (uri: string) => readonly FigureStatus[];
  /** The path shown for a document (workspace-relative). */
  pathOf: (uri: string) => string;
  skipped?: readonly SkippedFile[];
}

/** Titles in descriptions are cut to this length (the tooltip has them whole). */
const TITLE_MAX = 40;

const STATUS_WORDS: Record<FigureStatus, string> = { conflict: 'in conflict', corroborated: 'corroborated', single: 'only source' };

/** One snapshot of the corpus as trees. Build a new one after every change; children are computed on demand. */
export class TreeModel {
  private nodes = new Map<string, TreeNode>();
  private groups: QuantityGroup[] | undefined;
  private groupIds: Map<string, QuantityGroup> | undefined;

  constructor(private input: TreeInput) {}

  get(id: string): TreeNode | undefined {
    return this.nodes.get(id);
  }

  parent(node: TreeNode): TreeNode | undefined {
    return node.parentId ? this.nodes.get(node.parentId) : undefined;
  }

  children(node?: TreeNode): TreeNode[] {
    if (!node) return this.documentRoots();
    switch (node.kind) {
      case 'document':
        return this.sections(node.uri!);
      case 'section':
        return this.sectionChildren(node);
      case 'quantity':
        return this.sources(node);
      case 'skipped-root':
        return this.skippedFiles(node);
      default:
        return [];
    }
  }

  // ----------------------------------------------------------------------------------------- documents

  documentRoots(): TreeNode[] {
    const { corpus, pathOf } = this.input;
    const uris = corpus.uris().sort((a, b) => pathOf(a).localeCompare(pathOf(b)));
    const out = uris.map((uri) => {
      const a = corpus.get(uri)!;
      const conflicts = this.conflictIndexes(uri).length;
      const description = [a.published ?? 'undated', ...(conflicts ? [plural(conflicts, 'conflict')] : []), plural(a.figures.length, 'figure')].join(' · ');
      return this.add({
        id: `doc:${uri}`, kind: 'document', uri, label: documentTitle(corpus, uri), description, icon: 'document', collapsible: 'collapsed',
        tooltip: `${pathOf(uri)}\n${a.published ? `Published ${a.published}` : 'No publication date found'}\n${plural(a.figures.length, 'figure')} (${plural(conflicts, 'conflict')}), ${plural(a.entities.length, 'name')}, ${plural(a.claims.length, 'claim')}${a.notes.length ? `\n${a.notes.join('\n')}` : ''}`,
      });
    });
    const skipped = this.input.skipped ?? [];
    if (skipped.length) {
      out.push(this.add({ id: 'skipped', kind: 'skipped-root', label: 'Skipped files', description: String(skipped.length), icon: 'skipped', collapsible: 'collapsed', tooltip: 'Files matching triangulate.include that could not be read as articles' }));
    }
    return out;
  }

  private sections(uri: string): TreeNode[] {
    const a = this.input.corpus.get(uri);
    if (!a) return [];
    const counts: Record<Section, number> = { conflicts: this.conflictIndexes(uri).length, figures: a.figures.length, entities: a.entities.length, claims: a.claims.length };
    const titles: Record<Section, string> = { conflicts: 'Conflicts', figures: 'Figures', entities: 'Names', claims: 'Claims' };
    return SECTIONS.filter((s) => counts[s] > 0).map((s) =>
      this.add({ id: `doc:${uri}/${s}`, kind: 'section', uri, section: s, parentId: `doc:${uri}`, label: titles[s], description: String(counts[s]), icon: s === 'conflicts' ? 'conflict' : 'section', collapsible: s === 'conflicts' ? 'expanded' : 'collapsed' }),
    );
  }

  private sectionChildren(node: TreeNode): TreeNode[] {
    const { corpus } = this.input;
    const uri = node.uri!;
    const a = corpus.get(uri);
    if (!a) return [];
    const statuses = this.input.statusOf(uri);
    const parentId = node.id;
    switch (node.section) {
      case 'conflicts':
        return this.conflictIndexes(uri).map((index) => {
          const ref = corpus.figureRef(uri, index)!;
          const others = this.otherValues(uri, index);
          return this.add({
            id: `${parentId}/${index}`, kind: 'figure', uri, parentId, icon: 'conflict', label: corpus.label(ref),
            description: `${describeValue(ref.figure)} here · ${others.map((o) => `${o.value} (${truncate(o.title, TITLE_MAX)})`).join(' · ')}`,
            tooltip: `“${flat(ref.figure.text)}”: ${describeValue(ref.figure)}\n${others.map((o) => `${o.value} in ${o.title}: ${o.reason}`).join('\n')}`,
            target: { uri, start: ref.figure.start, end: ref.figure.end },
          });
        });
      case 'figures':
        return a.figures.map((f, index) => {
          const status = statuses[index] ?? 'single';
          const ref = corpus.figureRef(uri, index)!;
          const quantity = f.dateRole === 'publication' ? 'publication date' : ref.quantity.measure ? corpus.label(ref) : 'quantity unknown';
          return this.add({
            id: `${parentId}/${index}`, kind: 'figure', uri, parentId, icon: f.dateRole === 'publication' ? 'date' : status, label: flat(f.text),
            description: `${describeValue(f)} · ${quantity}`, tooltip: `${f.kind}, ${STATUS_WORDS[status]}`,
            target: { uri, start: f.start, end: f.end },
          });
        });
      case 'entities':
        return [...a.entities]
          .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name))
          .map((e) => {
            const first = e.mentions.find((m) => !m.via) ?? e.mentions[0];
            return this.add({
              id: `${parentId}/${e.key}`, kind: 'entity', uri, parentId, icon: 'entity', label: corpus.entityName(e.key),
              description: `${e.type} · ${plural(e.mentions.length, 'mention')}`, tooltip: e.aliases.length ? `Also written: ${e.aliases.join(', ')}` : undefined,
              target: { uri, start: first.start, end: first.end },
            });
          });
      case 'claims':
        return a.claims.map((c) =>
          this.add({
            id: `${parentId}/${c.id}`, kind: 'claim', uri, parentId, icon: 'claim', label: truncate(c.text, 80),
            description: `check-worthiness ${Math.round(c.score * 100) / 100}`, tooltip: `${flat(c.text)}\n\n${c.reasons.join(' · ')}`,
            target: { uri, start: c.start, end: c.end },
          }),
        );
      default:
        return [];
    }
  }

  private skippedFiles(node: TreeNode): TreeNode[] {
    return (this.input.skipped ?? []).map((s) => this.add({ id: `skipped:${s.uri}`, kind: 'skipped', uri: s.uri, parentId: node.id, icon: 'skipped', label: s.path, description: s.reason, tooltip: `${s.path}: ${s.reason}`, target: { uri: s.uri, start: 0, end: 0 } }));
  }

  /** Indexes of the document's figures in conflict. */
  private conflictIndexes(uri: string): number[] {
    const out: number[] = [];
    this.input.statusOf(uri).forEach((s, i) => {
      if (s === 'conflict') out.push(i);
    });
    return out;
  }

  /** What the other sources that contradict a figure say (confident links only). */
  private otherValues(uri: string, index: number): { value: string; title: string; reason: string }[] {
    const { corpus } = this.input;
    return corpus
      .related({ uri, index })
      .filter((r) => !r.uncertain && !r.verdict.agree)
      .map((r) => ({ value: describeValue(r.ref.figure), title: documentTitle(corpus, r.ref.uri), reason: r.verdict.reason }));
  }

  // ----------------------------------------------------------------------------------------- conflicts

  conflictRoots(): TreeNode[] {
    const { corpus } = this.input;
    const ids = new Map<string, number>();
    this.groups = corpus.conflicts();
    this.groupIds = new Map();
    return this.groups.map((g) => {
      const label = corpus.label(g);
      const base = `quantity:${g.bucket}|${g.subject ?? ''}|${label}`;
      const n = (ids.get(base) ?? 0) + 1;
      ids.set(base, n);
      const id = n === 1 ? base : `${base}#${n}`;
      this.groupIds!.set(id, g);
      const values = [...new Set(g.figures.map((f) => describeValue(f.figure)))];
      const pairs = g.conflicts.filter((c) => isConfident(c.confidence));
      return this.add({
        id, kind: 'quantity', group: g.id, label, icon: 'quantity', collapsible: 'expanded',
        description: `${values.join(' · ')} — ${plural(g.docs.length, 'source')}`,
        tooltip: pairs.map((c) => `${c.docs.map((d) => documentTitle(corpus, d)).join(' vs ')}: ${c.reason}`).join('\n'),
      });
    });
  }

  /** The value each source gives for a quantity in conflict, grouped by value. */
  private sources(node: TreeNode): TreeNode[] {
    const { corpus } = this.input;
    const g = this.groupIds?.get(node.id) ?? corpus.conflicts().find((x) => x.id === node.group);
    if (!g) return [];
    const rows = g.figures.map((f) => ({ f, value: describeValue(f.figure) }));
    rows.sort((x, y) => x.value.localeCompare(y.value) || x.f.uri.localeCompare(y.f.uri) || x.f.figure.start - y.f.figure.start);
    return rows.map(({ f, value }) => {
      const a = corpus.get(f.uri);
      const status = this.input.statusOf(f.uri)[f.index] ?? 'single';
      const reasons = g.conflicts.filter((c) => isConfident(c.confidence) && c.docs.includes(f.uri)).map((c) => `vs ${documentTitle(corpus, c.docs.find((d) => d !== f.uri)!)}: ${c.reason}`);
      return this.add({
        id: `${node.id}/${f.uri}#${f.index}`, kind: 'source', uri: f.uri, parentId: node.id, icon: status, label: value,
        description: `${truncate(documentTitle(corpus, f.uri), TITLE_MAX)}${a?.published ? ` · ${a.published}` : ''}`,
        tooltip: [`“${flat(f.figure.text)}” in ${this.input.pathOf(f.uri)}`, ...reasons].join('\n'),
        target: { uri: f.uri, start: f.figure.start, end: f.figure.end },
      });
    });
  }

  private add(node: TreeNode): TreeNode {
    this.nodes.set(node.id, node);
    return node;
  }
}
