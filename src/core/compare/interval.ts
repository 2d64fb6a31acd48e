// The values a figure allows, as an interval. A figure in the news is rarely exact: "$2 million" is any
// amount that rounds to it, "more than 40" is a count a little over 40, "April 2026" is any day in April.
// Two figures agree when their intervals meet.

import type { Figure } from '../model';
import { DURATION_DAYS, SCALES } from '../extract/lexicon';
import { parseIsoDate } from '../extract/dates';

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

const DAY = 86400000;

/** "About 110" is 110 rounded: its own rounding, and a little more for an exact-looking number. */
/**
 * How far a bound reaches. In news a bound is a count so far, not an open interval: "at least 2,000 dead"
 * means about 2,000 confirmed, so it disagrees with "more than 5,000". A bound therefore extends a
 * modest distance beyond the stated number, not to infinity.
 */
const BOUND_REACH = 0.15;
const ABOUT_REACH = 0.025;
const NEARLY_REACH = 0.1;
const UNDER_REACH = 0.3;

function dayNumber(iso: string): number | null {
  const d = parseIsoDate(iso);
  return d ? Math.floor(d.getTime() / DAY) : null;
}

/** Interval of days covered by an ISO date of day, month or year precision. */
export function dateInterval(iso: string): Interval | null {
  if (iso.startsWith('XXXX')) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = dayNumber(iso)!;
    return { lo: d, hi: d, loOpen: false, hiOpen: false };
  }
  if (m[2]) {
    const mo = Number(m[2]);
    const lo = Math.floor(Date.UTC(y, mo - 1, 1) / DAY);
    const hi = Math.floor(Date.UTC(y, mo, 1) / DAY) - 1;
    return { lo, hi, loOpen: false, hiOpen: false };
  }
  return { lo: Math.floor(Date.UTC(y, 0, 1) / DAY), hi: Math.floor(Date.UTC(y + 1, 0, 1) / DAY) - 1, loOpen: false, hiOpen: false };
}

/** The unit of the last digit as written: 10 for "40", 0.1 for "$2.4 million", 1 for "$115 billion". */
function writtenUnit(f: Figure): number {
  return (f.precision ?? 1) / (f.scale ? SCALES[f.scale.toLowerCase()] ?? 1 : 1);
}

/** Half the size of the last stated digit: the rounding a reader allows. */
export function roundingHalfWidth(f: Figure): number {
  const v = typeof f.value === 'number' ? Math.abs(f.value) : 0;
  const p = f.precision ?? 1;
  if (f.kind === 'rank') return 0;
  if (f.kind === 'duration') return 0.5 * (DURATION_DAYS[f.unit ?? 'day'] ?? 1);
  // Trailing zeros are rounding when they follow one digit ("2,000", "$2 million"), but "2,300" or
  // "$110 billion" may be exact to the last digit written: allow at most 2.5% there.
  // "2x" and "2.5x" differ by a quarter: a small multiplier is read to a tenth of itself.
  if (f.kind === 'ratio' && f.unit === 'multiplier') return Math.min(p / 2, 0.1 * v);
  const written = writtenUnit(f);
  if (written > 1 && Math.round(v / p) >= 10) return Math.min(p / 2, 0.025 * v);
  // A small round number ("40%", "400 cases") is as often exact as rounded: a reader allows 5%, not the
  // whole decade ("40%" vs "45%" is a disagreement; "400" vs "412" is rounding).
  if (written > 1 && !f.scale && v < 1000) return Math.min(p / 2, 0.05 * v);
  return p / 2;
}

export function intervalOf(f: Figure): Interval | null {
  if (f.kind === 'date') return typeof f.value === 'string' ? dateInterval(f.value) : null;
  if (typeof f.value !== 'number') return null;
  // Durations compare in days; fractions compare with percentages ("four-fifths" is 80%).
  const scale = f.kind === 'duration' ? DURATION_DAYS[f.unit ?? 'day'] ?? 1 : f.kind === 'ratio' && f.unit === 'fraction' ? 100 : 1;
  const half = roundingHalfWidth(f) * (f.kind === 'ratio' && f.unit === 'fraction' ? 100 : 1);
  if (f.kind === 'rank' && f.unit === 'top') return { lo: 1, hi: f.value, loOpen: false, hiOpen: false };
  const low = typeof f.low === 'number' ? f.low * scale : f.value * scale;
  const high = typeof f.high === 'number' ? f.high * scale : f.value * scale;
  // A stated range already says how uncertain the estimate is: no rounding slack beyond its ends.
  if (typeof f.low === 'number' && typeof f.high === 'number' && !f.qualifier) return { lo: low, hi: high, loOpen: false, hiOpen: false };
  const v = f.value * scale;
  switch (f.qualifier) {
    case 'about': {
      // "About 11%" is 11 give or take a point: a hedged number written to its last digit allows that digit.
      const w = Math.max(writtenUnit(f) <= 1 && f.kind !== 'duration' ? 2 * half : half, ABOUT_REACH * Math.abs(v));
      return { lo: low - w, hi: high + w, loOpen: false, hiOpen: false };
    }
    case 'over':
      return { lo: high, hi: high + Math.max(half, BOUND_REACH * Math.abs(high)), loOpen: true, hiOpen: false };
    case 'at-least':
      return { lo: high, hi: high + Math.max(half, BOUND_REACH * Math.abs(high)), loOpen: false, hiOpen: false };
    case 'nearly':
      return { lo: low - Math.max(half, NEARLY_REACH * Math.abs(low)), hi: low, loOpen: false, hiOpen: true };
    case 'under':
      return { lo: low - Math.max(half, UNDER_REACH * Math.abs(low)), hi: low, loOpen: false, hiOpen: true };
    case 'up-to':
      return { lo: Math.min(0, low), hi: high + half, loOpen: false, hiOpen: false };
    default:
      // Rounding ends are open: 17 (16.5–17.5) and 18 (17.5–18.5) do not meet, nor do 1.1 and 1.2 billion.
      return { lo: low - half, hi: high + half, loOpen: half > 0, hiOpen: half > 0 };
  }
}

/** Do two intervals share at least one value? */
export function overlaps(a: Interval, b: Interval): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.lo), Math.abs(b.lo), Math.abs(a.hi), Math.abs(b.hi));
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi - eps) return true;
  if (lo > hi + eps) return false;
  // They touch at one point: it must belong to both.
  const contains = (i: Interval) => !(Math.abs(i.lo - lo) <= eps && i.loOpen) && !(Math.abs(i.hi - lo) <= eps && i.hiOpen);
  return contains(a) && contains(b);
}

export function width(i: Interval): number {
  return i.hi - i.lo;
}
