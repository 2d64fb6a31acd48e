// Figures: money, percentages, counts with their noun, scores, ratios, ranks, durations, measurements and
// bare years. Works token by token over one sentence unit, after dates and names have claimed their spans.

import type { Figure, FigureKind, Qualifier } from '../model';
import { lowerOf, tokenAt, type Token } from '../text/tokens';
import { readNumeral, type Numeral } from './numerals';
import {
  CURRENCY_SYMBOLS, CURRENCY_CODES, CURRENCY_WORDS, PERCENT_WORDS, DURATION_UNITS, MEASURE_UNITS, QUALIFIERS, RANK_CUES, RANK_NOUNS,
  FREQUENCY_WORDS, NOUN_STOP, STATE_WORDS, SCALES, UNITS, TENS,
} from './lexicon';

export type RawFigure = Omit<Figure, 'id'> & {
  /** Token range of the figure (qualifier excluded), for the context readers. */
  firstToken: number;
  lastToken: number;
  /** Set on both ends of a range, which are reported as two figures sharing the range's bounds. */
  rangeWith?: number;
  frequency?: string;
  /** Participle after the noun ("homes destroyed"). */
  state?: string;
};

export interface FigureScanInput {
  tokens: readonly Token[];
  unitIndex: number;
  /** True when the span is already claimed by a date, a versioned name or a list marker. */
  claimed: (start: number, end: number) => boolean;
  /** True for tokens inside a name span (any name). */
  inName: (start: number, end: number) => boolean;
  /** Text of the document, to copy figure text. */
  text: string;
}

const SCORE_CUES = new Set(['scored', 'scores', 'score', 'scoring', 'rated', 'rating', 'rates', 'notched', 'measured', 'measuring', 'registered']);
const SCORE_CONTEXT = new Set(['benchmark', 'benchmarks', 'leaderboard', 'index', 'test', 'exam']);
const SKIPPABLE = new Set(['just', 'only', 'a', 'an', 'of', 'about', 'around', 'roughly', 'nearly', 'almost', 'over', 'than', 'more', 'less', 'up', 'to', 'at', 'least', 'some', 'approximately', 'respectively', 'impressive', 'high', 'low', 'record', 'solid', 'strong', 'mere', 'total', 'overall', 'average', 'an', 'the']);
const SCORE_UNITS = new Set(['points', 'point', 'pts', 'pt']);
const YEAR_PREPOSITIONS = new Set(['in', 'for', 'by', 'since', 'until', 'till', 'of', 'from', 'during', 'through', 'throughout', 'fiscal', 'year', 'early', 'late', 'mid', 'before', 'after', 'around', 'circa', 'the', 'its', 'their', 'this', 'that', 'between', 'and', 'to', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'end', 'start', 'beginning', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'cy']);
/** Nouns a year can qualify ("its 2024 peak", "the 2025 results"): after a year they do not make it a count. */
const YEAR_NOUNS = /^(?:results|earnings|figures|levels?|sales|numbers|forecasts?|estimates?|accounts|elections?|olympics|games|series|highs?|lows?|peaks?|prices|rates|returns|profits|losses|budgets?|season|campaign|report|outlook|guidance|census|edition|model|version|vintage|class|cohort|quake|earthquake|floods?|storm|crisis|outbreak|epidemic|pandemic|war|deal|plan|target|deadline|launch|release|total|level|record|low|high|average|summit|final|cup|championship|tournament)$/;
const RELATIVE_AFTER = new Set(['ago', 'earlier', 'later', 'hence']);
const SUPERLATIVE = /^(?:\p{L}+est|most|least|best|worst|biggest|largest|highest|lowest|deadliest|busiest|richest|poorest|fastest|slowest|top)$/u;
const IRREGULAR_PLURALS = new Set(['people', 'staff', 'women', 'men', 'children', 'police', 'personnel', 'cattle', 'livestock', 'feet', 'teeth', 'mice', 'geese', 'data', 'media']);

/** "for a month", "within a week": an article as a count of one, only after these words. */
const A_DURATION_OK = new Set(['for', 'within', 'over', 'after', 'about', 'nearly', 'almost', 'than', 'least', 'under', 'only', 'just', 'roughly', 'around']);
const PRONOUNS = new Set(['they', 'we', 'he', 'she', 'it', 'i', 'you', 'there', 'that', 'this', 'when', 'then']);
const ONE_DURATION_OK = new Set(['for', 'in', 'within', 'after', 'over', 'about', 'nearly', 'almost', 'than', 'just', 'only', 'past', 'last', 'of', 'first', 'maybe', 'least', 'around', 'roughly', 'under', 'than']);

function lower(t: Token | undefined): string {
  return t ? lowerOf(t) : '';
}

