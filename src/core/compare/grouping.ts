// The cross-document index: figures bucketed by dimension and measure, so that changing one document only
// touches the buckets it had or has. Figures that behave identically in every comparison (same subject,
// conditions, value, qualifier, precision) share a node, so a large corpus of similar articles compares
// each distinct statement once, not each pair of documents.

import type { DocAnalysis, Figure, QuantityDescriptor } from '../model';
import { linkFigures, sameEntity, MIN_CONFIDENCE, type Link } from './link';
import { compareFigures, type Verdict } from './verdict';
import { intervalOf, width } from './interval';

export interface FigureRef {
  uri: string;
  /** Index of the figure in its document's analysis. */
  index: number;
  figure: Figure;
  quantity: QuantityDescriptor;
}

export interface Related {
  ref: FigureRef;
  verdict: Verdict;
  link: Link;
  /** The link is below the confidence the engine reports conflicts at. */
  uncertain: boolean;
}

export interface DocPairConflict {
  docs: [string, string];
  figures: FigureRef[];
  reason: string;
  confidence: number;
}

export interface Agreement {
  figures: FigureRef[];
  docs: string[];
  reason: string;
  tolerance: Verdict['tolerance'];
}

export interface QuantityGroup {
  id: string;
  bucket: string;
  measure: string;
  subject: string | null;
  figures: FigureRef[];
  docs: string[];
  conflicts: DocPairConflict[];
  agreements: Agreement[];
  confidence: number;
}

interface Node {
  /** Unique while the index lives; keys the remembered links and verdicts. */
  id: number;
  sig: string;
  bucket: Bucket;
  figure: Figure;
  quantity: QuantityDescriptor;
  members: FigureRef[];
  /** Number of members per document. */
  docs: Map<string, number>;
  /** Where its candidates are filed (see `candidates`), worked out once. */
  lookup: Lookup;
  /** Last `candidates` call that listed it: lists each candidate once without building a Set. */
  seen: number;
  /** Its remembered links and verdicts with other nodes, by their id (see `link` and `verdict`). */
  links: Map<number, Link | null> | undefined;
  verdicts: Map<number, Verdict> | undefined;
}

/** The bySubject and byRelated keys a node's candidates are found under. */
interface Lookup {
  /** With a subject: the subject, and the key of figures without one in articles about it. */
  subject: string | null;
  noSubject: string;
  /** Dates: the parties named alongside. */
  related: readonly string[];
  /** Without a subject (or with one carried from an earlier sentence): each topic of its article, the key of
   * figures without a subject about it, and the key of figures whose subject was carried, about it. */
  topics: readonly { topic: string; key: string; carried: string }[];
}

interface Component {
  nodes: Node[];
  group: QuantityGroup | null;
}

interface Bucket {
  key: string;
  /** The component (group of linked nodes) each node is in, once grouped. */
  components: Map<Node, Component>;
  /** Nodes added, changed or removed since the last grouping: only their components are regrouped. */
  seeds: Set<Node>;
  /** Never grouped yet: group everything. */
  fresh: boolean;
  /** Every component, and whether `groups` must be rebuilt from them. */
  all: Set<Component>;
  stale: boolean;
  nodes: Map<string, Node>;
  /** Nodes by subject; nodes with no subject under NO_SUBJECT + each topic of their document. */
  bySubject: Map<string, Set<Node>>;
  /** Date nodes by each party they name (a launch told from the maker's or the product's side). */
  byRelated: Map<string, Set<Node>>;
  dirty: boolean;
  groups: QuantityGroup[];
}

const NO_SUBJECT = '\u0000';
const CARRIED = '\u0001';
const FIRST_WORD = '\u0002';
const firstWord = (key: string) => key.split(' ')[0];
const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);
let nodeIds = 0;

/** Most document pairs listed per quantity. */
const MAX_PAIRS = 500;
/** A topic shared by more documents than this no longer links figures without a subject. */
const MAX_TOPIC_DOCS = 250;
/** Most sources (counted per statement) in one quantity group. */
const MAX_GROUP_DOCS = 64;

function signature(f: Figure, q: QuantityDescriptor): string {
  const parts: string[] = [];
  for (const k of Object.keys(q.conditions).sort()) parts.push(`${k}=${q.conditions[k]}`);
  const conditions = parts.join(',');
  return [
    q.subject ?? (q.topics ?? []).join('+'), q.subjectHow === 'carried' ? 'c' : '', conditions, q.reported ?? '', q.dimension === 'date' ? [...q.related].sort().join('+') : '',
    f.kind, String(f.value), String(f.low ?? ''), String(f.high ?? ''), f.qualifier ?? '', String(f.precision ?? ''), f.unit ?? '', f.datePrecision ?? '',
    f.scale ? 's' : '', f.relative ? 'r' : '', String(q.partOf ?? ''),
  ].join('|');
}

