// Do two figures describe the same quantity? They must agree on dimension and measure; their subjects and
// conditions must not contradict. What is missing on one side lowers the confidence instead of separating
// them, so the engine says when it is unsure rather than guessing loudly.

import type { Figure, QuantityDescriptor } from '../model';

export interface Link {
  confidence: number;
  /** Why the confidence is below 1, in words. */
  caveats: string[];
}

/** How much a condition stated on one side only lowers the confidence: an adjusted figure vs a reported one,
 * a total "including the tram" vs one that does not say, "vaccination districts" vs "districts". */
const ONE_SIDED: Record<string, number> = { setting: 0.3, object: 0.3, including: 0.4, excluding: 0.4, sort: 0.2, body: 0.1, flow: 0.4, item: 0.4, status: 0.2 };
const CONDITION_NAMES: Record<string, string> = {
  body: 'voting body', severity: 'severity', flow: 'new or cumulative count', item: 'budget line', status: 'status', place: 'place', period: 'period', quarter: 'quarter', frequency: 'frequency', setting: 'accounting basis', scope: 'scope', object: 'object', including: 'inclusion', excluding: 'exclusion', sort: 'kind',
};

const EVENT_MEASURES = /^(?:deaths|injured|missing|displaced|rescued|rescuers|homes|aftershocks|magnitude|occurred|measure|loss)(?::|$)/;

/** Below this, a link is shown as uncertain and never reported as a conflict. */
export const MIN_CONFIDENCE = 0.5;

export function sameQuantity(a: QuantityDescriptor, b: QuantityDescriptor): Link | null {
  if (a.dimension !== b.dimension) return null;
  if (!a.measure || !b.measure || a.measure !== b.measure) return null;
  if (a.measure === 'published') return null;
  let confidence = 1;
  const caveats: string[] = [];

  // Subject. Counts of an event carry none (see quantity.ts): nothing to penalise.
  const eventLike = !a.subject && !b.subject && EVENT_MEASURES.test(a.measure);
  if (eventLike) {
    // nothing
  } else if (a.subject && b.subject) {
    if (a.subject !== b.subject && !sameEntity(a.subject, b.subject)) {
      // An event (a launch, a quake) may be told from the maker's or the product's side.
      const eventLike = a.dimension === 'date';
      if (eventLike && (a.related.includes(b.subject) || b.related.includes(a.subject))) {
        confidence -= 0.1;
        caveats.push('the sources name different parties to the same event');
      } else if (a.subjectHow === 'carried' && b.subjectHow === 'carried') {
        // Both subjects are guesses from earlier sentences: they do not contradict each other, they leave the
        // subject open.
        confidence -= 0.3;
        caveats.push('neither source names whose figure it is in the sentence');
      } else return null;
    }
  } else if (a.subject || b.subject) {
    confidence -= 0.3;
    caveats.push('one source does not say whose figure it is');
  } else {
    confidence -= 0.25;
    caveats.push('neither source says whose figure it is');
  }
  if (a.subjectHow === 'carried' || b.subjectHow === 'carried') {
    confidence -= 0.1;
    caveats.push('the subject was read from an earlier sentence');
  }

  // "The 1998 quake" names another event by its year; against a day, a bare year is weak evidence.
  if (a.grain && b.grain && (a.grain === 'year') !== (b.grain === 'year')) {
    confidence -= 0.55;
    caveats.push('a year set against a precise date may name another event');
  }

  // A count "as of May 11" and one reported on May 20 are different snapshots of a growing count.
  const snapA = a.conditions.asof ?? a.reported;
  const snapB = b.conditions.asof ?? b.reported;
  if ((a.conditions.asof || b.conditions.asof) && snapA && snapB && Math.abs(Date.parse(snapA) - Date.parse(snapB)) > 3 * 86400000) return null;

  // A move up and a move down are two moves unless both are dated alike: "rose 6% on Tuesday" and "fell 3% in
  // early trading on Thursday" are different days' moves, not a contradiction.
  const da = a.conditions.direction;
  const db = b.conditions.direction;
  if (da && db && da !== db) {
    const same = (k: string) => a.conditions[k] !== undefined && a.conditions[k] === b.conditions[k];
    if (!same('day') && !same('period') && !same('quarter')) return null;
  }
  // A worldwide figure is not a figure for one place.
  if ((a.conditions.scope === 'global' && b.conditions.place) || (b.conditions.scope === 'global' && a.conditions.place)) return null;

  // Conditions: a stated difference separates; a one-sided condition only lowers confidence.
  const keys = new Set([...Object.keys(a.conditions), ...Object.keys(b.conditions)]);
  for (const k of keys) {
    if (k === 'direction') continue;
    const x = a.conditions[k];
    const y = b.conditions[k];
    if (k === 'asof' && (x === undefined || y === undefined)) {
      if ((x ?? y) && (x ? b.reported : a.reported)) continue; // compared through the reporting date above
    }
    // "the first shipment" and an unnumbered one are not the same shipment; but "Halverton's four terminals",
    // the whole a part was counted from, may be the same count as "all four terminals" (a part records its
    // whole's value, see linkFigures).
    if (k === 'which' && (x === undefined || y === undefined) && (x ?? y) !== 'whole') return null;
    if (x !== undefined && y !== undefined) {
      // An unnamed quarter ("quarterly revenue") may be the first quarter; a quarter is never the full year.
      if (x !== y && !(k === 'quarter' && (x === 'Q?' || y === 'Q?') && x !== 'full year' && y !== 'full year')) return null;
      continue;
    }
    // A rank depends on what it ranks among: "deadliest since 1998" and "second-deadliest" rank different sets.
    if (a.dimension === 'rank') return null;
    // "€6 million a year" is a rate, "€240 million" a total: not the same quantity.
    // Sales and profit are flows by the year already: "peak annual sales" and "peak sales" are one figure.
    if (k === 'frequency' && a.dimension.startsWith('money') && !((x ?? y) === 'annual' && /^(?:revenue|profit)$/.test(a.measure ?? ''))) return null;
    // An unmarked count is usually the running total: "318 people in total" says no more than "318 people".
    confidence -= k === 'flow' && (x ?? y) === 'cumulative' ? 0.1 : ONE_SIDED[k] ?? 0.1;
    caveats.push(`only one source states the ${CONDITION_NAMES[k] ?? k} (${x ?? y})`);
  }
  return { confidence: Math.max(0, Math.round(confidence * 100) / 100), caveats };
}

