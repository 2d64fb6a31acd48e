// A single-pass tokenizer over the scan text: numbers, words (with inner apostrophes), and single
// punctuation or symbol characters. Whitespace is not a token; each token records whether space precedes it.
// The regular expression has no nested quantifiers, so it runs in linear time on any input; ASCII text, most
// of an article, is read by a hand-written scanner that gives the same tokens.

export type TokenType = 'num' | 'word' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  type: TokenType;
  /** Whitespace precedes the token (false means it touches the previous one: "58M", "GPT-5"). */
  ws: boolean;
  /** A line break precedes the token. */
  nl: boolean;
  /** Lower-case text, computed once on first use (see lowerOf). */
  lower?: string;
  /** Lower-case text without a possessive ending (see bareOf). */
  bare?: string;
}

/** The token's text in lower case, computed once: the extractors ask for it many times. */
export function lowerOf(t: Token): string {
  return (t.lower ??= t.text.toLowerCase());
}

/** Lower case, possessive dropped: "Meta's" → "meta". */
export function bareOf(t: Token): string {
  if (t.bare === undefined) {
    const l = lowerOf(t);
    const n = l.length;
    // Without a regular expression: this runs for most tokens.
    t.bare = n >= 2 && l.charCodeAt(n - 1) === 115 && (l.charCodeAt(n - 2) === 39 || l.charCodeAt(n - 2) === 0x2019) ? l.slice(0, n - 2) : l;
  }
  return t.bare;
}

const TOKEN_RE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)|(\s+)|([\s\S])/gu;

// Character classes of the ASCII range for the fast path below (0: other, 1: digit, 2: letter, 3: space).
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = 2;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_CLASS[c] = 3;
const DIGIT = 1;
const LETTER = 2;
const SPACE = 3;

function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c] : -1;
}

/**
 * End of the ASCII number starting at `i`, exactly as TOKEN_RE's first group reads it: "1,000.5", "1234.5";
 * a thousands group needs at most three leading digits and three after each comma.
 */
function numberEnd(s: string, i: number): number {
  let j = i;
  while (classAt(s, j) === DIGIT) j++;
  let end = j;
  if (j - i <= 3) {
    while (s.charCodeAt(end) === 44 && classAt(s, end + 1) === DIGIT && classAt(s, end + 2) === DIGIT && classAt(s, end + 3) === DIGIT) end += 4;
  }
  if (s.charCodeAt(end) === 46 && classAt(s, end + 1) === DIGIT) {
    end += 2;
    while (classAt(s, end) === DIGIT) end++;
  }
  return end;
}

/**
 * End of the ASCII word starting at `i` (letters, then apostrophe-letter groups: "don't", "Meta’s"), or -1
 * when a character outside ASCII may belong to it (then the regular expression reads it).
 */
function wordEnd(s: string, i: number, limit: number): number {
  let j = i + 1;
  for (;;) {
    const k = classAt(s, j);
    if (k === LETTER) j++;
    else if (k === -1 && j < limit && s.charCodeAt(j) !== 0x2019) return -1;
    else break;
  }
  for (;;) {
    const c = s.charCodeAt(j);
    if (c !== 39 && c !== 0x2019) return j;
    const k = classAt(s, j + 1);
    if (k === -1 && j + 1 < limit) return -1;
    if (k !== LETTER) return j;
    j += 2;
    for (;;) {
      const k2 = classAt(s, j);
      if (k2 === LETTER) j++;
      else if (k2 === -1 && j < limit && s.charCodeAt(j) !== 0x2019) return -1;
      else break;
    }
  }
}

/**
 * Tokens of scan[start, end). ASCII text is read by hand (most of an English article); at any other character
 * TOKEN_RE, which defines the tokens, reads the token. Both give the same tokens.
 */
export function tokenize(scan: string, start = 0, end = scan.length): Token[] {
  const tokens: Token[] = [];
  const limit = scan.length;
  let ws = true;
  let nl = true;
  const stop = Math.min(end, limit);
  let i = start;
  // In Unicode mode a regular expression started inside a surrogate pair reads the whole pair.
  if (i > 0 && i < limit && (scan.charCodeAt(i) & 0xfc00) === 0xdc00 && (scan.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < stop) {
    const k = classAt(scan, i);
    let tokEnd: number;
    let type: TokenType;
    if (k === SPACE) {
      ws = true;
      for (; i < limit; i++) {
        const c = scan.charCodeAt(i);
        if (c === 10 || c === 13) nl = true;
        else if (c >= 128 || ASCII_CLASS[c] !== SPACE) break;
      }
      continue;
    }
    if (k === DIGIT) {
      tokEnd = numberEnd(scan, i);
      type = 'num';
    } else if (k === LETTER && (tokEnd = wordEnd(scan, i, limit)) >= 0) {
      type = 'word';
    } else if (k === 0) {
      tokEnd = i + 1;
      type = 'punct';
    } else {
      TOKEN_RE.lastIndex = i;
      const m = TOKEN_RE.exec(scan)!;
      if (m[3] !== undefined) {
        ws = true;
        if (m[3].includes('\n') || m[3].includes('\r')) nl = true;
        i = m.index + m[0].length;
        continue;
      }
      tokEnd = m.index + m[0].length;
      type = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct';
    }
    const clipped = tokEnd < end ? tokEnd : end;
    tokens.push({
      start: i,
      end: clipped,
      text: scan.slice(i, clipped),
      type,
      ws,
      nl,
      // Declared up front so every token has one shape (adding them later makes property access polymorphic).
      lower: undefined,
      bare: undefined,
    });
    ws = false;
    nl = false;
    i = tokEnd;
  }
  return tokens;
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