export function bucketKey(q: QuantityDescriptor): string | null {
  if (!q.measure || q.measure === 'published') return null;
  return `${q.dimension}|${q.measure}`;
}

export class QuantityIndex {
  private buckets = new Map<string, Bucket>();
  private docNodes = new Map<string, (Node | undefined)[]>();
  private analyses = new Map<string, DocAnalysis>();

  /** Replaces a document's figures in the index. Returns the bucket keys touched. */
  set(uri: string, analysis: DocAnalysis): Set<string> {
    const touched = this.remove(uri);
    this.countTopics(analysis, +1);
    this.analyses.set(uri, analysis);
    const nodes: (Node | undefined)[] = new Array(analysis.figures.length);
    analysis.figures.forEach((figure, index) => {
      const quantity = analysis.quantities[index];
      const key = bucketKey(quantity);
      if (!key) return;
      let bucket = this.buckets.get(key);
      if (!bucket) {
        bucket = { key, nodes: new Map(), bySubject: new Map(), byRelated: new Map(), dirty: true, groups: [], components: new Map(), seeds: new Set(), fresh: true, all: new Set(), stale: true };
        this.buckets.set(key, bucket);
      }
      const sig = signature(figure, quantity);
      let node = bucket.nodes.get(sig);
      if (!node) {
        node = { id: ++nodeIds, sig, bucket, figure, quantity, members: [], docs: new Map(), lookup: lookupOf(quantity), seen: 0, links: undefined, verdicts: undefined };
        bucket.nodes.set(sig, node);
        for (const s of indexKeys(quantity)) addTo(bucket.bySubject, s, node);
        if (quantity.dimension === 'date') for (const r of quantity.related) addTo(bucket.byRelated, r, node);
      }
      node.members.push({ uri, index, figure, quantity });
      node.docs.set(uri, (node.docs.get(uri) ?? 0) + 1);
      bucket.dirty = true;
      bucket.seeds.add(node);
      touched.add(key);
      nodes[index] = node;
    });
    this.docNodes.set(uri, nodes);
    return touched;
  }

  remove(uri: string): Set<string> {
    const touched = new Set<string>();
    const nodes = this.docNodes.get(uri);
    if (!nodes) return touched;
    const before = this.analyses.get(uri);
    if (before) this.countTopics(before, -1);
    this.analyses.delete(uri);
    for (const node of new Set(nodes)) {
      if (!node) continue;
      node.members = node.members.filter((m) => m.uri !== uri);
      node.docs.delete(uri);
      const bucket = node.bucket;
      bucket.dirty = true;
      bucket.seeds.add(node);
      touched.add(bucket.key);
      if (!node.members.length) {
        bucket.nodes.delete(node.sig);
        for (const s of indexKeys(node.quantity)) removeFrom(bucket.bySubject, s, node);
        if (node.quantity.dimension === 'date') for (const r of node.quantity.related) removeFrom(bucket.byRelated, r, node);
        if (!bucket.nodes.size) this.buckets.delete(bucket.key);
      }
    }
    this.docNodes.delete(uri);
    return touched;
  }

  /** Other sources' figures for the same quantity as the document's figure `index`: conflicts first. */
  related(uri: string, index: number): Related[] {
    const node = this.docNodes.get(uri)?.[index];
    if (!node) return [];
    const out: Related[] = [];
    for (const other of this.candidates(node)) {
      const link = this.link(node, other);
      if (!link) continue;
      const members = other.members.filter((m) => m.uri !== uri);
      if (!members.length) continue;
      const verdict = this.verdict(node, other);
      const uncertain = link.confidence < MIN_CONFIDENCE;
      for (const ref of members) out.push({ ref, verdict, link, uncertain });
    }
    out.sort((a, b) => rank(a) - rank(b) || b.link.confidence - a.link.confidence || a.ref.uri.localeCompare(b.ref.uri) || a.ref.figure.start - b.ref.figure.start);
    return out;
  }