/** Finds a currency symbol or code just before token i (the numeral's first token). */
function currencyBefore(tokens: readonly Token[], i: number): { first: number; code: string } | null {
  const p = tokens[i - 1];
  if (!p) return null;
  if (p.type === 'punct') {
    for (const [sym, code] of CURRENCY_SYMBOLS) {
      if (sym.length === 1 && p.text === sym) {
        // "US$", "A$", "HK$": letters touching the symbol.
        const pp = tokens[i - 2];
        if (pp && !p.ws && pp.type === 'word' && /^(?:US|A|C|HK|S|NZ|R)$/.test(pp.text)) {
          const found = CURRENCY_SYMBOLS.find(([s]) => s === pp.text + '$');
          if (found) return { first: i - 2, code: found[1] };
        }
        return { first: i - 1, code };
      }
    }
    return null;
  }
  if (p.type === 'word' && CURRENCY_CODES.has(p.text)) return { first: i - 1, code: p.text === 'RMB' ? 'CNY' : p.text };
  if (p.type === 'word' && p.text === 'Rs') return { first: i - 1, code: 'INR' };
  return null;
}

/** Finds a qualifier ending just before token `first`. */
function qualifierBefore(tokens: readonly Token[], first: number): { q: Qualifier; first: number } | null {
  for (const [words, q] of QUALIFIERS) {
    const k = first - words.length;
    if (k < 0) continue;
    let ok = true;
    for (let j = 0; j < words.length; j++) {
      if (lower(tokens[k + j]) !== words[j]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "some 300" is a hedge, but "in some 300 cases"... also hedge. "over" after a verb of motion is fine too.
    // A one-word qualifier that is really a preposition of time ("over three years") is still a hedge on a count, not on a duration.
    return { q, first: k };
  }
  return null;
}

/** The counted noun after a number: up to four words, stopping at function words and punctuation. */
function nounAfter(tokens: readonly Token[], k: number, inName: FigureScanInput['inName']): { noun?: string; modifiers: string[]; last: number; frequency?: string; state?: string } {
  const words: { text: string; idx: number }[] = [];
  let j = k;
  // "128K-token", "a 60,000-seat stadium": the hyphenated word is what is counted; what follows is what it
  // describes.
  if (tokens[j]?.text === '-' && !tokens[j].ws && tokens[j + 1]?.type === 'word' && !tokens[j + 1].ws && !inName(tokens[j + 1].start, tokens[j + 1].end)) {
    const w = tokens[j + 1].text.toLowerCase();
    if (!NOUN_STOP.has(w)) return { noun: w, modifiers: [], last: j + 1 };
  }
  for (; j < tokens.length && words.length < 4; j++) {
    const t = tokens[j];
    if (t.type === 'punct') {
      if (t.text === '-' && !t.ws && tokens[j + 1] && !tokens[j + 1].ws && tokens[j + 1].type === 'word' && words.length) continue; // "open-weight"
      break;
    }
    if (t.type === 'num') {
      if (inName(t.start, t.end)) continue;
      break;
    }
    const w = t.text.toLowerCase();
    // "4.1 fewer migraine days", "400 more cases": the comparative qualifies the noun after it.
    const nx = tokens[j + 1];
    if (words.length === 0 && /^(?:fewer|more|less|additional|extra)$/.test(w) && nx?.type === 'word' && nx.ws && /^\p{Ll}+$/u.test(nx.text) && !NOUN_STOP.has(nx.text)) {
      words.push({ text: w, idx: j });
      continue;
    }
    if (NOUN_STOP.has(w) && !inName(t.start, t.end)) break;
    if (/^\p{Lu}/u.test(t.text) && !inName(t.start, t.end) && words.length === 0 && !/^\p{Lu}{2,}s?$/u.test(t.text)) break;
    words.push({ text: w, idx: j });
    // A plural noun ends the phrase: "16 parallel reasoning agents", not "three billion users matters".
    if (words.length && (/[^su]s$/.test(w) && w.length > 3 || IRREGULAR_PLURALS.has(w)) && !inName(t.start, t.end)) {
      const n = tokens[j + 1];
      if (!n || n.type !== 'word' || !(n.text.toLowerCase() in FREQUENCY_WORDS || STATE_WORDS.has(n.text.toLowerCase()))) break;
      // "homes destroyed", "homes lost power": the participle is the last word that belongs here.
      if (STATE_WORDS.has(n.text.toLowerCase())) {
        words.push({ text: n.text.toLowerCase(), idx: j + 1 });
        break;
      }
    }
  }
  let frequency: string | undefined;
  let state: string | undefined;
  // Trailing frequency words and participles are conditions, not the noun: "users daily", "homes destroyed".
  while (words.length > 1) {
    const lastWord = words[words.length - 1].text;
    if (lastWord in FREQUENCY_WORDS) {
      frequency ??= FREQUENCY_WORDS[lastWord];
      words.pop();
    } else if (STATE_WORDS.has(lastWord)) {
      state ??= lastWord;
      words.pop();
    } else break;
  }
  // Adverbs are not nouns.
  while (words.length && /ly$/.test(words[words.length - 1].text) && !/(?:family|supply|assembly|ally|rally|belly|jelly|fly)$/.test(words[words.length - 1].text)) {
    const w = words.pop()!.text;
    if (w in FREQUENCY_WORDS) frequency ??= FREQUENCY_WORDS[w];
  }
  if (!words.length) return { modifiers: [], last: k - 1, ...(frequency ? { frequency } : {}) };
  // Built with push: an optimised map() returns an array of another elements kind, and the functions that
  // read modifiers would deoptimise on it.
  const modifiers: string[] = [];
  for (let w = 0; w < words.length - 1; w++) modifiers.push(words[w].text);
  for (const m of modifiers) if (m in FREQUENCY_WORDS) frequency ??= FREQUENCY_WORDS[m];
  const lastTok = words[words.length - 1];
  // A participle after the noun, perhaps behind auxiliaries: "3,000 homes destroyed", "homes had been damaged".
  let a = lastTok.idx + 1;
  while (tokens[a] && /^(?:were|was|have|has|had|been|be|being|are|is|now|already|reportedly|also)$/i.test(tokens[a].text)) a++;
  const after = tokens[a];
  if (!state && after && after.type === 'word' && STATE_WORDS.has(after.text.toLowerCase())) state = after.text.toLowerCase();
  const head = lastTok.text;
  return { noun: head, modifiers, last: lastTok.idx, ...(frequency ? { frequency } : {}), ...(state ? { state } : {}) };
}

export function scanFigures(input: FigureScanInput): RawFigure[] {
  const { tokens, claimed, inName, text } = input;
  const out: RawFigure[] = [];
  const used = new Uint8Array(tokens.length);
  let voting: boolean | undefined;
  const sentenceHasScoreCue = tokens.some((t) => t.type === 'word' && (SCORE_CUES.has(lowerOf(t)) || SCORE_CONTEXT.has(lowerOf(t))));

  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (t.type === 'punct' || claimed(t.start, t.end)) continue;
    if (t.type === 'word' && inName(t.start, t.end)) continue;
    const num = readNumeral(tokens, i);
    if (!num) continue;
    // A numeral must not run into a claimed span ("5 billion" is fine; "8, 2026" was claimed by the date).
    let claimedInside = false;
    for (let k = num.first; k <= num.last; k++) if (claimed(tokens[k].start, tokens[k].end)) claimedInside = true;
    if (claimedInside) continue;
    // Clock times ("10:30", "5 p.m.") and phone-like digit groups are not figures.
    const n1 = tokens[num.last + 1];
    if (t.type === 'num' && n1 && !n1.ws && n1.text === ':' && tokens[num.last + 2]?.type === 'num') {
      i = num.last + 2;
      continue;
    }
    if (t.type === 'num' && n1 && (/^(?:am|pm)$/i.test(n1.text) || (/^[ap]$/i.test(n1.text) && tokens[num.last + 2]?.text === '.' && /^m$/i.test(tokens[num.last + 3]?.text ?? '')))) {
      i = num.last + 1;
      continue;
    }
    // "1990s": a decade, not a count.
    if (t.type === 'num' && n1 && !n1.ws && n1.text === 's') {
      i = num.last + 1;
      continue;
    }
    // Digits touching letters on the left ("A380", "K2") belong to names the name pass did not claim.
    const p1 = tokens[i - 1];
    if (t.type === 'num' && p1 && !t.ws && p1.type === 'word') continue;
    // "#47" after a name is a designation ("Issue #47").
    if (t.type === 'num' && p1?.text === '#' && !t.ws && tokens[i - 2] && /^\p{Lu}/u.test(tokens[i - 2].text)) continue;
    const fig = buildFigure(tokens, num, input, out, sentenceHasScoreCue);
    if (!fig) {
      i = Math.max(i, num.last);
      continue;
    }
    for (let k = fig.firstToken; k <= fig.lastToken; k++) used[k] = 1;
    // Tallies: "passed 31-18", "31 to 17": votes for and against, not a range.
    const tally = fig.kind === 'count' && !fig.noun && (voting ??= voteContext(tokens)) ? readTally(tokens, fig, input) : null;
    if (tally) {
      for (let k = tally.firstToken; k <= tally.lastToken; k++) used[k] = 1;
      out.push(fig, tally);
      i = tally.lastToken;
      continue;
    }
    // Ranges: "$2 billion to $3 billion", "40-45%", "2–4%", "30 to 50 mm", "between 40 and 45".
    const range = readRangeEnd(tokens, fig, input, out, sentenceHasScoreCue);
    if (range) {
      for (let k = range.firstToken; k <= range.lastToken; k++) used[k] = 1;
      out.push(fig, range);
      fig.rangeWith = out.length - 1;
      range.rangeWith = out.length - 2;
      i = range.lastToken;
      continue;
    }
    out.push(fig);
    i = fig.lastToken;
  }
  void text;
  return out;
}

const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'voting', 'tally', 'councillors', 'councilors', 'lawmakers', 'senators', 'ballot', 'passed', 'approved', 'rejected', 'majority', 'abstention', 'abstentions', 'council', 'parliament', 'senate', 'assembly']);

