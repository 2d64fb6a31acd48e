// Reads the number at a token: digits ("1,000", "42.8"), suffixed digits ("58M", "$35.1bn" after the
// symbol), written numbers ("three billion", "twenty-five"), fractions ("one-tenth", "two-thirds"),
// multipliers ("2x", "twice"), ordinals ("fourth", "3rd") and vague magnitudes ("billions").

import { lowerOf, type Token } from '../text/tokens';
import { UNITS, TENS, SCALES, SPACED_SCALES, VAGUE, ORDINALS, FRACTIONS, MULTIPLIER_WORDS } from './lexicon';

export type NumeralForm = 'digits' | 'words' | 'fraction' | 'multiplier' | 'ordinal' | 'vague';

export interface Numeral {
  /** First and last token of the numeral, scale included. */
  first: number;
  last: number;
  value: number | null;
  /** Size of the last stated digit, scale applied: 1e8 for "2.4 billion" (0.1 × 1e9). */
  precision: number;
  form: NumeralForm;
  scale?: string;
  /** Bounds of a vague magnitude. */
  vague?: [number, number];
  /** "one" on its own is usually a pronoun or an article, not a count. */
  isOne?: boolean;
}

function digitsValue(text: string): { value: number; precision: number } {
  const clean = text.replace(/,/g, '');
  const value = Number(clean);
  const dot = clean.indexOf('.');
  if (dot >= 0) return { value, precision: Math.pow(10, -(clean.length - dot - 1)) };
  let zeros = 0;
  for (let i = clean.length - 1; i > 0 && clean[i] === '0'; i--) zeros++;
  return { value, precision: Math.pow(10, zeros) };
}

/** Reads a written cardinal below a hundred starting at token i: "three", "twenty-five", "forty two". */
function writtenSmall(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (t?.type !== 'word') return null;
  const w = t.text.toLowerCase();
  if (w in UNITS) {
    // "two dozen"
    if (tokens[i + 1]?.type === 'word' && tokens[i + 1].text.toLowerCase() === 'dozen' && tokens[i + 1].ws) return { value: UNITS[w] * 12, last: i + 1 };
    return { value: UNITS[w], last: i };
  }
  if (w in TENS) {
    const dash = tokens[i + 1];
    const next = tokens[i + 2];
    if (dash?.text === '-' && !dash.ws && next && !next.ws && next.text.toLowerCase() in UNITS && UNITS[next.text.toLowerCase()] < 10) {
      return { value: TENS[w] + UNITS[next.text.toLowerCase()], last: i + 2 };
    }
    // "forty two"
    if (dash?.type === 'word' && dash.ws && dash.text.toLowerCase() in UNITS && UNITS[dash.text.toLowerCase()] > 0 && UNITS[dash.text.toLowerCase()] < 10) {
      return { value: TENS[w] + UNITS[dash.text.toLowerCase()], last: i + 1 };
    }
    return { value: TENS[w], last: i };
  }
  if (w === 'dozen') return { value: 12, last: i };
  return null;
}

/** Words that put a bare "6.71m" among heights and levels (metres), not millions. */
const LEVEL_WORDS = new Set(['peaked', 'peak', 'peaks', 'crested', 'crest', 'crests', 'level', 'levels', 'height', 'high', 'higher', 'highest', 'deep', 'depth', 'tall', 'gauge', 'above', 'below', 'metres', 'meters', 'reached', 'stood', 'rose', 'risen', 'wave', 'waves', 'swell', 'flood', 'river', 'water']);

/** What follows a level: "6.71m at the gauge", "the 6.32m reached in 2011", "6.7m." */
const AFTER_LEVEL = new Set(['at', 'in', 'on', 'from', 'to', 'above', 'below', 'during', 'by', 'reached', 'recorded', 'set', 'measured', 'and', 'or', 'than', 'high', 'deep', 'tall', 'mark']);

/**
 * "The river peaked at 6.71m", "well above the 6.32m reached in 2011": a lower-case "m" touching a number,
 * with no money sign before it and no counted noun after it, among words of height and level, is metres.
 */
