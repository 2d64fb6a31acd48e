// The tokenizer: numbers (with thousands separators and decimals), words (with inner apostrophes and
// combining marks) and single punctuation characters, each knowing whether space or a line break precedes it.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenAt, type TokenType } from '../../../../src/core/text/tokens';

type T = [text: string, type: TokenType, start: number, ws: boolean, nl: boolean];

function toks(text: string, start?: number, end?: number): T[] {
  return tokenize(text, start, end).map((t) => [t.text, t.type, t.start, t.ws, t.nl]);
}

describe('text/tokens', () => {
  const rows: { name: string; text: string; tokens: T[] }[] = [
    { name: 'empty text', text: '', tokens: [] },
    { name: 'whitespace only', text: ' \n\t ', tokens: [] },
    {
      name: 'grouped thousands and decimals are one number',
      text: '1,000 and 12,345.67 and 42.8',
      tokens: [['1,000', 'num', 0, true, true], ['and', 'word', 6, true, false], ['12,345.67', 'num', 10, true, false], ['and', 'word', 20, true, false], ['42.8', 'num', 24, true, false]],
    },
    {
      name: 'a malformed group splits ("1,00")',
      text: '1,00',
      tokens: [['1', 'num', 0, true, true], [',', 'punct', 1, false, false], ['00', 'num', 2, false, false]],
    },
    {
      name: 'a trailing period is not a decimal ("42.")',
      text: '42. x',
      tokens: [['42', 'num', 0, true, true], ['.', 'punct', 2, false, false], ['x', 'word', 4, true, false]],
    },
    {
      name: 'a scale letter touches its number ("58M")',
      text: '58M',
      tokens: [['58', 'num', 0, true, true], ['M', 'word', 2, false, false]],
    },
    {
      name: 'versioned names split at the hyphen ("GPT-5.4")',
      text: 'GPT-5.4',
      tokens: [['GPT', 'word', 0, true, true], ['-', 'punct', 3, false, false], ['5.4', 'num', 4, false, false]],
    },
    {
      name: 'letters then digits ("Qwen2.5")',
      text: 'Qwen2.5',
      tokens: [['Qwen', 'word', 0, true, true], ['2.5', 'num', 4, false, false]],
    },
    {
      name: 'inner apostrophes stay in the word, straight and curly',
      text: "don't Meta’s",
      tokens: [["don't", 'word', 0, true, true], ['Meta’s', 'word', 6, true, false]],
    },
    {
      name: 'a trailing apostrophe is punctuation',
      text: "analysts' view",
      tokens: [['analysts', 'word', 0, true, true], ["'", 'punct', 8, false, false], ['view', 'word', 10, true, false]],
    },
    {
      name: 'accented letters and combining marks are part of the word',
      text: 'café nai\u0308ve Zürich',
      tokens: [['café', 'word', 0, true, true], ['nai\u0308ve', 'word', 5, true, false], ['Zürich', 'word', 12, true, false]],
    },
    {
      name: 'symbols are single punctuation tokens',
      text: '$5%',
      tokens: [['$', 'punct', 0, true, true], ['5', 'num', 1, false, false], ['%', 'punct', 2, false, false]],
    },
    {
      name: 'a line break sets nl on the next token only (\\n, \\r\\n, \\r)',
      text: 'a\nb\r\nc\rd e',
      tokens: [['a', 'word', 0, true, true], ['b', 'word', 2, true, true], ['c', 'word', 5, true, true], ['d', 'word', 7, true, true], ['e', 'word', 9, true, false]],
    },
    {
      name: 'an astral symbol is one token of two code units',
      text: '😀7',
      tokens: [['😀', 'punct', 0, true, true], ['7', 'num', 2, false, false]],
    },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(toks(r.text), r.tokens));

  it('end offsets match the token text', () => {
    const text = 'On 8 April, Meta’s GPT-5.4 scored 42.8% (1,000 runs).';
    for (const t of tokenize(text)) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.end > t.start);
    }
  });

  it('tokenizes only [start, end), truncating a token that crosses end', () => {
    const text = 'alpha beta 12345 gamma';
    assert.deepEqual(toks(text, 6, 13), [['beta', 'word', 6, true, true], ['12', 'num', 11, true, false]]);
  });

  /** The definition of a token: one regular expression run over [start, end). The tokenizer reads ASCII by hand. */
  function byDefinition(text: string, start = 0, end = text.length): T[] {
    const re = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)|(\s+)|([\s\S])/gu;
    const out: T[] = [];
    re.lastIndex = start;
    let ws = true;
    let nl = true;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      if (m[3] !== undefined) {
        ws = true;
        if (/[\n\r]/.test(m[3])) nl = true;
        continue;
      }
      out.push([m[0].slice(0, Math.min(m.index + m[0].length, end) - m.index), m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct', m.index, ws, nl]);
      ws = nl = false;
    }
    return out;
  }

  it('reads any text as its defining regular expression does (ASCII and beyond, any window)', () => {
    const piece = fc.oneof(
      fc.constantFrom('1,000', '12,345.67', '1,00', '1234,567', '12,3456', '1,000,0000', '42.', '4.2.1', '0.5', 'GPT-5.4', "don't", 'Meta’s', "rock'n'roll", "analysts'", 'x’', "'s", 'café', 'nai\u0308ve', 'Zürich', 'e\u0301', 'Ωmega', 'ab’ü', "o'é", '😀', '\ud800', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\ufeff', ' \u00a0\n', '$', '%', '—', '_', '-'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.stringMatching(/^[0-9.,a-zA-Z' ]{1,10}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        assert.deepEqual(toks(text), byDefinition(text));
        const start = text.length ? a % text.length : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        assert.deepEqual(toks(text, start, end), byDefinition(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  describe('tokenAt', () => {
    const tokens = tokenize('ab cd ef');
    const rows: [offset: number, index: number][] = [[0, 0], [1, 1], [3, 1], [4, 2], [6, 2], [7, 3], [100, 3], [-5, 0]];
    for (const [offset, index] of rows) it(`first token starting at or after ${offset} is #${index}`, () => assert.equal(tokenAt(tokens, offset), index));
    it('empty list', () => assert.equal(tokenAt([], 3), 0));
  });
});