/**
 * The link between two figures, with their values: sources that disagree about one quantity rarely differ
 * by more than a factor of two or three, so figures far apart in size are probably different quantities
 * ("a $126 million fee" and "$3 billion in financing") unless a shared, specific condition (the same object,
 * the same kind of thing counted) says otherwise. The engine then shows the link as uncertain instead of
 * reporting a conflict. Counts a thousandfold apart are never one count.
 */
export function linkFigures(a: Figure, qa: QuantityDescriptor, b: Figure, qb: QuantityDescriptor): Link | null {
  let link = sameQuantity(qa, qb);
  if (!link || typeof a.value !== 'number' || typeof b.value !== 'number' || a.kind === 'rank' || a.kind !== b.kind) return link;
  // "two of the port's four terminals" and "all four terminals": the whole is not the part.
  if (qa.partOf === b.value || qb.partOf === a.value) return null;
  const lo = Math.min(Math.abs(a.value), Math.abs(b.value));
  const hi = Math.max(Math.abs(a.value), Math.abs(b.value));
  if (a.kind === 'count' && hi > 1000 * Math.max(lo, 1)) return null;
  const ratio = hi / Math.max(lo, 1e-9);
  // "640 employees at the Hadley Falls campus" and "about 1,900" company-wide, "2,300 casual workers" and
  // "7,400 workers": a place, scope or kind stated on one side only, with values clearly apart, reads as a
  // part of the other's whole.
  // The narrowed side is the smaller one; a national or global scope widens instead.
  const aSmaller = Math.abs(a.value) < Math.abs(b.value);
  const narrowed = ratio > 1.5 && NARROWING.some((k) => {
    const x = qa.conditions[k];
    const y = qb.conditions[k];
    if ((x === undefined) === (y === undefined)) return false;
    const onA = x !== undefined;
    const widens = k === 'scope' && /^(?:national|global|worldwide|nationwide|international)$/.test((x ?? y)!);
    return widens ? onA !== aSmaller : onA === aSmaller;
  });
  if (narrowed) {
    link = { confidence: Math.max(0, Math.round((link.confidence - 0.4) * 100) / 100), caveats: [...link.caveats, 'one source counts a part (a place, scope or kind) of what the other counts'] };
  }
  if (ratio <= 2) return link;
  const shared = Object.keys(qa.conditions).filter((k) => SPECIFIC.has(k) && qa.conditions[k] === qb.conditions[k]).length;
  const penalty = Math.max(0, Math.min(0.8, 0.5 * Math.log10(ratio / 2)) - 0.25 * shared);
  if (penalty <= 0) return link;
  return {
    confidence: Math.max(0, Math.round((link.confidence - penalty) * 100) / 100),
    caveats: [...link.caveats, `the values are ${ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10} times apart`],
  };
}

/** "Vantor V9" and "V9": a model named with and without its maker; "Pellham Cold Storage" and "Pellham": a
 * company named in full and by its first word. */
export function sameEntity(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  // "Pellham" and "Pellham Cold Storage"; "Natarajan" and "Priya Natarajan", "Greens" and "Vessholm Greens".
  return (/\d/.test(short) && long.endsWith(short)) || long.startsWith(short + ' ') || (short.length >= 4 && !short.includes(' ') && long.endsWith(' ' + short));
}

/** Conditions that narrow what is counted to a part: a place, a scope, a kind. */
const NARROWING = ['place', 'scope', 'sort', 'severity'];

/** Conditions specific enough that sharing them makes a large difference in value a real disagreement. */
const SPECIFIC = new Set(['object', 'sort', 'including', 'excluding', 'period', 'quarter', 'place', 'body']);