function isLevel(tokens: readonly Token[], last: number): boolean {
  if (/^[$€£¥]$/.test(tokens[last - 1]?.text ?? '')) return false;
  const after = tokens[last + 2];
  if (after && after.type !== 'punct' && !AFTER_LEVEL.has(after.text.toLowerCase())) return false;
  for (let k = Math.max(0, last - 4); k <= last + 3 && k < tokens.length; k++) if (k !== last && k !== last + 1 && tokens[k].type === 'word' && LEVEL_WORDS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** Applies a scale word after token `last`, if any: "3 billion", "58M", "$35.1 bn". */
function applyScale(tokens: readonly Token[], last: number, value: number, precision: number, allowSpacedLetter: boolean): { value: number; precision: number; last: number; scale?: string } {
  const n = tokens[last + 1];
  if (n?.type === 'word') {
    const w = n.text.toLowerCase();
    if (w in SCALES && w !== 'hundred') {
      const spaced = n.ws;
      const letter = w.length <= 2 && !SPACED_SCALES.has(w);
      // Lower-case "m" touching a number is ambiguous (metres); "58M", "5bn", "3m users" are scales.
      if (n.text === 'm' && !spaced && isLevel(tokens, last)) return { value, precision, last };
      if (!spaced || SPACED_SCALES.has(w) || (allowSpacedLetter && letter && n.text === n.text.toUpperCase())) {
        if (!(letter && spaced && !allowSpacedLetter)) {
          const factor = SCALES[w];
          // "a billion" / "1 billion and a half" are not handled; "half a million" is read elsewhere.
          return { value: value * factor, precision: precision * factor, last: last + 1, scale: n.text };
        }
      }
    }
  }
  return { value, precision, last };
}

/** Words that can start a numeral; anything else is rejected before any parsing. */
const STARTERS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINALS), ...Object.keys(VAGUE), ...Object.keys(MULTIPLIER_WORDS), 'a', 'an', 'half', 'dozen',
  'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold', 'eightfold', 'ninefold', 'tenfold', 'twentyfold', 'hundredfold',
]);

