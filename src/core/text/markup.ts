// Masks what is markup rather than prose (Markdown syntax, URLs, list markers, code) by overwriting it with
// spaces. The masked "scan text" has the same length as the original, so every offset found in it is an
// offset into the document: extractors never translate positions.

import { lineStarts, lineContentEnd } from './lines';
import type { Span } from '../model';

export type LineKind = 'blank' | 'heading' | 'list' | 'quote' | 'code' | 'rule' | 'table' | 'meta' | 'text';

export interface Markup {
  scan: string;
  starts: number[];
  lineKinds: LineKind[];
  /** List markers ("1.", "-", "2)") that must never be read as figures. */
  listMarkers: Span[];
  /** YAML front matter block, if any (masked; its date is read separately). */
  frontMatter?: Span;
}

const SPACE = 32;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/g;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /[\w.-]/;
const LIST_RE = /^[ \t]{0,8}(?:[-*+•‣◦▪]|\d{1,3}[.)])(?=[ \t]+\S)/;
const HEADING_RE = /^[ \t]{0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE_RE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const RULE_RE = /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_RE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
const TABLE_SEP_RE = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const REF_DEF_RE = /^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S/;

export function maskMarkup(text: string, format: 'markdown' | 'plain'): Markup {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  const mask = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < end && i < codes.length; i++) {
      const c = codes[i];
      if (c !== 10 && c !== 13) codes[i] = SPACE;
    }
  };
  // A byte-order mark is not content.
  if (codes[0] === 0xfeff) codes[0] = SPACE;

  const starts = lineStarts(text);
  const lineKinds: LineKind[] = new Array(starts.length);
  const listMarkers: Span[] = [];
  let frontMatter: Span | undefined;
  const md = format === 'markdown';

  let first = 0;
  if (md && /^(?:\ufeff)?---[ \t]*$/.test(text.slice(0, lineContentEnd(text, starts, 0)))) {
    for (let l = 1; l < Math.min(starts.length, 200); l++) {
      const line = text.slice(starts[l], lineContentEnd(text, starts, l));
      if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) {
        frontMatter = { start: 0, end: lineContentEnd(text, starts, l) };
        for (let k = 0; k <= l; k++) lineKinds[k] = 'meta';
        mask(0, frontMatter.end);
        first = l + 1;
        break;
      }
    }
  }

  let fence: string | null = null;
  let inComment = false;
  for (let l = first; l < starts.length; l++) {
    const ls = starts[l];
    const le = lineContentEnd(text, starts, l);
    const line = text.slice(ls, le);
    if (md && fence) {
      lineKinds[l] = 'code';
      mask(ls, le);
      const m = FENCE_RE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
      continue;
    }
    if (md && inComment) {
      lineKinds[l] = 'meta';
      const close = line.indexOf('-->');
      mask(ls, close >= 0 ? ls + close + 3 : le);
      if (close < 0) continue;
      inComment = false;
      continue;
    }
    if (line.trim() === '') {
      lineKinds[l] = 'blank';
      continue;
    }
    if (md) {
      const f = FENCE_RE.exec(line);
      if (f) {
        fence = f[1];
        lineKinds[l] = 'code';
        mask(ls, le);
        continue;
      }
      if (/^[ \t]{0,3}<!--/.test(line)) {
        const close = line.indexOf('-->');
        lineKinds[l] = 'meta';
        mask(ls, close >= 0 ? ls + close + 3 : le);
        if (close < 0) inComment = true;
        continue;
      }
      if (/^(?: {4}|\t)/.test(line) && (l === 0 || lineKinds[l - 1] === 'blank' || lineKinds[l - 1] === 'code')) {
        lineKinds[l] = 'code';
        mask(ls, le);
        continue;
      }
      if (RULE_RE.test(line) || (SETEXT_RE.test(line) && l > 0 && lineKinds[l - 1] === 'text')) {
        if (SETEXT_RE.test(line) && l > 0 && lineKinds[l - 1] === 'text') lineKinds[l - 1] = 'heading';
        lineKinds[l] = 'rule';
        mask(ls, le);
        continue;
      }
      if (REF_DEF_RE.test(line)) {
        lineKinds[l] = 'meta';
        mask(ls, le);
        continue;
      }
      if (TABLE_SEP_RE.test(line) && line.includes('-') && line.includes('|')) {
        lineKinds[l] = 'rule';
        mask(ls, le);
        continue;
      }
    }
    let kind: LineKind = 'text';
    let contentStart = ls;
    if (md) {
      // Block quotes: strip the markers, then look at what is inside.
      const q = /^[ \t]{0,3}(?:>[ \t]?)+/.exec(line);
      if (q) {
        mask(ls, ls + q[0].length);
        contentStart = ls + q[0].length;
        kind = 'quote';
      }
      const rest = text.slice(contentStart, le);
      const h = HEADING_RE.exec(rest);
      if (h) {
        mask(contentStart, contentStart + h[0].length);
        const closing = /[ \t]#+[ \t]*$/.exec(rest);
        if (closing) mask(contentStart + closing.index, le);
        kind = 'heading';
      }
      if (line.includes('|') && /^\s*\|.*\|\s*$/.test(line)) {
        kind = 'table';
        for (let i = ls; i < le; i++) if (codes[i] === 124 /* | */) codes[i] = SPACE;
      }
    }
    if (kind === 'text' || kind === 'quote') {
      const rest = text.slice(contentStart, le);
      const m = LIST_RE.exec(rest);
      if (m) {
        const markerStart = contentStart + m[0].length - m[0].trimStart().length;
        listMarkers.push({ start: markerStart, end: contentStart + m[0].length });
        mask(markerStart, contentStart + m[0].length);
        kind = 'list';
      }
    }
    lineKinds[l] = kind;
    if (md) maskInlineMarkdown(text, ls, le, codes, mask);
  }

  // URLs and e-mail addresses carry digits that are never figures.
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?]/.test(text[end - 1])) end--;
    mask(m.index, end);
  }
  // E-mail addresses: grown outwards from each "@", so long runs without one cost nothing.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && EMAIL_LOCAL.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && EMAIL_DOMAIN.test(text[e])) e++;
    while (e > at + 1 && text[e - 1] === '.') e--;
    if (s < at && text.slice(at + 1, e).includes('.')) mask(s, e);
  }

  // Typed arrays are array-like: no per-element iteration or allocation when turning them back into a string.
  let scan = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) scan += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return { scan, starts, lineKinds, listMarkers, frontMatter };
}

