// Sentence units. Lines are split first (headings, datelines, list items and metadata lines are units of
// their own; a news scrape puts one paragraph on a line), then paragraphs are split into sentences with
// guards for abbreviations, initials, decimals and version numbers.

import type { Unit, UnitKind } from '../model';
import type { LineKind } from './markup';
import { lineContentEnd } from './lines';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'maj', 'cmdr', 'adm', 'rev', 'hon', 'pres',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'est', 'ave', 'blvd', 'mt', 'ft', 'fig', 'vol', 'pp', 'p', 'ch', 'sec', 'dept', 'univ', 'assn',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'ph.d', 'b.a', 'm.a',
]);

/** Abbreviations that often end a sentence too ("…built in the U.S. The rest…"). */
const CAN_END = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'bros']);

/** Words that start sentences, used to decide whether "U.S. The" is a boundary. */
const STARTERS = new Set([
  'the', 'a', 'an', 'it', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet',
  'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'its', 'his', 'her', 'their', 'our', 'there', 'here',
  'what', 'why', 'how', 'meanwhile', 'however', 'still', 'some', 'most', 'many', 'such', 'shares', 'analysts', 'officials', 'then', 'later', 'now', 'today',
]);

const WORD_BEFORE = /([\p{L}.]+)$/u;

export interface SegmentInput {
  text: string;
  scan: string;
  starts: number[];
  lineKinds: LineKind[];
}