export function readNumeral(tokens: readonly Token[], i: number): Numeral | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'word' && !STARTERS.has(lowerOf(t))) return null;
  if (t.type === 'num') {
    const { value, precision } = digitsValue(t.text);
    // "2x", "10x" multipliers.
    const n = tokens[i + 1];
    if (n && !n.ws && n.type === 'word' && /^[xX×]$/.test(n.text)) return { first: i, last: i + 1, value, precision, form: 'multiplier' };
    if (n && !n.ws && n.type === 'punct' && n.text === '×') return { first: i, last: i + 1, value, precision, form: 'multiplier' };
    // "3rd", "21st" ordinals.
    if (n && !n.ws && n.type === 'word' && /^(?:st|nd|rd|th)$/i.test(n.text)) return { first: i, last: i + 1, value, precision: 1, form: 'ordinal' };
    const scaled = applyScale(tokens, i, value, precision, false);
    return { first: i, last: scaled.last, value: scaled.value, precision: scaled.precision, form: 'digits', ...(scaled.scale ? { scale: scaled.scale } : {}) };
  }
  if (t.type !== 'word') return null;
  const w = t.text.toLowerCase();

  if ((w === 'a' || w === 'one') && ['third', 'quarter', 'fifth', 'tenth'].includes(tokens[i + 1]?.text.toLowerCase() ?? '') && tokens[i + 2]?.text.toLowerCase() === 'of') {
    const parts = FRACTIONS[tokens[i + 1].text.toLowerCase()];
    // "a quarter of a million people", "a third of a billion dollars": a fraction of a scale is a number.
    const scale = /^(?:a|one)$/i.test(tokens[i + 3]?.text ?? '') ? tokens[i + 4]?.text.toLowerCase() ?? '' : '';
    if (scale === 'million' || scale === 'billion' || scale === 'trillion') {
      const v = SCALES[scale] / parts;
      return { first: i, last: i + 4, value: v, precision: v / 10, form: 'words', scale: tokens[i + 4].text };
    }
    return { first: i, last: i + 1, value: 1 / parts, precision: 0.01, form: 'fraction' };
  }
  // Fractions: "one-tenth", "two-thirds", "one third".
  const small = writtenSmall(tokens, i);
  if (small) {
    const dash = tokens[small.last + 1];
    const den = tokens[small.last + 2];
    if (dash?.text === '-' && !dash.ws && den && !den.ws && den.type === 'word' && den.text.toLowerCase() in FRACTIONS && small.value < 20) {
      const d = FRACTIONS[den.text.toLowerCase()];
      if (!(small.value === 1 && d === 2 && den.text.toLowerCase() !== 'half')) {
        return { first: i, last: small.last + 2, value: small.value / d, precision: 1 / d / 10, form: 'fraction' };
      }
    }
    if (den && dash?.ws && dash.type === 'word' && dash.text.toLowerCase() in FRACTIONS && small.value < 10 && /s$/.test(dash.text) && small.value > 1) {
      // "two thirds", "three quarters"
      return { first: i, last: small.last + 1, value: small.value / FRACTIONS[dash.text.toLowerCase()], precision: 0.01, form: 'fraction' };
    }
    let value = small.value;
    let last = small.last;
    let precision = 1;
    // "two hundred", "three hundred thousand"
    const h = tokens[last + 1];
    if (h?.type === 'word' && h.text.toLowerCase() === 'hundred') {
      value *= 100;
      precision = 100;
      last++;
      const rest = tokens[last + 1]?.text.toLowerCase() === 'and' ? writtenSmall(tokens, last + 2) : writtenSmall(tokens, last + 1);
      if (rest && !/^(?:dozen)$/.test(tokens[rest.last].text.toLowerCase())) {
        value += rest.value;
        precision = 1;
        last = rest.last;
      }
    } else if (w === 'dozen') {
      precision = 2;
    } else if (value >= 20 && value % 10 === 0) {
      precision = 10;
    }
    const scaled = applyScale(tokens, last, value, precision, false);
    return { first: i, last: scaled.last, value: scaled.value, precision: scaled.precision, form: 'words', ...(scaled.scale ? { scale: scaled.scale } : {}), ...(w === 'one' && !scaled.scale ? { isOne: true } : {}) };
  }
  // "a dozen", "a million", "a billion"
  if (w === 'a' || w === 'an') {
    const n = tokens[i + 1];
    const nw = n?.text.toLowerCase();
    if (nw === 'dozen') return { first: i, last: i + 1, value: 12, precision: 2, form: 'words' };
    if (nw && /^(?:second|minute|hour|day|week|month|year|decade|fortnight)$/.test(nw)) return { first: i, last: i, value: 1, precision: 1, form: 'words', isOne: true };
    if (nw && ['hundred', 'thousand', 'million', 'billion', 'trillion'].includes(nw)) {
      return { first: i, last: i + 1, value: SCALES[nw], precision: SCALES[nw], form: 'words', scale: n!.text };
    }
    return null;
  }
  // "half a million"
  if (w === 'half' && tokens[i + 1]?.text.toLowerCase() === 'a' && ['million', 'billion', 'trillion', 'dozen'].includes(tokens[i + 2]?.text.toLowerCase() ?? '')) {
    const s = tokens[i + 2].text.toLowerCase();
    const v = s === 'dozen' ? 6 : SCALES[s] / 2;
    return { first: i, last: i + 2, value: v, precision: v, form: 'words', scale: tokens[i + 2].text };
  }
  // "half of", "roughly half", "a third of", "a quarter of"
  if (w === 'half') {
    const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
    const next = tokens[i + 1];
    const nw = next?.text.toLowerCase() ?? '';
    if (/^(?:first|second|last|latter|former|other|one|a|and)$/.test(prev) || (next && next.text === '-' && !next.ws)) return null;
    if (/^(?:of|the|its|their|his|her|our|as|that|what|a)$/.test(nw) || /^(?:by|than|about|roughly|nearly|almost|around|over|under|some|just)$/.test(prev)) {
      return { first: i, last: i, value: 0.5, precision: 0.05, form: 'fraction' };
    }
    return null;
  }
  if (w in MULTIPLIER_WORDS && w !== 'half' && w !== 'double' && w !== 'doubled' && w !== 'tripled' && w !== 'triple' && w !== 'quadruple' && w !== 'quadrupled') {
    return { first: i, last: i, value: MULTIPLIER_WORDS[w], precision: 1, form: 'multiplier' };
  }
  if (/^(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold$/.test(w)) {
    const base = w.replace(/fold$/, '');
    return { first: i, last: i, value: base === 'hundred' ? 100 : UNITS[base] ?? TENS[base], precision: 1, form: 'multiplier' };
  }
  if (w in ORDINALS) return { first: i, last: i, value: ORDINALS[w], precision: 1, form: 'ordinal' };
  if (w in VAGUE) {
    // "hundreds of millions", "tens of thousands"
    const of = tokens[i + 1]?.text.toLowerCase();
    const next = tokens[i + 2]?.text.toLowerCase() ?? '';
    const nextScale = next.replace(/s$/, '');
    if (of === 'of' && next in VAGUE && nextScale in SCALES && SCALES[nextScale] >= 1e3) {
      const [a, b] = VAGUE[w];
      const f = SCALES[nextScale];
      const low = w === 'tens' ? 10 : w === 'hundreds' ? 100 : a;
      return { first: i, last: i + 2, value: null, precision: 0, form: 'vague', vague: [low * f * 2, (w === 'tens' ? 100 : b) * f] };
    }
    if (w === 'tens' || w === 'scores') return null;
    return { first: i, last: i, value: null, precision: 0, form: 'vague', vague: VAGUE[w] };
  }
  return null;
}
