// Do two figures describe the same quantity? They must agree on dimension and measure; their subjects and
// conditions must not contradict. What is missing on one side lowers the confidence instead of separating
// them, so the engine says when it is unsure rather than guessing loudly.

import type { QuantityDescriptor } from '../model';

export interface Link {
  confidence: number;
  /** Why the confidence is below 1, in words. */
  caveats: string[];
}

/** Conditions whose absence on one side matters more (an adjusted figure vs a reported one). */
const WEIGHTY = new Set(['setting', 'object']);
const CONDITION_NAMES: Record<string, string> = {
  period: 'period', quarter: 'quarter', frequency: 'frequency', setting: 'accounting basis', scope: 'scope', object: 'object', including: 'inclusion', excluding: 'exclusion',
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
    if (a.subject !== b.subject) {
      // An event (a launch, a quake) may be told from the maker's or the product's side.
      const eventLike = a.dimension === 'date';
      if (!(eventLike && (a.related.includes(b.subject) || b.related.includes(a.subject)))) return null;
      confidence -= 0.1;
      caveats.push('the sources name different parties to the same event');
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

  // Conditions: a stated difference separates; a one-sided condition only lowers confidence.
  const keys = new Set([...Object.keys(a.conditions), ...Object.keys(b.conditions)]);
  for (const k of keys) {
    if (k === 'direction') continue;
    const x = a.conditions[k];
    const y = b.conditions[k];
    if (k === 'asof' && (x === undefined || y === undefined)) {
      if ((x ?? y) && (x ? b.reported : a.reported)) continue; // compared through the reporting date above
    }
    // "the first shipment" and an unnumbered one are not the same shipment.
    if (k === 'which' && (x === undefined || y === undefined)) return null;
    if (x !== undefined && y !== undefined) {
      // An unnamed quarter ("quarterly revenue") may be the first quarter; a quarter is never the full year.
      if (x !== y && !(k === 'quarter' && (x === 'Q?' || y === 'Q?') && x !== 'full year' && y !== 'full year')) return null;
      continue;
    }
    // A rank depends on what it ranks among: "deadliest since 1998" and "second-deadliest" rank different sets.
    if (a.dimension === 'rank') return null;
    // "five of the 11 districts": the whole is never the part.
    if (k === 'which' && (x === 'whole' || y === 'whole')) return null;
    // "€6 million a year" is a rate, "€240 million" a total: not the same quantity.
    if (k === 'frequency' && a.dimension.startsWith('money')) return null;
    confidence -= WEIGHTY.has(k) ? 0.3 : 0.1;
    caveats.push(`only one source states the ${CONDITION_NAMES[k] ?? k} (${x ?? y})`);
  }
  return { confidence: Math.max(0, Math.round(confidence * 100) / 100), caveats };
}
