// Whether two figures for the same quantity disagree, and why, in words a reader can check.

import type { Figure, QuantityDescriptor } from '../model';
import { intervalOf, overlaps, type Interval } from './interval';

export type Tolerance = 'exact' | 'rounding' | 'qualifier' | 'range' | 'containment' | 'direction' | 'values';

export interface Verdict {
  agree: boolean;
  tolerance: Tolerance;
  reason: string;
}

const QUALIFIER_WORDS: Record<string, string> = { about: 'about', over: 'more than', 'at-least': 'at least', nearly: 'nearly', under: 'less than', 'up-to': 'up to' };

/** A figure's value as a reader would say it, with its qualifier: "40 (more than)", "2026-04". */
export function describeValue(f: Figure): string {
  let v: string;
  if (f.kind === 'date') v = String(f.value);
  else if (typeof f.low === 'number' && typeof f.high === 'number' && f.value !== null) v = `${formatNumber(f.low, f)}–${formatNumber(f.high, f)}`;
  else if (typeof f.value === 'number') v = formatNumber(f.value, f);
  else v = f.text;
  if (f.kind === 'rank' && f.unit === 'top') v = `top ${f.value}`;
  return f.qualifier ? `${v} (${f.qualifierText?.toLowerCase() ?? QUALIFIER_WORDS[f.qualifier]})` : v;
}

export function formatNumber(n: number, f: Pick<Figure, 'kind' | 'unit'>): string {
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1e12) s = trim(n / 1e12) + ' trillion';
  else if (abs >= 1e9) s = trim(n / 1e9) + ' billion';
  else if (abs >= 1e6) s = trim(n / 1e6) + ' million';
  else s = Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 1e6) / 1e6);
  switch (f.kind) {
    case 'money':
      return f.unit === 'USD' ? '$' + s : `${s} ${f.unit ?? ''}`.trim();
    case 'percent':
      return f.unit === 'pp' ? `${s} pp` : f.unit === 'bp' ? `${s} bp` : `${s}%`;
    case 'duration':
      return `${s} ${f.unit}${n === 1 ? '' : 's'}`;
    case 'measure':
      return `${s} ${f.unit ?? ''}`.trim();
    case 'ratio':
      return f.unit === 'multiplier' ? `${s}×` : s;
    default:
      return s;
  }
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function isExact(f: Figure): boolean {
  return !f.qualifier && f.low === undefined;
}

export function compareFigures(a: Figure, b: Figure, qa?: QuantityDescriptor, qb?: QuantityDescriptor): Verdict {
  const da = qa?.conditions.direction;
  const db = qb?.conditions.direction;
  const va = describeValue(a);
  const vb = describeValue(b);
  if (da && db && da !== db) {
    return { agree: false, tolerance: 'direction', reason: `${va} ${da === 'up' ? 'up' : 'down'} vs ${vb} ${db === 'up' ? 'up' : 'down'}: one says it rose, the other that it fell` };
  }
  // "fines of up to $20 million" and "up to $25 million": two different ceilings are two claims about the
  // ceiling, compared as stated (a range against a ceiling still overlaps: "up to 50 mm", "30 to 50 mm").
  const ceilings = a.qualifier === 'up-to' && b.qualifier === 'up-to' && a.low === undefined && b.low === undefined;
  const ia = intervalOf(ceilings ? { ...a, qualifier: undefined } : a);
  const ib = intervalOf(ceilings ? { ...b, qualifier: undefined } : b);
  if (!ia || !ib) return { agree: true, tolerance: 'values', reason: 'cannot be compared (no definite value)' };
  if (ceilings && !overlaps(ia, ib)) return { agree: false, tolerance: 'qualifier', reason: `${va} vs ${vb}: different ceilings` };
  const agree = overlaps(ia, ib);
  if (a.kind === 'date') return dateVerdict(a, b, ia, ib, agree);
  if (a.kind === 'rank') {
    if (agree) {
      if (a.unit === 'top' || b.unit === 'top') {
        const [inner, outer] = a.unit === 'top' ? [b, a] : [a, b];
        return { agree, tolerance: 'containment', reason: `${rankWords(inner)} is within ${rankWords(outer)}` };
      }
      return { agree, tolerance: 'exact', reason: `both rank ${rankWords(a)}` };
    }
    return { agree, tolerance: 'values', reason: `${rankWords(a)} vs ${rankWords(b)}: different ranks` };
  }
  if (agree) {
    if (a.value === b.value && isExact(a) && isExact(b)) return { agree, tolerance: 'exact', reason: `same value: ${va}` };
    if (a.low !== undefined || b.low !== undefined) return { agree, tolerance: 'range', reason: `${va} and ${vb}: ${a.low !== undefined && b.low !== undefined ? 'the ranges overlap' : 'the value lies within the range'}` };
    if (a.qualifier || b.qualifier) return { agree, tolerance: 'qualifier', reason: `${va} and ${vb} are compatible` };
    return { agree, tolerance: 'rounding', reason: `${va} and ${vb} agree at the coarser precision (rounding)` };
  }
  if (a.qualifier && b.qualifier && exclusive(a, b, ia, ib)) {
    return { agree, tolerance: 'qualifier', reason: `${va} vs ${vb}: qualifiers exclude each other` };
  }
  if (a.low !== undefined || b.low !== undefined) return { agree, tolerance: 'range', reason: `${va} vs ${vb}: outside the range` };
  if (a.qualifier || b.qualifier) return { agree, tolerance: 'qualifier', reason: `${va} vs ${vb}: too far apart, even allowing for the qualifier` };
  return { agree, tolerance: 'values', reason: `${va} vs ${vb}: different values beyond rounding` };
}

function exclusive(a: Figure, b: Figure, ia: Interval, ib: Interval): boolean {
  // Same or nearly the same number, hedged in opposite directions: "more than 40" vs "nearly 40".
  const x = a.value as number;
  const y = b.value as number;
  return Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y)) && (ia.hi <= ib.lo || ib.hi <= ia.lo);
}

function rankWords(f: Figure): string {
  if (f.unit === 'top') return `top ${f.value}`;
  const n = f.value as number;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function dateVerdict(a: Figure, b: Figure, ia: Interval, ib: Interval, agree: boolean): Verdict {
  const va = String(a.value);
  const vb = String(b.value);
  const note = (f: Figure) => (f.relative ? ` ("${f.text}")` : '');
  if (!agree) return { agree, tolerance: 'values', reason: `${va}${note(a)} vs ${vb}${note(b)}: different dates` };
  if (va === vb) return { agree, tolerance: 'exact', reason: `same date: ${va}${note(a)}${note(b)}` };
  const [outer, inner] = ia.hi - ia.lo >= ib.hi - ib.lo ? [va, vb] : [vb, va];
  return { agree, tolerance: 'containment', reason: `${inner} falls within ${outer}` };
}