function voteContext(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === 'word' && VOTE_WORDS.has(lowerOf(t)));
}

/** "31-18", "31 to 17" after a count in a vote: the first is the votes for, the second the votes against. */
function readTally(tokens: readonly Token[], a: RawFigure, input: FigureScanInput): RawFigure | null {
  if (a.kind !== 'count' || a.noun || typeof a.value !== 'number') return null;
  const sep = tokens[a.lastToken + 1];
  const n = tokens[a.lastToken + 2];
  if (!sep || !n || n.type !== 'num' || !(sep.text === '-' || sep.text === '–' || lowerOf(sep) === 'to')) return null;
  const b = Number(n.text.replace(/,/g, ''));
  if (!(b < a.value) || input.claimed(n.start, n.end)) return null;
  a.noun = 'votes';
  a.unit = 'votes';
  a.state = 'for';
  return {
    start: n.start, end: n.end, text: n.text, kind: 'count', value: b, unit: 'votes', noun: 'votes', state: 'against', precision: 1,
    unit_index: a.unit_index, firstToken: a.lastToken + 2, lastToken: a.lastToken + 2,
  };
}

/** "2–4%", "3-5 days", "5 to 7 million": a range continues after token `last`. */
function rangeFollows(tokens: readonly Token[], last: number): boolean {
  const sep = tokens[last + 1];
  const n = tokens[last + 2];
  return !!sep && !!n && n.type === 'num' && (sep.text === '-' || sep.text === '–' || lowerOf(sep) === 'to');
}

