// Dates, read with chrono-node's casual English parser against the article's own publication date (its
// dateline), which the bake-off found more accurate than the strict parser: it also reads "April 2026" and
// "April 8" with no year. Relative words are resolved here, not by chrono: a weekday in a news story is
// the most recent one unless the sentence looks ahead ("will", "next").

import * as chrono from 'chrono-node';
import type { DatePrecision, Span } from '../model';

export interface FoundDate extends Span {
  text: string;
  value: string;
  precision: DatePrecision;
  relative: boolean;
}

/** Only sentences that name a month or a weekday, write a numeric date, or say "yesterday", "ago", "last
 * week" reach chrono: most sentences hold no date, and parsing them is most of the cost. */
const PREFILTER = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|tomorrow|ago)\b|\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year|quarter)\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
/** Words chrono reads as dates that are not dates a reader would check. */
const DROP = /^(?:now|today|tonight|right now|this (?:morning|afternoon|evening|week)|the day before|the next day|day before|a (?:year|month|week|day) (?:ago|earlier|later|before)|(?:this|last|next|past) week(?:end)?|\d{1,2}\/\d{1,2})$/i;
const DURATION_ONLY = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const MONTH_OR_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** What a date must contain: a digit, a month or weekday, or a relative word. */
const DATEISH = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\b(?:yesterday|tomorrow|ago|last|next|this)\b/i;
const LEADING = /^(?:(?:on|in|at|by|since|from|until|till|of|the|for|within|during|early|late|mid|around|before|after|as of|(?:morning|afternoon|evening|night|weekend) of)\s+|mid-)+/i;
/** A sentence that looks ahead: its weekdays are the next ones. ("a plan to build" does not look ahead.) */
const FUTURE = /\b(?:will|would|shall|next|upcoming)\b|\b(?:is|are|was|were)\s+(?:expected|scheduled|set|due|going|planning|slated)\s+to\b|\bcoming\s+(?:days|weeks|week|month)\b/i;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const parser = chrono.casual;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1, 12));
}

/** Quickly tells whether a stretch of text may hold a date chrono can read. */
export function mayHoldDate(text: string): boolean {
  return PREFILTER.test(text);
}

/**
 * Finds the dates in `text` (a sentence unit), with offsets relative to `base`.
 * `reference` is the publication date (ISO day) or null when the article has none.
 */
export function findDates(text: string, base: number, reference: string | null, fallbackYear: number | null, hint: string | null = null): FoundDate[] {
  return findDatesIn(text, [{ start: 0, end: text.length }], reference, fallbackYear, hint).map(({ span: _span, ...d }) => ({ ...d, start: d.start + base, end: d.end + base }));
}

/**
 * Finds the dates in several spans of one text at once. chrono's cost is mostly per call, so the spans that
 * may hold a date are parsed together, separated so that no date can straddle two of them.
 * Returns dates with offsets into `text` and the index of their span.
 */
export function findDatesIn(text: string, spans: readonly Span[], reference: string | null, fallbackYear: number | null, hint: string | null = null): (FoundDate & { span: number })[] {
  const parts: string[] = [];
  const map: { at: number; span: number }[] = [];
  let length = 0;
  spans.forEach((s, i) => {
    const piece = text.slice(s.start, s.end);
    if (!mayHoldDate(piece)) return;
    if (parts.length) {
      parts.push(SEPARATOR);
      length += SEPARATOR.length;
    }
    map.push({ at: length, span: i });
    parts.push(piece);
    length += piece.length;
  });
  if (!parts.length) return [];
  const joined = parts.join('');
  if (reference && !/^\d{4}-\d{2}-\d{2}/.test(reference)) reference = null;
  // Without a publication date, a year named in the article, or else the reader's "today" (hint), places
  // a date written without its year: "March 3" in a dateline is the latest March 3 before today.
  const hintDate = hint && /^\d{4}-\d{2}-\d{2}/.test(hint) ? parseIsoDate(hint) : null;
  const refDate = reference ? parseIsoDate(reference)! : fallbackYear ? new Date(Date.UTC(fallbackYear, 11, 31, 12)) : hintDate ?? new Date(Date.UTC(2000, 0, 1, 12));
  const yearOf = (d: Date, month: number, day: number): number | null => {
    if (reference || fallbackYear) return d.getUTCFullYear();
    if (!hintDate) return null;
    // Against "today", a date without a year is the latest one not after today.
    const y = hintDate.getUTCFullYear();
    return month * 100 + day <= (hintDate.getUTCMonth() + 1) * 100 + hintDate.getUTCDate() ? y : y - 1;
  };
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(joined, { instant: refDate, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: (FoundDate & { span: number })[] = [];
  for (const r of results) {
    // Which span the result starts in; a result running past its span's end is not a date.
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map[mid].at <= r.index) lo = mid;
      else hi = mid - 1;
    }
    const seg = map[lo];
    const span = spans[seg.span];
    const local = r.index - seg.at;
    if (local < 0 || local + r.text.trimEnd().length > span.end - span.start) continue;
    const sentence = text.slice(span.start, span.end);
    const found = readResult(r, local, sentence, refDate, reference, fallbackYear, yearOf);
    if (found) out.push({ ...found, start: found.start + span.start, end: found.end + span.start, span: seg.span });
  }
  return out;
}

