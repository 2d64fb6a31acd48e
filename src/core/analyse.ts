// One document, start to finish: text → units → dates → names → figures → entities → quantities → claims.
// Pure and synchronous; the result is plain data (DocAnalysis) that can be cached by the text's hash.

import type { AnalysisOptions, DocAnalysis, Figure, Unit } from './model';
import { maskMarkup } from './text/markup';
import { segment } from './text/sentences';
import { tokenize, type Token } from './text/tokens';
import { hashText } from './text/hash';
import { findDatesIn, type FoundDate } from './extract/dates';
import { findNames, isCapitalised, stripPossessive, type NameSpan, type WordEvidence } from './extract/names';
import { scanFigures, inferScores, type RawFigure } from './extract/figures';
import { buildEntities, entityKey } from './extract/entities';
import { findClaims } from './extract/claims';
import { lookupKnown } from './extract/gazetteer';
import { describeQuantities, type UnitMention } from './compare/quantity';

/** Bump when the shape or meaning of DocAnalysis changes, so cached analyses are discarded. */
export const ANALYSIS_VERSION = 4;

const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const FULL_DATE_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b|\\b\\d{1,2}\\s+${MONTH_NAME}\\s+(\\d{4})\\b|\\b(\\d{4})-\\d{2}-\\d{2}\\b`, 'gi');
/** "KESTREL BAY, ", "PORT AURIN, Nalvora, ", "SAN JOSE, Calif., ": an upper-case place, then perhaps its region. */
const DATELINE_PREFIX = /^[\p{Lu}][\p{Lu} .,'’&-]{1,40},(?:\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2},)?\s*$/u;

export function analyseDocument(text: string, options: AnalysisOptions = {}): DocAnalysis {
  return completeAnalysis(text, analyseWithoutClaims(text, options));
}

/**
 * An analysis without its claims, with the masked text that finding them reads. Analysis workers send this
 * and the receiving thread adds the claims (completeAnalysis): finding them and copying them between
 * threads cost about as much as the rest of the message, and the receiving thread has time to spare.
 */
export interface PartialAnalysis {
  analysis: Omit<DocAnalysis, 'claims'>;
  scan: string;
}

/** Everything but the claims (see PartialAnalysis). */
export function analyseWithoutClaims(text: string, options: AnalysisOptions = {}): PartialAnalysis {
  const format = options.format ?? 'markdown';
  const notes: string[] = [];
  const markup = maskMarkup(text, format);
  const { scan } = markup;
  const units = segment({ text, scan, starts: markup.starts, lineKinds: markup.lineKinds });
  // Arrays handed to other functions are built with push, not map: an optimised map() returns an array of
  // another elements kind (holey) than the interpreter's, and every function compiled against the one
  // deoptimises on the other (describeQuantities takes seconds to recompile).
  const unitTokens: Token[][] = [];
  for (const u of units) unitTokens.push(tokenize(scan, u.start, u.end));

  const replacement = countChar(text, 0xfffd);
  if (replacement) notes.push(`${replacement} character${replacement === 1 ? '' : 's'} could not be decoded and show as �`);

  // Word evidence: what is capitalised mid-sentence, what is written in lower case.
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  units.forEach((u, i) => {
    if (u.titleCase || u.kind === 'heading' || u.kind === 'meta') return;
    const toks = unitTokens[i];
    // The first word after a leading timestamp or dash ("**14:05** — View from…") opens the sentence too.
    let opening = true;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (t.type !== 'word') continue;
      if (isLowerCase(t.text)) lower.add(t.text);
      else if (k > 0 && !opening && !toks[k - 1].nl && !opensSentence(toks[k - 1].text) && isCapitalised(t.text)) capitalised.add(stripPossessive(t.text));
      opening = false;
    }
  });
  const glossaryNames = new Set<string>();
  for (const e of options.glossary?.entries ?? []) for (const n of [e.name, ...(e.aliases ?? [])]) glossaryNames.add(entityKey(n));
  const docNames = new Set<string>();
  const evidence: WordEvidence = {
    capitalised,
    lower,
    isKnown: (name: string) => {
      const key = entityKey(name);
      return !!lookupKnown(name) || glossaryNames.has(key) || docNames.has(key);
    },
  };

  // Dates: the publication date first (datelines, timestamps, front matter), then the rest against it.
  // A year written in a full date ("May 18, 2026") places the article's yearless dates; a bare year in the
  // text is as often history ("since 2019") as the present, so it is not used.
  const years = new Map<number, number>();
  for (const m of scan.matchAll(FULL_DATE_YEAR)) {
    const y = Number(m[1] ?? m[2] ?? m[3]);
    years.set(y, (years.get(y) ?? 0) + 1);
  }
  const fallbackYear: number | null = years.size ? [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0] : null;
  const hint = options.referenceDate ?? null;

  const dates: { d: FoundDate; unit: number; role: 'event' | 'publication' }[] = [];
  let published: string | undefined;
  let publishedSpan: { start: number; end: number } | undefined;
  const isPublicationUnit = (u: Unit, i: number, sentencesSeen: number) => {
    if (u.kind === 'dateline' && (i < 10 || u.start < 1500)) return true;
    if (u.kind === 'meta') return true;
    if (sentencesSeen < 2 && (u.kind === 'sentence' || u.kind === 'list-item')) {
      // "SAN FRANCISCO, April 9, 2026 — …": a dateline opening the first paragraph.
      return true;
    }
    return false;
  };
  // Which units may state the publication date (read in one batch: chrono's cost is per call).
  const candidates: number[] = [];
  const places: string[] = [];
  {
    let seen = 0;
    units.forEach((u, i) => {
      if (isPublicationUnit(u, i, seen)) candidates.push(i);
      if (u.kind === 'sentence' || u.kind === 'list-item') seen++;
    });
  }
  const foundIn = new Map<number, FoundDate[]>();
  for (const d of findDatesIn(scan, pick(units, candidates), null, fallbackYear, hint)) {
    const i = candidates[d.span];
    const { span: _span, ...found } = d;
    foundIn.set(i, [...(foundIn.get(i) ?? []), found]);
  }
  const candidateSet = new Set(candidates);
  const eventUnits: number[] = [];
  units.forEach((u, i) => {
    const isSentence = u.kind === 'sentence' || u.kind === 'list-item';
    if (candidateSet.has(i)) {
      const found = foundIn.get(i) ?? [];
      if (isSentence) {
        // Only a date right at the start, after an upper-case place name, is a dateline.
        // "Two days after Monday's launch, it…" opens a sentence with a date that is no dateline: datelines are absolute.
        const lead = found.filter((d) => d.start - u.start < 70 && !d.relative && (d.start === u.start || DATELINE_PREFIX.test(scan.slice(u.start, d.start))));
        // "KESTREL BAY, March 3 —": the words before a dateline's date are where it was filed.
        if (lead.length && lead[0].start > u.start) {
          for (const part of scan.slice(u.start, lead[0].start).split(',')) {
            const place = part.trim();
            if (/^[\p{Lu}][\p{Lu} .'’&-]{1,40}$/u.test(place)) places.push(place);
          }
        }
        if (lead.length) {
          const d = lead[0];
          dates.push({ d, unit: i, role: 'publication' });
          if (!published && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
            published = d.value;
            publishedSpan = { start: d.start, end: d.end };
          }
          eventUnits.push(i);
          return;
        }
      } else {
        for (const d of found) {
          dates.push({ d, unit: i, role: 'publication' });
          if (!published && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
            published = d.value;
            publishedSpan = { start: d.start, end: d.end };
          }
        }
        return;
      }
    }
    eventUnits.push(i);
  });
  if (!published && markup.frontMatter) {
    const fm = text.slice(markup.frontMatter.start, markup.frontMatter.end);
    const m = /^(?:date|published|pubDate|publishDate|created)\s*:\s*["']?(\d{4}-\d{2}-\d{2})/im.exec(fm);
    if (m) {
      published = m[1];
      const at = markup.frontMatter.start + m.index + m[0].length - m[1].length;
      publishedSpan = { start: at, end: at + m[1].length };
      dates.push({ d: { start: at, end: at + m[1].length, text: m[1], value: m[1], precision: 'day', relative: false }, unit: -1, role: 'publication' });
    }
  }
  const reference = published ?? null;
  const alreadyFound = new Set(dates.map((x) => x.d.start));
  for (const d of findDatesIn(scan, pick(units, eventUnits), reference, fallbackYear, hint)) {
    if (alreadyFound.has(d.start)) continue;
    const { span, ...found } = d;
    dates.push({ d: found, unit: eventUnits[span], role: 'event' });
  }

  // Claimed spans: dates and list markers, then versioned names.
  const claimedMask = new Uint8Array(text.length + 1);
  const claim = (s: number, e: number) => claimedMask.fill(1, s, e);
  for (const { d } of dates) claim(d.start, d.end);
  for (const m of markup.listMarkers) claim(m.start, m.end);

  // Names: body units first, so headlines can be read against the names the body establishes.
  const names: NameSpan[] = [];
  const order: number[] = [];
  for (let i = 0; i < units.length; i++) order.push(i);
  order.sort((a, b) => Number(units[a].titleCase) - Number(units[b].titleCase));
  for (const i of order) {
    const u = units[i];
    // A "Sources:" line lists names; other metadata lines and headlines only repeat known ones.
    const headline = u.titleCase && !(u.kind === 'meta' && /^\s*(?:sources?|credits?|via)\s*:/i.test(scan.slice(u.start, u.end)));
    const found = findNames(unitTokens[i], i, headline, evidence);
    for (const n of found) {
      // A name must not swallow a date.
      if (hasClaim(claimedMask, n.start, n.end)) continue;
      names.push(n);
      if (!headline) docNames.add(entityKey(text.slice(n.start, n.end)));
    }
  }
  names.sort((a, b) => a.start - b.start);
  const nameMask = new Uint8Array(text.length + 1);
  for (const n of names) {
    nameMask.fill(1, n.start, n.end);
    if (n.kind === 'versioned' || n.kind === 'designation' || /\d/.test(text.slice(n.start, n.end))) claim(n.start, n.end);
  }

  // Figures.
  const raw: RawFigure[] = [];
  units.forEach((u, i) => {
    if (u.kind === 'meta') return;
    const found = scanFigures({
      tokens: unitTokens[i],
      unitIndex: i,
      claimed: (s, e) => hasClaim(claimedMask, s, e),
      inName: (s, e) => hasClaim(nameMask, s, e),
      text,
    });
    raw.push(...found);
  });
  for (const { d, unit, role } of dates) {
    if (unit < 0) continue;
    const toks = unitTokens[unit];
    const firstToken = toks.findIndex((t) => t.end > d.start);
    let lastToken = firstToken;
    while (lastToken + 1 < toks.length && toks[lastToken + 1].start < d.end) lastToken++;
    const f: RawFigure = {
      start: d.start, end: d.end, text: text.slice(d.start, d.end), kind: 'date', value: d.value, datePrecision: d.precision, dateRole: role,
      unit_index: unit, firstToken: Math.max(0, firstToken), lastToken: Math.max(0, lastToken),
    };
    if (d.relative) f.relative = true;
    raw.push(f);
  }
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  inferScores(raw);

  // Entities and their mentions per unit.
  const entities = buildEntities({ text, names, glossary: options.glossary, places });
  const mentionsByUnit: UnitMention[][] = [];
  for (let i = 0; i < units.length; i++) mentionsByUnit.push([]);
  {
    const all = entities.flatMap((e) => e.mentions.filter((m) => !m.via).map((m) => ({ start: m.start, end: m.end, key: e.key, type: e.type })));
    all.sort((a, b) => a.start - b.start);
    let u = 0;
    for (const m of all) {
      while (u < units.length && units[u].end <= m.start) u++;
      if (u < units.length && units[u].start <= m.start) mentionsByUnit[u].push(m);
    }
  }

  const quantities = describeQuantities({ text, units, unitTokens, figures: raw, mentions: mentionsByUnit, ...(published ? { published } : {}) });
  const figures: Figure[] = [];
  for (let i = 0; i < raw.length; i++) figures.push(toFigure(raw[i], i));
  // Ranges: both ends point at each other through their shared bounds.

  const title = titleOf(text, units);
  const analysis: Omit<DocAnalysis, 'claims'> = {
    version: ANALYSIS_VERSION,
    hash: hashText(text),
    length: text.length,
    title,
    units,
    figures,
    quantities,
    entities,
    notes,
  };
  if (published) analysis.published = published;
  if (publishedSpan) analysis.publishedSpan = publishedSpan;
  return { analysis, scan };
}

/** The full analysis: the claims found and put in their place among the fields. */
export function completeAnalysis(text: string, { analysis: a, scan }: PartialAnalysis): DocAnalysis {
  const claims = findClaims(text, scan, a.units, a.figures, a.entities);
  const analysis: DocAnalysis = {
    version: a.version,
    hash: a.hash,
    length: a.length,
    title: a.title,
    units: a.units,
    figures: a.figures,
    quantities: a.quantities,
    entities: a.entities,
    claims,
    notes: a.notes,
  };
  if (a.published !== undefined) analysis.published = a.published;
  if (a.publishedSpan !== undefined) analysis.publishedSpan = a.publishedSpan;
  return analysis;
}

/** The items of `list` at `indexes`, in a packed array (see unitTokens). */
function pick<T>(list: readonly T[], indexes: readonly number[]): T[] {
  const out: T[] = [];
  for (const i of indexes) out.push(list[i]);
  return out;
}

function toFigure(r: RawFigure, i: number): Figure {
  const { firstToken: _a, lastToken: _b, rangeWith: _c, frequency: _d, state, ...rest } = r;
  const f: Figure = { id: `f${i + 1}`, ...rest };
  if (state && f.kind === 'count') f.modifiers = [...(f.modifiers ?? []), state];
  return f;
}

/** A word that starts with a lower-case letter and has no upper-case one ("iPhone" does not qualify). */
function isLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 128) return /^\p{Ll}/u.test(word) && !/\p{Lu}/u.test(word);
  if (c < 97 || c > 122) return false;
  for (let i = 1; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d >= 128) return !/\p{Lu}/u.test(word);
    if (d >= 65 && d <= 90) return false;
  }
  return true;
}

/** Punctuation after which a capital letter says nothing about a word: . ! ? " “ ‘ ( */
function opensSentence(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}

function hasClaim(mask: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (mask[i]) return true;
  return false;
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = text.indexOf(String.fromCharCode(code)); i >= 0; i = text.indexOf(String.fromCharCode(code), i + 1)) n++;
  return n;
}

function titleOf(text: string, units: readonly Unit[]): string {
  const early = units.slice(0, 8);
  const heading =
    early.find((u) => u.kind === 'heading' && u.titleCase && u.end - u.start > 25) ??
    early.find((u) => u.kind === 'heading' && u.end - u.start > 12) ??
    units.find((u) => u.kind === 'sentence') ??
    units[0];
  if (!heading) return '';
  const t = text.slice(heading.start, heading.end).replace(/\s+/g, ' ').trim();
  return t.length > 120 ? t.slice(0, 117) + '…' : t;
}
