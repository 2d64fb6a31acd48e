// A single-pass tokenizer over the scan text: numbers, words (with inner apostrophes), and single
// punctuation or symbol characters. Whitespace is not a token; each token records whether space precedes it.
// The regular expression has no nested quantifiers, so it runs in linear time on any input.

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
  return (t.bare ??= lowerOf(t).replace(/['’]s$/u, ''));
}

const TOKEN_RE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)|(\s+)|([\s\S])/gu;

export function tokenize(scan: string, start = 0, end = scan.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = start;
  let ws = true;
  let nl = true;
  for (let m = TOKEN_RE.exec(scan); m && m.index < end; m = TOKEN_RE.exec(scan)) {
    if (m[3] !== undefined) {
      ws = true;
      if (m[3].includes('\n') || m[3].includes('\r')) nl = true;
      continue;
    }
    const tokEnd = Math.min(m.index + m[0].length, end);
    tokens.push({
      start: m.index,
      end: tokEnd,
      text: m[0].slice(0, tokEnd - m.index),
      type: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct',
      ws,
      nl,
      // Declared up front so every token has one shape (adding them later makes property access polymorphic).
      lower: undefined,
      bare: undefined,
    });
    ws = false;
    nl = false;
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