  /** Quantities stated by at least two documents, recomputing only the buckets that changed. */
  groups(): QuantityGroup[] {
    const out: QuantityGroup[] = [];
    for (const bucket of this.buckets.values()) out.push(...this.groupsIn(bucket));
    return out;
  }

  /** Groups of one bucket only (for tests and incremental consumers). */
  groupsOf(key: string): QuantityGroup[] {
    const bucket = this.buckets.get(key);
    if (!bucket) return [];
    return this.groupsIn(bucket);
  }

  bucketCount(): number {
    return this.buckets.size;
  }

  /**
   * The nodes a node may be linked to, found through the index rather than by scanning the bucket: same
   * subject; figures without a subject in articles about that subject; for dates, the parties named
   * alongside. A figure without a subject meets only figures of articles about the same things, so a
   * corpus of many stories never compares every subjectless figure with every other.
   */
  /** How many documents have each topic: a topic most of a large corpus shares ("the U.S.") says nothing. */
  private topicDocs = new Map<string, number>();

  private specific(topic: string): boolean {
    return (this.topicDocs.get(topic) ?? 0) <= MAX_TOPIC_DOCS;
  }

  private countTopics(analysis: DocAnalysis, delta: number): void {
    const topics = new Set<string>();
    for (const q of analysis.quantities) for (const t of q.topics ?? []) topics.add(t);
    for (const t of topics) {
      const n = (this.topicDocs.get(t) ?? 0) + delta;
      if (n > 0) this.topicDocs.set(t, n);
      else this.topicDocs.delete(t);
    }
  }

  /** Stamp of the latest `candidates` call. */
  private listing = 0;

  private candidates(node: Node): Node[] {
    const bucket = node.bucket;
    const { subject, noSubject, related, topics } = node.lookup;
    const out: Node[] = [];
    const mark = ++this.listing;
    if (subject !== null) {
      listOnce(out, bucket.bySubject.get(subject), mark);
      // Subjects that may name the same company in full or by its first word; the link decides.
      for (const word of subject.includes(' ') ? [firstWord(subject), lastWord(subject)] : [subject]) {
        for (const n of bucket.bySubject.get(FIRST_WORD + word) ?? []) {
          if (n.seen === mark || !n.quantity.subject || !sameEntity(n.quantity.subject, subject)) continue;
          n.seen = mark;
          out.push(n);
        }
      }
      if (this.specific(subject)) listOnce(out, bucket.bySubject.get(noSubject), mark);
      // Figures without a subject in articles about "Northline", for a subject "Northline Rail".
      if (subject.includes(' ') && this.specific(firstWord(subject))) listOnce(out, bucket.bySubject.get(NO_SUBJECT + firstWord(subject)), mark);
      if (node.quantity.dimension === 'date') {
        for (const r of related) listOnce(out, bucket.bySubject.get(r), mark);
        listOnce(out, bucket.byRelated.get(subject), mark);
      }
      // A subject carried from an earlier sentence is a guess: also the figures of articles on the same topics.
      for (const { topic, key, carried } of topics) {
        if (!this.specific(topic)) continue;
        listOnce(out, bucket.bySubject.get(carried), mark);
        listOnce(out, bucket.bySubject.get(key), mark);
      }
    } else if (!topics.length) {
      listOnce(out, bucket.bySubject.get(noSubject), mark);
    } else {
      for (const { topic, key, carried } of topics) {
        if (!this.specific(topic)) continue;
        listOnce(out, bucket.bySubject.get(key), mark);
        listOnce(out, bucket.bySubject.get(topic), mark);
        listOnce(out, bucket.bySubject.get(carried), mark);
      }
    }
    return out;
  }

  /**
   * Links and verdicts depend only on the two nodes' signatures: remembered, so a regroup after an edit
   * compares only what is new. Each node keeps its own, by the other node's id: small maps with small
   * integer keys (one map keyed by a number for the pair was a third of the grouping time). At most about
   * 500,000 of each are kept.
   */
  private linkCount = 0;
  private verdictCount = 0;

  private link(a: Node, b: Node): Link | null {
    let l = a.links?.get(b.id);
    if (l === undefined) {
      if (++this.linkCount > 500_000) this.forget('links');
      l = linkFigures(a.figure, a.quantity, b.figure, b.quantity);
      (a.links ??= new Map()).set(b.id, l);
    }
    return l;
  }

  private verdict(a: Node, b: Node): Verdict {
    let v = a.verdicts?.get(b.id);
    if (v === undefined) {
      if (++this.verdictCount > 500_000) this.forget('verdicts');
      v = compareFigures(a.figure, b.figure, a.quantity, b.quantity);
      (a.verdicts ??= new Map()).set(b.id, v);
    }
    return v;
  }