function readRangeEnd(tokens: readonly Token[], a: RawFigure, input: FigureScanInput, previous: RawFigure[], scoreCue: boolean): RawFigure | null {
  if (a.kind === 'date' || a.kind === 'rank' || a.kind === 'ratio' || typeof a.value !== 'number') return null;
  const k = a.lastToken + 1;
  const sep = tokens[k];
  if (!sep) return null;
  const before = lower(tokens[a.firstToken - 1]);
  const beforeQ = a.qualifierSpan ? lower(tokens[tokenAt(tokens, a.qualifierSpan.start) - 1]) : before;
  let next = -1;
  if ((sep.text === '-' || sep.text === '–' || sep.text === '—') && tokens[k + 1]) {
    if (sep.text === '—' && sep.ws) return null;
    next = k + 1;
  } else if (sep.text === 'to' && before !== 'from' && beforeQ !== 'from') next = k + 1;
  else if (sep.text === 'and' && (before === 'between' || beforeQ === 'between')) next = k + 1;
  if (next < 0) return null;
  // The second end may carry its own currency symbol: "$2 billion to $3 billion".
  let numStart = next;
  if (tokens[numStart]?.type === 'punct' && tokens[numStart].text !== '-' && CURRENCY_SYMBOLS.some(([s]) => s === tokens[numStart].text)) numStart++;
  if (tokens[numStart]?.type === 'word' && /^(?:US|A|C|HK)$/.test(tokens[numStart].text) && tokens[numStart + 1]?.text === '$') numStart += 2;
  if (!tokens[numStart] || (tokens[numStart].type !== 'num' && a.kind !== 'duration')) return null;
  if (input.claimed(tokens[numStart].start, tokens[numStart].end)) return null;
  const num = readNumeral(tokens, numStart);
  if (!num || num.value === null || num.form === 'ordinal' || num.form === 'vague') return null;
  const b = buildFigure(tokens, num, input, previous, scoreCue, a);
  if (!b || typeof b.value !== 'number') return null;
  // "rose 5 percent to $3 billion" is a change and a level, not a range.
  if (a.kind !== b.kind && !(a.kind === 'count' && !a.noun) && !(b.kind === 'count' && !b.noun)) return null;
  // The first end inherits the second's scale and unit: "$2 to $3 billion", "2–4%".
  if (!a.scale && b.scale && b.value / (a.value as number) > 10) {
    const factor = SCALES[b.scale.toLowerCase()] ?? 1;
    a.value = (a.value as number) * factor;
    a.precision = (a.precision ?? 1) * factor;
    a.scale = b.scale;
  }
  if (b.kind !== a.kind) {
    if (a.kind === 'count' && !a.noun && (b.kind === 'percent' || b.kind === 'money' || b.kind === 'measure' || b.kind === 'duration' || b.kind === 'score')) {
      a.kind = b.kind;
      a.unit = b.unit;
    } else if (!(b.kind === 'count' && !b.noun)) return null;
    else {
      b.kind = a.kind;
      if (a.unit !== undefined) b.unit = a.unit;
    }
  }
  if (a.unit && b.unit && a.unit !== b.unit && a.kind !== 'count') return null;
  if (!a.unit && b.unit) a.unit = b.unit;
  if (!a.noun && b.noun) {
    a.noun = b.noun;
    a.modifiers = b.modifiers;
  }
  if ((b.value as number) <= (a.value as number)) return null;
  a.low = a.value as number;
  a.high = b.value as number;
  b.low = a.value as number;
  b.high = b.value as number;
  if (a.qualifier && !b.qualifier) {
    b.qualifier = a.qualifier;
    b.qualifierText = a.qualifierText;
  }
  return b;
}