function maskInlineMarkdown(text: string, ls: number, le: number, codes: Uint16Array, mask: (s: number, e: number) => void): void {
  let pairs: Map<number, number> | undefined;
  let i = ls;
  while (i < le) {
    const c = text[i];
    if (c === '\\' && i + 1 < le && /[\\`*_{}[\]()#+\-.!|~<>]/.test(text[i + 1])) {
      mask(i, i + 1);
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      const close = text.indexOf(fence, i + run);
      if (close > 0 && close < le) {
        mask(i, close + run);
        i = close + run;
        continue;
      }
      mask(i, i + run);
      i += run;
      continue;
    }
    if (c === '<') {
      const m = /^<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,300})?\/?|!--[^\n]*?--|(?:https?|mailto):[^\s<>]{1,500})>/.exec(text.slice(i, Math.min(le, i + 520)));
      if (m) {
        mask(i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if ((c === '[' || (c === '!' && text[i + 1] === '[')) && !/^\[[A-Z][A-Z_ ]{1,40}:/.test(text.slice(i, i + 44))) {
      pairs ??= bracketPairs(text, ls, le);
      const open = c === '!' ? i + 1 : i;
      const close = pairs.get(open) ?? -1;
      if (close > 0) {
        const after = text[close + 1];
        if (after === '(') {
          const paren = pairs.get(close + 1) ?? -1;
          if (paren > 0) {
            mask(i, open + 1);
            mask(close, paren + 1);
            i = open + 1;
            continue;
          }
        } else if (after === '[') {
          const ref = pairs.get(close + 1) ?? -1;
          if (ref > 0) {
            mask(i, open + 1);
            mask(close, ref + 1);
            i = open + 1;
            continue;
          }
        } else if (text[open + 1] === '^') {
          // Footnote reference [^1].
          mask(open, close + 1);
          i = close + 1;
          continue;
        }
      }
    }
    if (c === '*' || c === '_' || c === '~') {
      let run = 1;
      while (text[i + run] === c) run++;
      const before = i > ls ? text[i - 1] : ' ';
      const after = i + run < le ? text[i + run] : ' ';
      const wordy = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
      // Intra-word underscores (snake_case) stay; emphasis markers touch a word on one side only.
      const isMarker = c === '_' ? !(wordy(before) && wordy(after)) : !(/\s/.test(before) && /\s/.test(after));
      if (isMarker && (c !== '~' || run >= 2)) mask(i, i + run);
      i += run;
      continue;
    }
    i++;
  }
  void codes;
}

/** Matching brackets and parentheses of one line, found in one pass with a stack (so that deeply nested
 * brackets cost no more than flat ones). Escaped characters are skipped. */
function bracketPairs(text: string, ls: number, le: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = ls; i < le; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \\ */) {
      i++;
      continue;
    }
    if (ch === 91 /* [ */ || ch === 40 /* ( */) stack.push(i);
    else if (ch === 93 /* ] */ || ch === 41 /* ) */) {
      const want = ch === 93 ? 91 : 40;
      // Pop to the nearest opener of the same kind; unmatched openers in between stay unmatched.
      for (let k = stack.length - 1; k >= 0; k--) {
        if (text.charCodeAt(stack[k]) === want) {
          pairs.set(stack[k], i);
          stack.length = k;
          break;
        }
      }
    }
  }
  return pairs;
}