  /** Drops every remembered link or verdict. */
  private forget(what: 'links' | 'verdicts'): void {
    for (const bucket of this.buckets.values()) for (const n of bucket.nodes.values()) n[what] = undefined;
    if (what === 'links') this.linkCount = 1;
    else this.verdictCount = 1;
  }

  /**
   * Regroups a bucket after changes. Only the components that held a changed node, and those the changed
   * nodes now link into, are recomputed: an edit to one article costs the size of its quantities'
   * groups, not of the bucket.
   */
  private regroup(bucket: Bucket): void {
    const alive = (n: Node) => bucket.nodes.get(n.sig) === n;
    let affected: Set<Node>;
    const old = new Set<Component>();
    if (bucket.fresh) {
      affected = new Set(bucket.nodes.values());
      bucket.fresh = false;
    } else {
      affected = new Set<Node>();
      const pull = (c: Component | undefined) => {
        if (!c || old.has(c)) return;
        old.add(c);
        for (const n of c.nodes) if (alive(n)) queue.push(n);
      };
      // The changed nodes, their old components, and the components they now link to (one step: groups
      // are capped in size, so nothing further can join).
      const queue: Node[] = [];
      for (const seed of bucket.seeds) {
        pull(bucket.components.get(seed));
        if (!alive(seed)) continue;
        queue.push(seed);
        for (const b of this.candidates(seed)) {
          if (b === seed) continue;
          const l = this.link(seed, b);
          if (l && l.confidence >= MIN_CONFIDENCE) {
            queue.push(b);
            pull(bucket.components.get(b));
          }
        }
      }
      for (const n of queue) affected.add(n);
      for (const c of old) {
        bucket.all.delete(c);
        for (const n of c.nodes) if (bucket.components.get(n) === c) bucket.components.delete(n);
      }
    }
    bucket.seeds.clear();
    for (const component of this.cluster(bucket, affected)) {
      bucket.all.add(component);
      for (const n of component.nodes) bucket.components.set(n, component);
    }
    bucket.dirty = false;
    bucket.stale = true;
  }

  /** The bucket's groups, regrouped if needed and listed only when asked for. */
  private groupsIn(bucket: Bucket): QuantityGroup[] {
    if (bucket.dirty) this.regroup(bucket);
    if (bucket.stale) {
      bucket.groups = [];
      for (const c of bucket.all) if (c.group) bucket.groups.push(c.group);
      bucket.stale = false;
    }
    return bucket.groups;
  }