function buildFigure(tokens: readonly Token[], num: Numeral, input: FigureScanInput, previous: RawFigure[], scoreCue: boolean, rangeStart?: RawFigure): RawFigure | null {
  const { unitIndex, text, inName } = input;
  let first = num.first;
  let last = num.last;
  let kind: FigureKind = 'count';
  let value: number | string | null = num.value;
  let precision = num.precision;
  let unit: string | undefined;
  let noun: string | undefined;
  let modifiers: string[] | undefined;
  let frequency: string | undefined;
  let state: string | undefined;
  const prevWord = lower(tokens[first - 1]);
  const prevWord2 = lower(tokens[first - 2]);

  // Money: a currency before the number, or a currency word after it.
  const prevFigure = previous[previous.length - 1];
  const curFound = currencyBefore(tokens, first);
  const cur = curFound && !(prevFigure && prevFigure.lastToken >= curFound.first) ? curFound : null;
  if (cur) {
    kind = 'money';
    unit = cur.code;
    first = cur.first;
  }

  const after = tokens[last + 1];
  const afterWord = lower(after);

  if (num.form === 'multiplier') {
    kind = 'ratio';
    unit = 'multiplier';
  } else if (num.form === 'fraction') {
    kind = 'ratio';
    unit = 'fraction';
  } else if (num.form === 'ordinal') {
    // Ordinals are ranks only with a rank cue: "ranks fourth", "third-largest", "second place".
    let cueBefore = false;
    for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
      if (tokens[k].type === 'punct') break;
      if (RANK_CUES.has(lower(tokens[k]))) cueBefore = true;
    }
    const onWord = afterWord === 'on' || afterWord === 'in';
    const onRanking = onWord && ((/^(?:its|the|their|a)$/.test(lower(tokens[last + 2])) && /^(?:index|leaderboard|ranking|rankings|list|table|chart|league)$/i.test(tokens[last + 3]?.text ?? '')) || (!!tokens[last + 2] && inName(tokens[last + 2].start, tokens[last + 2].end)));
    let superlative = false;
    if (after && after.text === '-' && !after.ws && tokens[last + 2] && SUPERLATIVE.test(tokens[last + 2].text.toLowerCase())) {
      superlative = true;
      last += 2;
    } else if (after && after.type === 'word' && (SUPERLATIVE.test(afterWord) || RANK_NOUNS.has(afterWord))) {
      superlative = true;
    }
    // "The accident is the second fatal derailment", "Corvessa is Aldenbrook's second commercial product": a
    // copula before the ordinal ranks what follows (not "the second half", "the first day").
    let det = first - 1;
    if (/['’]s$/.test(tokens[det]?.text ?? '')) det--;
    if (/^(?:the|its|their|his|her)$/.test(lower(tokens[det]))) det--;
    const copula = det < first - 1 && /^(?:is|was|are|were|becomes|became|marks|marked|remains|remained)$/.test(lower(tokens[det]))
      && after?.type === 'word' && !/^(?:half|quarter|time|times|day|week|month|year|round|stage|phase|of|to|and|or|in|on|at|such)$/.test(afterWord)
      // "the first strike at the port since 1998" dates the one before; it ranks nothing.
      && !tokens.slice(last + 1, last + 8).some((t) => lower(t) === 'since');
    if (!cueBefore && !superlative && !onRanking && !copula) return null;
    kind = 'rank';
    unit = 'rank';
    precision = 1;
  } else if (num.form === 'vague') {
    // "billions of users", "hundreds of millions in savings": vague amounts, kept but never compared.
    if (!tokens[last + 1] || (lower(tokens[last + 1]) !== 'of' && lower(tokens[last + 1]) !== 'in' && !(num.last > num.first))) return null;
    kind = cur ? 'money' : 'count';
    const nounStart = lower(tokens[last + 1]) === 'of' ? last + 2 : last + 1;
    if (lower(tokens[last + 1]) === 'of') {
      const na = nounAfter(tokens, nounStart, inName);
      if (na.noun) {
        noun = na.noun;
        modifiers = na.modifiers;
      }
    } else if (lower(tokens[last + 1]) === 'in') {
      // "hundreds of millions in annual infrastructure savings": money, implied.
      kind = 'money';
      unit = 'USD';
    }
    precision = 0;
  }

  // "one in four homes", "1 in 10 voters": a proportion.
  const inAt = last + 1;
  if (kind === 'count' && (num.form === 'digits' || num.form === 'words') && typeof num.value === 'number' && num.value >= 1 && num.value < 100 && !num.scale && lower(tokens[inAt]) === 'in') {
    const d = tokens[inAt + 1] ? readNumeral(tokens, inAt + 1) : null;
    if (d && typeof d.value === 'number' && d.value > num.value && d.value <= 1000 && !d.scale && (d.form === 'digits' || d.form === 'words') && !(d.form === 'digits' && d.value >= 1000)) {
      kind = 'ratio';
      unit = 'fraction';
      value = num.value / d.value;
      last = d.last;
      precision = 0;
    }
  }
  // Top-N and No. N ranks.
  if (kind === 'count' && num.form === 'digits' && (prevWord === 'top' || (prevWord === '-' && lower(tokens[first - 2]) === 'top' && !tokens[first - 1].ws))) {
    kind = 'rank';
    unit = 'top';
    first = prevWord === 'top' ? first - 1 : first - 2;
    value = num.value;
  } else if (kind === 'count' && num.form === 'digits' && ((prevWord === '.' && lower(tokens[first - 2]) === 'no') || prevWord === 'number' && RANK_CUES.has(prevWord2) || (prevWord === '#' && !tokens[first].ws))) {
    kind = 'rank';
    unit = 'rank';
    first = prevWord === '.' ? first - 2 : first - 1;
  }

  if (kind === 'count' || kind === 'money') {
    const a = tokens[last + 1];
    const aw = lower(a);
    if (a && a.type === 'punct' && a.text === '%') {
      kind = 'percent';
      unit = '%';
      last += 1;
    } else if (PERCENT_WORDS.has(aw) || (aw === 'per' && lower(tokens[last + 2]) === 'cent')) {
      kind = 'percent';
      unit = '%';
      last += aw === 'per' ? 2 : 1;
      if (aw === 'percentage' && /^points?$/.test(lower(tokens[last + 1]))) {
        unit = 'pp';
        last += 1;
      }
    } else if (aw === 'basis' && /^points?$/.test(lower(tokens[last + 2]))) {
      kind = 'percent';
      unit = 'bp';
      last += 2;
    } else if (aw === 'bps' || aw === 'pp') {
      kind = 'percent';
      unit = aw === 'bps' ? 'bp' : 'pp';
      last += 1;
    } else if (kind === 'count' && a && a.type === 'word' && aw in CURRENCY_WORDS && !(aw === 'pounds' && !num.scale)) {
      kind = 'money';
      unit = CURRENCY_WORDS[aw];
      last += 1;
    } else if (kind === 'count' && a && a.type === 'word' && CURRENCY_CODES.has(a.text)) {
      kind = 'money';
      unit = a.text;
      last += 1;
    }
  }

  if (kind === 'count' && num.form !== 'vague') {
    // Durations: "nine months", "72 hours", "a nine-month rebuild".
    let k = last + 1;
    if (tokens[k]?.text === '-' && !tokens[k].ws && tokens[k + 1] && !tokens[k + 1].ws) k++;
    const w = lower(tokens[k]);
    if (w in DURATION_UNITS && tokens[k].type === 'word') {
      if (num.isOne && lower(tokens[num.first]) === 'a' && !A_DURATION_OK.has(prevWord)) return null;
      const rel = lower(tokens[k + 1]);
      if (RELATIVE_AFTER.has(rel)) return null; // "two weeks ago": a relative date, read by the date pass
      if (num.isOne && (!ONE_DURATION_OK.has(prevWord) || PRONOUNS.has(rel))) return null;
      kind = 'duration';
      unit = DURATION_UNITS[w];
      last = k;
      precision = Math.max(precision, 1);
    } else if (tokens[k] && w in MEASURE_UNITS && !(w in SCALES && !tokens[k].ws && w !== 'm') && w !== 'pounds' && !(w === 'm' && tokens[k].ws)) {
      kind = 'measure';
      unit = MEASURE_UNITS[w];
      last = k;
    } else if (tokens[k] && !tokens[k].ws && tokens[k].type === 'word' && /^(?:mm|cm|km|kg|mw|gw|kw|kwh|gwh|twh|mph|tb|gb)$/i.test(tokens[k].text)) {
      kind = 'measure';
      unit = MEASURE_UNITS[w] ?? w;
      last = k;
    }
  }

  if (kind === 'count' && num.isOne) return null;

  // Bare years: "for 2026", "in 2024", "fiscal 2025", "its 2024 peak".
  if (kind === 'count' && num.form === 'digits' && typeof num.value === 'number' && !num.scale && /^\d{4}$/.test(tokens[num.first].text)) {
    const y = num.value;
    if (y >= 1800 && y <= 2100) {
      const na = nounAfter(tokens, last + 1, inName);
      // "2000 people" counts people; "its 2024 peak", "the 2025 results" are years.
      const counted = !!na.noun && !YEAR_NOUNS.test(na.noun);
      if (!counted || YEAR_PREPOSITIONS.has(prevWord)) {
        return {
          start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end), kind: 'date', value: String(y),
          datePrecision: 'year', dateRole: 'event', unit_index: unitIndex, firstToken: first, lastToken: last,
        };
      }
    }
  }

  // Scores: "scored 52", "42.8 on HealthBench Hard", "(20.6)" after a model, "7.4 magnitude".
  if (kind === 'count') {
    let k = first - 1;
    let steps = 0;
    while (k >= 0 && steps < 4 && SKIPPABLE.has(lower(tokens[k]))) {
      k--;
      steps++;
    }
    const cueBefore = k >= 0 && SCORE_CUES.has(lower(tokens[k]));
    const magnitude = prevWord === 'magnitude' || (prevWord === 'of' && lower(tokens[first - 2]) === 'magnitude') || (prevWord === '-' && lower(tokens[first - 2]) === 'magnitude') || (afterWord === '-' && lower(tokens[last + 2]) === 'magnitude') || afterWord === 'magnitude'
      // "measured 6.1 on the Richter scale"
      || (afterWord === 'on' && lower(tokens[last + 2]) === 'the' && /^(?:richter|moment)$/.test(lower(tokens[last + 3])));
    const onBenchmark = (afterWord === 'on' || afterWord === 'in') && tokens[last + 2] && (inName(tokens[last + 2].start, tokens[last + 2].end) || (lower(tokens[last + 2]) === 'the' && tokens[last + 3] && inName(tokens[last + 3].start, tokens[last + 3].end))) && num.form === 'digits';
    const points = SCORE_UNITS.has(afterWord);
    const parenthetical = prevWord === '(' && afterWord === ')' && tokens[first - 2] && inName(tokens[first - 2].start, tokens[first - 2].end) && scoreCue;
    const outOf = afterWord === 'out' && lower(tokens[last + 2]) === 'of';
    const slash = afterWord === '/' && !tokens[last + 1].ws && tokens[last + 2]?.type === 'num';
    if (magnitude) {
      kind = 'score';
      unit = 'magnitude';
      if (afterWord === 'magnitude') last += 1;
      if (afterWord === '-' && lower(tokens[last + 2]) === 'magnitude') last += 2;
    } else if (cueBefore || onBenchmark || points || parenthetical || outOf || slash) {
      const na = points ? { noun: undefined } : nounAfter(tokens, last + 1, inName);
      if (!na.noun || parenthetical) {
        kind = 'score';
        if (points) {
          unit = 'points';
          last += 1;
        }
        if (outOf && tokens[last + 3]?.type === 'num') {
          unit = 'out of ' + tokens[last + 3].text;
          last += 3;
        } else if (slash) {
          unit = 'out of ' + tokens[last + 2].text;
          last += 2;
        }
      }
    }
  }

  if (kind === 'count') {
    // Multipliers: "three times as fast" (not "downloaded 1.2 billion times").
    if (afterWord === 'times' && /^(?:as|more|faster|larger|bigger|higher|greater|the|that|over|smaller|cheaper|less|lower|slower)$/.test(lower(tokens[last + 2])) && !num.scale) {
      kind = 'ratio';
      unit = 'multiplier';
      last += 1;
    } else {
      const na = afterWord === 'times' ? { noun: 'times', modifiers: [] as string[], frequency: undefined, state: undefined } : nounAfter(tokens, last + 1, inName);
      if (na.noun) {
        noun = na.noun;
        modifiers = na.modifiers;
        unit = noun;
      }
      frequency = na.frequency;
      state = na.state;
      const inFavour = afterWord === 'in' && /^favou?r$/.test(lower(tokens[last + 2]));
      if (!noun && (afterWord === 'against' || inFavour) && (inFavour || voteContext(tokens.slice(Math.max(0, first - 40), last + 40)) || tokens.some((t) => lowerOf(t) === 'favour' || lowerOf(t) === 'favor'))) {
        noun = 'votes';
        unit = 'votes';
        state = afterWord === 'against' ? 'against' : 'for';
      }
      // "five of the province's 11 districts": the noun of the whole counts the part.
      if (!noun && afterWord === 'of') {
        for (let k = last + 2; k < tokens.length && k <= last + 6; k++) {
          const t = tokens[k];
          const w = lower(t);
          if (t.type === 'num' || w in UNITS || w in TENS || /^(?:the|its|their|his|her|our|these|those)$/.test(w) || /['’]s$/.test(t.text)) continue;
          if (t.type === 'word' && /[^su]s$/.test(w) && !PRONOUNS.has(w) && !/^(?:us|them|these|those|ours|theirs)$/.test(w)) {
            noun = w;
            unit = w;
          }
          break;
        }
      }
      // "3,000 homes were destroyed and 14,000 damaged": the state stands where the noun would.
      const prevCount = previous[previous.length - 1];
      if (noun && STATE_WORDS.has(noun) && !na.modifiers.length && prevCount?.kind === 'count' && prevCount.noun && !STATE_WORDS.has(prevCount.noun)) {
        state = noun;
        noun = prevCount.noun;
        unit = noun;
      }
      if (!noun && rangeStart === undefined) {
        // Ellipsis and coordination: "58M output tokens … Claude's 157M", "scored just 13 and 18".
        const prev = previous[previous.length - 1];
        const bridge = lower(tokens[first - 1]);
        if (prev && prev.kind === 'score' && /^(?:and|or|,|vs|versus|to)$/.test(bridge)) {
          kind = 'score';
        } else if (prev && prev.kind === 'count' && prev.noun && (num.scale || /^(?:and|or|,|vs|versus)$/.test(bridge) || (prev.scale && num.scale))) {
          noun = prev.noun;
          unit = prev.noun;
        } else if (num.form === 'words' && !num.scale) {
          return null; // "the two of them": a written number without a noun is rarely a figure
        } else if (num.form === 'digits' && typeof num.value === 'number' && num.value < 10 && !num.scale && !tokens[num.first].text.includes('.') && !rangeFollows(tokens, last)) {
          return null; // a bare single digit with nothing to count
        }
      }
    }
  }

  // Qualifiers: "more than 40", "nearly $2 billion".
  let qualifier: Qualifier | undefined;
  let qualifierText: string | undefined;
  let qualifierSpan: { start: number; end: number } | undefined;
  const q = qualifierBefore(tokens, first);
  if (q && !(kind === 'duration' && q.q === 'over' && lower(tokens[q.first]) === 'over')) {
    qualifier = q.q;
    qualifierSpan = { start: tokens[q.first].start, end: tokens[first - 1].end };
    qualifierText = text.slice(qualifierSpan.start, qualifierSpan.end);
  } else if (!q && (kind === 'count' || kind === 'money' || kind === 'percent') && (/^(?:pass|passed|passes|top|topped|tops|exceed|exceeded|exceeds|surpass|surpassed|surpasses)$/.test(lower(tokens[first - 1])) || (/^(?:topping|passing|exceeding)$/.test(lower(tokens[first - 1])) && /^(?:is|are|was|were|been|already|now|still)$/.test(lower(tokens[first - 2]))))) {
    // "cases have passed 400": more than 400. The verb stays the clause's verb (no qualifier span).
    qualifier = 'over';
    qualifierText = tokens[first - 1].text;
  }

  if (kind === 'count' && num.form === 'vague') {
    value = null;
  }

  const start = tokens[first].start;
  const end = tokens[last].end;
  const fig: RawFigure = {
    start, end, text: text.slice(start, end), kind, value, unit_index: unitIndex, firstToken: first, lastToken: last,
    precision,
  };
  if (unit !== undefined) fig.unit = unit;
  if (noun !== undefined) fig.noun = noun;
  if (modifiers && modifiers.length) fig.modifiers = modifiers;
  if (num.scale) fig.scale = num.scale;
  if (qualifier) {
    fig.qualifier = qualifier;
    fig.qualifierText = qualifierText;
    fig.qualifierSpan = qualifierSpan;
  }
  if (num.vague) {
    fig.low = num.vague[0];
    fig.high = num.vague[1];
  }
  if (frequency) fig.frequency = frequency;
  if (state) fig.state = state;
  return fig;
}

/**
 * A bare number near scores is a score too: "Llama 4 Scout and Llama 4 Maverick managed 13 and 18
 * respectively" after "Muse Spark earned 52 points on the Intelligence Index".
 */
export function inferScores(figures: RawFigure[]): void {
  let lastScoreUnit = -10;
  for (const f of figures) {
    if (f.kind === 'score') lastScoreUnit = f.unit_index;
    else if (f.kind === 'count' && !f.noun && !f.unit && !f.scale && f.rangeWith === undefined && typeof f.value === 'number' && f.value < 1000 && f.unit_index - lastScoreUnit <= 2 && f.unit_index >= lastScoreUnit) {
      f.kind = 'score';
    }
  }
}