export function segment({ text, scan, starts, lineKinds }: SegmentInput): Unit[] {
  const units: Unit[] = [];
  let blocks = 0;
  let l = 0;
  while (l < starts.length) {
    const kind = lineKinds[l];
    if (kind === 'blank' || kind === 'code' || kind === 'rule' || (kind === 'meta' && isBlank(scan, starts[l], lineContentEnd(text, starts, l)))) {
      l++;
      continue;
    }
    let start = starts[l];
    let end = lineContentEnd(text, starts, l);
    let next = l + 1;
    if (kind === 'text' || kind === 'quote' || kind === 'list') {
      // A paragraph wrapped over several lines continues while the next line is plain text that does not
      // look like a new unit. Scraped news puts one paragraph on a line: then lines end in punctuation.
      while (next < starts.length && (lineKinds[next] === 'text' || (lineKinds[next] === 'quote' && kind === 'quote'))) {
        const nextStart = starts[next];
        const nextEnd = lineContentEnd(text, starts, next);
        // Only the last line joined matters (looking at the whole paragraph would be quadratic).
        const lastLine = next - 1;
        if (!continues(scan.slice(starts[lastLine], lineContentEnd(text, starts, lastLine)), scan.slice(nextStart, nextEnd))) break;
        end = nextEnd;
        next++;
      }
    }
    l = next;
    // Trim to content.
    while (start < end && isSpace(scan.charCodeAt(start))) start++;
    while (end > start && isSpace(scan.charCodeAt(end - 1))) end--;
    if (start >= end) continue;
    const body = scan.slice(start, end);
    const unitKind = lineUnitKind(kind, body);
    const titleCase = !/[.!?]["'”’)]*$/.test(body) && isTitleCase(body);
    if (unitKind === 'heading' || unitKind === 'dateline' || unitKind === 'meta') {
      units.push({ start, end, kind: unitKind, titleCase, block: blocks++ });
      continue;
    }
    blocks++;
    for (const s of splitSentences(scan, start, end)) {
      // A sentence that ends like one is not a headline, however many names it holds.
      const sentence = scan.slice(s.start, s.end);
      units.push({ start: s.start, end: s.end, kind: unitKind === 'list-item' && s.start !== start ? 'sentence' : unitKind, titleCase: !/[.!?]["'”’)]*$/.test(sentence) && isTitleCase(sentence), block: blocks });
    }
  }
  return units;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

function isBlank(scan: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isSpace(scan.charCodeAt(i))) return false;
  return true;
}

function continues(current: string, next: string): boolean {
  const cur = current.trimEnd();
  const nxt = next.trimStart();
  if (!cur || !nxt) return false;
  if (/[.!?:;"”’')\]]$/.test(cur)) return false;
  // A line that ends mid-sentence and a next line that starts in lower case: one wrapped paragraph.
  if (/^[\p{Ll}(,;]/u.test(nxt)) return true;
  // Ends with a comma, a conjunction or an article: the sentence goes on.
  return /(?:,|\b(?:and|or|but|the|a|an|of|to|in|on|for|with|by|at|from|as|than|that|which|who))$/i.test(cur) && cur.split(/\s+/).length > 3;
}

function lineUnitKind(kind: LineKind, body: string): UnitKind {
  if (kind === 'heading') return 'heading';
  if (kind === 'meta' || kind === 'table') return kind === 'table' ? 'sentence' : 'meta';
  if (kind === 'list') return 'list-item';
  const trimmed = body.trim();
  // Bracketed machine metadata ("[SOURCE: …][TIMESTAMP: …]") and "Sources:"/"Tags:" lines.
  if (/^\[[A-Z_ ]{2,40}:/.test(trimmed) || /^(?:sources?|tags?|filed under|categories|keywords|related|share this|image|photo|credit)\s*:/i.test(trimmed)) return 'meta';
  if (isDateline(trimmed)) return 'dateline';
  // A short line without final punctuation is a heading in plain text.
  const words = trimmed.split(/\s+/).length;
  if (words <= 14 && !/[.!?:;,"”)]$/.test(trimmed) && !/^[-–—•]/.test(trimmed)) return 'heading';
  return 'sentence';
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATELINE_RE = new RegExp(
  '^(?:(?:published|posted|updated|last updated|date|dated|filed|first published)\\s*(?:on|at)?\\s*:?\\s*)?' +
    '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\\.?,?\\s+)?' +
    '(?:' + MONTH + '\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+' + MONTH + '(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+Z?)?|\\d{1,2}/\\d{1,2}/\\d{2,4})' +
    '(?:\\s*(?:[,|·•–—-]|at)\\s*[\\w: .]{0,30})?$',
  'i',
);

/** A line that gives the date of publication: alone, or as one part of a byline ("By Jane Doe | The Wire | April 9, 2026"). */
export function isDateline(line: string): boolean {
  const t = line.replace(/^[*_\s]+|[*_\s]+$/g, '');
  if (t.length > 160 || /[.!?]$/.test(t) && !/\b(?:a\.m|p\.m)\.$/i.test(t)) return false;
  if (t.length <= 80 && DATELINE_RE.test(t)) return true;
  const parts: string[] = [];
  for (const p of t.split(/\s+[|·•—–]\s+|\s+-\s+|\s*\|\s*/)) {
    const part = p.trim();
    if (part) parts.push(part);
  }
  if (parts.length < 2) return false;
  const datePart = parts.some((p) => DATELINE_RE.test(p));
  return datePart && parts.every((p) => p.split(/\s+/).length <= 12);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'onto', 'over', 'per', 'is', 'it', 'its']);

/** Headline style: most words capitalised. Capitals there say nothing about names. */
export function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}\p{M}'’-]*/gu);
  if (!words || words.length < 2) return false;
  let content = 0;
  let caps = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  if (content >= 2 && words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}'’-]+$/u.test(w))) return true;
  return content >= 3 && caps / content >= 0.75;
}

/** Splits [start, end) of the scan text into sentences. */
export function splitSentences(scan: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[.!?…]+["'”’)\]]*(?=\s+)/g;
  re.lastIndex = start;
  let sentenceStart = start;
  for (let m = re.exec(scan); m && m.index < end; m = re.exec(scan)) {
    const punctEnd = m.index + m[0].length;
    if (punctEnd >= end) break;
    // Look at what follows the whitespace.
    let j = punctEnd;
    while (j < end && isSpace(scan.charCodeAt(j))) j++;
    if (j >= end) break;
    const nextChar = scan[j];
    if (!/[\p{Lu}\p{N}"“‘'([¿¡$€£]/u.test(nextChar)) continue;
    if (m[0][0] === '.') {
      const before = WORD_BEFORE.exec(scan.slice(Math.max(sentenceStart, m.index - 20), m.index));
      const word = before ? before[1].toLowerCase().replace(/^\.+/, '') : '';
      if (word) {
        if (ABBREVIATIONS.has(word)) {
          const nextWord = /^[\p{L}]+/u.exec(scan.slice(j, j + 20));
          if (!(CAN_END.has(word) && nextWord && STARTERS.has(nextWord[0].toLowerCase()) && /^\p{Lu}/u.test(nextWord[0]))) continue;
        } else if (/^\p{Lu}$/u.test(before![1]) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
          // An initial ("J. Smith") or a dotted acronym ("U.S", "a.k.a").
          const nextWord = /^[\p{L}]+/u.exec(scan.slice(j, j + 20));
          if (!(nextWord && STARTERS.has(nextWord[0].toLowerCase()) && word.length > 1)) continue;
        }
      }
    }
    out.push({ start: sentenceStart, end: punctEnd });
    sentenceStart = j;
  }
  if (sentenceStart < end) out.push({ start: sentenceStart, end });
  return out;
}