  /** Regroups the given buckets now (after an edit), without listing their groups. */
  refresh(keys: Iterable<string>): void {
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket?.dirty) this.regroup(bucket);
    }
  }

  /** Components of linked nodes among `nodes`, each described as a group when two documents share it. */
  private cluster(bucket: Bucket, nodes: Set<Node>): Component[] {
    const parent = new Map<Node, Node>();
    for (const n of nodes) parent.set(n, n);
    const find = (n: Node): Node => {
      let r = n;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(n, r);
      return r;
    };
    const edges: { a: Node; b: Node; link: Link }[] = [];
    for (const a of nodes) {
      for (const b of this.candidates(a)) {
        if (!nodes.has(b)) continue;
        if (b === a) {
          if (a.docs.size > 1) {
            const l = this.link(a, a);
            if (l && l.confidence >= MIN_CONFIDENCE) edges.push({ a, b: a, link: l });
          }
          continue;
        }
        if (b.id < a.id) continue; // each pair once
        const l = this.link(a, b);
        if (!l || l.confidence < MIN_CONFIDENCE) continue;
        edges.push({ a, b, link: l });
      }
    }
    // Strongest links first; a group stops growing at MAX_GROUP_DOCS sources, so that figures linked in
    // a chain across many stories (each link plausible, the chain not) never make one giant group.
    edges.sort((x, y) => y.link.confidence - x.link.confidence || x.a.id - y.a.id || x.b.id - y.b.id);
    const docCount = new Map<Node, number>();
    for (const n of nodes) docCount.set(n, n.docs.size);
    const kept: typeof edges = [];
    for (const e of edges) {
      const ra = find(e.a);
      const rb = find(e.b);
      if (ra !== rb) {
        const total = docCount.get(ra)! + docCount.get(rb)!;
        if (total > MAX_GROUP_DOCS) continue;
        parent.set(ra, rb);
        docCount.set(rb, total);
      }
      kept.push(e);
    }
    edges.length = 0;
    edges.push(...kept);
    const members = new Map<Node, Node[]>();
    for (const n of nodes) {
      const r = find(n);
      const list = members.get(r) ?? [];
      list.push(n);
      members.set(r, list);
    }
    const edgesOf = new Map<Node, { a: Node; b: Node; link: Link }[]>();
    for (const e of edges) {
      const r = find(e.a);
      const list = edgesOf.get(r) ?? [];
      list.push(e);
      edgesOf.set(r, list);
    }
    const out: Component[] = [];
    for (const [root, list] of members) {
      const docs = new Set<string>();
      for (const n of list) for (const d of n.docs.keys()) docs.add(d);
      out.push({ nodes: list, group: docs.size < 2 ? null : this.describeGroup(bucket, list, edgesOf.get(root) ?? [], [...docs]) });
    }
    return out;
  }

  private describeGroup(bucket: Bucket, nodes: Node[], edges: { a: Node; b: Node; link: Link }[], docs: string[]): QuantityGroup {
    const figures = nodes.flatMap((n) => n.members).sort((x, y) => x.uri.localeCompare(y.uri) || x.figure.start - y.figure.start);
    // Conflicts, one per pair of documents that disagree.
    const pairMap = new Map<string, DocPairConflict & { seen: Set<FigureRef> }>();
    const byDoc = (n: Node) => {
      const m = new Map<string, FigureRef[]>();
      for (const ref of n.members) m.set(ref.uri, [...(m.get(ref.uri) ?? []), ref]);
      return m;
    };
    // A document that states two values for what the engine reads as one quantity is telling two quantities
    // apart ("a $1.84 billion budget", "the mayor's $1.9 billion proposal"): another source that agrees with
    // one of them does not contradict it with the other.
    const nodesByDoc = new Map<string, Node[]>();
    for (const n of nodes) {
      for (const d of n.docs.keys()) {
        const list = nodesByDoc.get(d);
        if (list) list.push(n);
        else nodesByDoc.set(d, [n]);
      }
    }
    const explained = (doc: string, self: Node, other: Node) => {
      const own = this.link(self, other)?.confidence ?? 0;
      return (nodesByDoc.get(doc) ?? []).some((x) => x !== self && this.verdict(x, other).agree && (this.link(x, other)?.confidence ?? 0) >= Math.max(own, MIN_CONFIDENCE));
    };
    let confidence = 1;
    for (const { a, b, link } of edges) {
      confidence = Math.min(confidence, link.confidence);
      const v = this.verdict(a, b);
      if (v.agree) continue;
      const da = byDoc(a);
      const db = byDoc(b);
      for (const [ua, fa] of da) {
        for (const [ub, fb] of db) {
          if (ua === ub) continue;
          if (explained(ua, a, b) || explained(ub, b, a)) continue;
          const [d1, d2] = ua < ub ? [ua, ub] : [ub, ua];
          const key = d1 + '\u0000' + d2;
          let c = pairMap.get(key);
          if (!c) {
            // A quantity stated by hundreds of sources is listed by its first pairs; the group keeps them all.
            if (pairMap.size >= MAX_PAIRS) continue;
            pairMap.set(key, (c = { docs: [d1, d2], figures: [], reason: v.reason, confidence: link.confidence, seen: new Set() }));
          }
          for (const ref of [...fa, ...fb]) {
            if (c.seen.has(ref)) continue;
            c.seen.add(ref);
            c.figures.push(ref);
          }
          c.confidence = Math.min(c.confidence, link.confidence);
        }
      }
    }
    // Arrays are built with push, not map(): an optimised map() returns an array of another elements kind,
    // and this function then deoptimised on every call (about 2,000 times while indexing 10,000 articles).
    const conflicts: DocPairConflict[] = [];
    for (const { seen: _seen, ...c } of pairMap.values()) conflicts.push(c);
    for (const c of conflicts) c.figures.sort((x, y) => x.uri.localeCompare(y.uri) || x.figure.start - y.figure.start);
    // Agreements: classes of mutually compatible statements, most precise first.
    const linked = new Map<Node, Set<Node>>();
    for (const { a, b } of edges) {
      if (!linked.has(a)) linked.set(a, new Set());
      if (!linked.has(b)) linked.set(b, new Set());
      linked.get(a)!.add(b);
      linked.get(b)!.add(a);
    }
    const sorted = [...nodes].sort((x, y) => precisionOf(x) - precisionOf(y) || x.sig.localeCompare(y.sig));
    const classes: { nodes: Node[]; tolerance: Verdict['tolerance']; reason: string }[] = [];
    for (const n of sorted) {
      let placed = false;
      for (const c of classes) {
        if (!c.nodes.every((m) => m === n || linked.get(n)?.has(m))) continue;
        const verdicts: Verdict[] = [];
        for (const m of c.nodes) verdicts.push(this.verdict(m, n));
        if (!verdicts.every((v) => v.agree)) continue;
        c.nodes.push(n);
        const loosest = verdicts.find((v) => v.tolerance !== 'exact');
        if (loosest && c.tolerance === 'exact') {
          c.tolerance = loosest.tolerance;
          c.reason = loosest.reason;
        }
        placed = true;
        break;
      }
      if (!placed) classes.push({ nodes: [n], tolerance: 'exact', reason: `same value: ${describe(n)}` });
    }
    const agreements: Agreement[] = [];
    for (const c of classes) {
      const refs = c.nodes.flatMap((n) => n.members);
      const uris = new Set<string>();
      for (const r of refs) uris.add(r.uri);
      const d = [...uris];
      if (d.length < 2) continue;
      refs.sort((x, y) => x.uri.localeCompare(y.uri) || x.figure.start - y.figure.start);
      agreements.push({ figures: refs, docs: d.sort(), reason: c.reason, tolerance: c.tolerance });
    }
    const subjects = new Map<string, number>();
    for (const n of nodes) if (n.quantity.subject) subjects.set(n.quantity.subject, (subjects.get(n.quantity.subject) ?? 0) + n.members.length);
    const subject = [...subjects.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const measure = nodes[0].quantity.measure!;
    // The least signature, as a default sort would put first (UTF-16 code unit order).
    let firstSig = nodes[0].sig;
    for (const n of nodes) if (n.sig < firstSig) firstSig = n.sig;
    const id = `${bucket.key}#${subject ?? ''}#${firstSig}`;
    return { id, bucket: bucket.key, measure, subject, figures, docs: docs.sort(), conflicts, agreements, confidence };
  }
}