const SEPARATOR = '\n\n\u2029\n\n';

function readResult(
  r: chrono.ParsedResult,
  index: number,
  sentence: string,
  refDate: Date,
  reference: string | null,
  fallbackYear: number | null,
  yearOf: (d: Date, month: number, day: number) => number | null,
): FoundDate | null {
    let t = r.text;
    let offset = index;
    const lead = LEADING.exec(t);
    if (lead) {
      offset += lead[0].length;
      t = t.slice(lead[0].length);
    }
    t = t.replace(/[\s,.;:]+$/, '');
    if (!t || DROP.test(t) || DURATION_ONLY.test(t) || !DATEISH.test(t)) return null;
    // "about 27 hours after the failure": a duration between events, not a date.
    if (/^(?:about\s+|nearly\s+|some\s+|almost\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+(?:after|later|before)$/i.test(t)) return null;
    // "the week to May 10, 29% came back positive": a one- to three-digit number after the comma is not a year.
    let c = r.start;
    // "the evening of May 16": chrono reads the time of day and drops the date after it.
    if (lead && /\b(?:morning|afternoon|evening|night|weekend)\s+of\s+$/i.test(lead[0])) {
      const again = parser.parse(t, { instant: refDate, timezone: 0 }, { forwardDate: false })[0];
      if (!again || again.index !== 0) return null;
      t = again.text.replace(/[\s,.;:]+$/, '');
      c = again.start;
    }
    // "spent the days after Monday's launch": no count of days, so the date is Monday's.
    const span = /^(?:days|weeks|hours|months)\s+(?:after|before|following)\s+/i.exec(t);
    if (span) {
      const again = parser.parse(t.slice(span[0].length), { instant: refDate, timezone: 0 }, { forwardDate: false })[0];
      if (!again || again.index !== 0) return null;
      offset += span[0].length;
      t = again.text.replace(/[\s,.;:]+$/, '');
      c = again.start;
    }
    // "in the week to May 17": chrono reads a range from a relative start; the date is the end.
    const to = /^(.*?)\s+(?:to|until|till|through|ending)\s+(.+)$/i.exec(t);
    if (to && r.end && !/\d/.test(to[1]) && !MONTH_OR_DAY.test(to[1])) {
      const again = parser.parse(to[2], { instant: refDate, timezone: 0 }, { forwardDate: false })[0];
      if (!again) return null;
      offset += t.length - to[2].length + again.index;
      t = again.text;
      c = again.start;
    }
    const shortYear = /,\s*(\d{1,3})$/.exec(t);
    if (shortYear && c.isCertain('year')) {
      t = t.slice(0, shortYear.index);
      const again = parser.parse(t, { instant: refDate, timezone: 0 }, { forwardDate: false })[0];
      if (!again) return null;
      c = again.start;
    }
    const hasDay = c.isCertain('day');
    const hasMonth = c.isCertain('month');
    const hasYear = c.isCertain('year');
    const hasWeekday = c.isCertain('weekday');
    const known = { day: c.get('day'), month: c.get('month'), year: c.get('year'), weekday: c.get('weekday') };
    if (!hasDay && !hasMonth && !hasYear && !hasWeekday) return null; // a time of day only
    const relative = !/\d{4}/.test(t) && !(hasMonth && /[A-Za-z]/.test(t) && /\d/.test(t)) || /\b(?:ago|last|next|this|yesterday|tomorrow|earlier)\b/i.test(t);
    if (/^\d{1,2}\/\d{1,2}$/.test(t)) return null;
    // Without a publication date, relative dates cannot be placed.
    if (!reference && (hasWeekday && !hasDay || /\b(?:ago|last|next|this|yesterday|tomorrow)\b/i.test(t))) return null;
    let value: string;
    let precision: DatePrecision;
    const d = c.date();
    if (hasWeekday && !hasDay) {
      value = resolveWeekday(refDate, Number(known.weekday), t, sentence);
      precision = 'day';
    } else if (hasDay) {
      const year = hasYear ? Number(known.year) : fallbackYear && !reference ? fallbackYear : yearOf(d, Number(known.month ?? d.getUTCMonth() + 1), Number(known.day));
      if (year === null) value = `XXXX-${pad(Number(known.month ?? d.getUTCMonth() + 1))}-${pad(Number(known.day))}`;
      else value = `${year}-${pad(Number(known.month ?? d.getUTCMonth() + 1))}-${pad(Number(known.day))}`;
      precision = 'day';
    } else if (hasMonth) {
      const year = hasYear ? Number(known.year) : fallbackYear && !reference ? fallbackYear : yearOf(d, Number(known.month), 31);
      value = year === null ? `XXXX-${pad(Number(known.month))}` : `${year}-${pad(Number(known.month))}`;
      precision = 'month';
    } else {
      value = String(known.year);
      precision = 'year';
    }
    return { start: offset, end: offset + t.length, text: t, value, precision, relative };
}

/** Verbs in the present tense that schedule: "the company, which reports results on Wednesday". */
const SCHEDULED = 'reports|meets|votes|opens|begins|starts|holds|launches|releases|publishes|plays|faces|hosts|returns|resumes|closes|ends|takes\\s+place|goes|visits|travels|testifies|appears|decides|rules';

const SCHEDULED_BEFORE = new RegExp(`\\b(?:${SCHEDULED})\\b[^.,;:!?]{0,40}\\bon\\s+$`, 'i');

/** "Halden announced Monday that it will buy…": a verb in the past right before the weekday dates it in the past. */
const PAST_BEFORE = /\b(?:\w{2,}ed|said|told|met|held|made|took|rose|fell|won|lost|struck|began|sold|bought|went|came|gave|became|broke|hit|set|put|cut)\s+(?:on\s+|late\s+|early\s+|last\s+)?$/i;

function pastBefore(sentence: string, dateText: string): boolean {
  const at = sentence.indexOf(dateText);
  return at >= 0 && PAST_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

function scheduled(sentence: string, dateText: string): boolean {
  const at = sentence.indexOf(dateText);
  return at >= 0 && SCHEDULED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));
}

/** The weekday a news sentence means: the latest one on or before the dateline, unless it looks ahead. */
function resolveWeekday(ref: Date, weekday: number, dateText: string, sentence: string): string {
  const refDay = ref.getUTCDay();
  const lower = dateText.toLowerCase();
  let delta: number;
  if (/\bnext\b/.test(lower) || ((FUTURE.test(sentence) || scheduled(sentence, dateText)) && !/\blast\b/.test(lower) && !pastBefore(sentence, dateText))) {
    delta = (weekday - refDay + 7) % 7;
    if (delta === 0 && /\bnext\b/.test(lower)) delta = 7;
  } else {
    delta = -((refDay - weekday + 7) % 7);
    if (delta === 0 && /\blast\b/.test(lower)) delta = -7;
  }
  const d = new Date(ref.getTime() + delta * 86400000);
  void WEEKDAY_NAMES;
  return isoDay(d);
}