/** Where a node is filed in bySubject: under its subject, or, with none, under each topic of its document. */
function indexKeys(q: QuantityDescriptor): string[] {
  // A subject carried from an earlier sentence is a guess: such figures also meet each other through the
  // topics of their articles. A subject of several words is also found by its first word ("Pellham Cold
  // Storage", "Pellham").
  if (q.subject) {
    const keys = [q.subject, FIRST_WORD + firstWord(q.subject)];
    if (q.subject.includes(' ')) keys.push(FIRST_WORD + lastWord(q.subject));
    if (q.subjectHow === 'carried') for (const t of q.topics ?? []) keys.push(CARRIED + t);
    return keys;
  }
  if (!q.topics?.length) return [NO_SUBJECT];
  const keys: string[] = [];
  for (const t of q.topics) keys.push(NO_SUBJECT + t);
  return keys;
}

function lookupOf(q: QuantityDescriptor): Lookup {
  const topics: { topic: string; key: string; carried: string }[] = [];
  if (!q.subject || q.subjectHow === 'carried') for (const topic of q.topics ?? []) topics.push({ topic, key: NO_SUBJECT + topic, carried: CARRIED + topic });
  if (q.subject) return { subject: q.subject, noSubject: NO_SUBJECT + q.subject, related: q.related, topics };
  return { subject: null, noSubject: NO_SUBJECT, related: [], topics };
}

/** Adds the nodes not listed yet in this call (`mark`) to `out`, in order. */
function listOnce(out: Node[], nodes: Set<Node> | undefined, mark: number): void {
  if (!nodes) return;
  for (const n of nodes) {
    if (n.seen === mark) continue;
    n.seen = mark;
    out.push(n);
  }
}

function addTo(map: Map<string, Set<Node>>, key: string, node: Node): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(node);
}

function removeFrom(map: Map<string, Set<Node>>, key: string, node: Node): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(node);
  if (!set.size) map.delete(key);
}

function describe(n: Node): string {
  return n.figure.text;
}

function precisionOf(n: Node): number {
  const i = intervalOf(n.figure);
  return i ? width(i) : Number.POSITIVE_INFINITY;
}

function rank(r: Related): number {
  if (r.uncertain) return 2;
  return r.verdict.agree ? 1 : 0;
}
