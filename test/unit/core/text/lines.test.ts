// Line and column arithmetic over UTF-16 offsets: "\n", "\r\n" and "\r" each end one line, as in VS Code.

import assert from 'node:assert/strict';
import { lineStarts, positionAt, offsetAt, lineContentEnd } from '../../../../src/core/text/lines';

describe('text/lines', () => {
  describe('lineStarts', () => {
    const rows: { name: string; text: string; starts: number[] }[] = [
      { name: 'empty text is one empty line', text: '', starts: [0] },
      { name: 'no line break', text: 'abc', starts: [0] },
      { name: '\\n', text: 'ab\ncd\nef', starts: [0, 3, 6] },
      { name: '\\r\\n is one break, not two', text: 'ab\r\ncd\r\nef', starts: [0, 4, 8] },
      { name: 'lone \\r', text: 'ab\rcd\ref', starts: [0, 3, 6] },
      { name: 'mixed endings', text: 'a\nb\r\nc\rd', starts: [0, 2, 5, 7] },
      { name: '\\n\\r is two breaks (LF then CR)', text: 'a\n\rb', starts: [0, 2, 3] },
      { name: 'trailing break opens an empty last line', text: 'a\n', starts: [0, 2] },
      { name: 'blank lines', text: '\n\n', starts: [0, 1, 2] },
      { name: 'a BOM is an ordinary code unit of line 0', text: '\ufeffab\ncd', starts: [0, 4] },
      { name: 'surrogate pairs count as two code units', text: '😀\nx', starts: [0, 3] },
    ];
    for (const r of rows) {
      it(r.name, () => assert.deepEqual(lineStarts(r.text), r.starts));
    }
  });

  describe('positionAt', () => {
    const text = 'ab\r\ncd\ref\nghi';
    const starts = lineStarts(text);
    const rows: { offset: number; line: number; character: number }[] = [
      { offset: 0, line: 0, character: 0 },
      { offset: 2, line: 0, character: 2 }, // on the \r
      { offset: 3, line: 0, character: 3 }, // between \r and \n
      { offset: 4, line: 1, character: 0 },
      { offset: 6, line: 1, character: 2 }, // on the lone \r
      { offset: 7, line: 2, character: 0 },
      { offset: 10, line: 3, character: 0 },
      { offset: 13, line: 3, character: 3 }, // end of text
    ];
    for (const r of rows) {
      it(`offset ${r.offset} → ${r.line}:${r.character}`, () => assert.deepEqual(positionAt(starts, r.offset), { line: r.line, character: r.character }));
    }
    it('an offset past the end stays on the last line', () => {
      assert.equal(positionAt(starts, 500).line, 3);
    });
    it('empty text: offset 0 is 0:0', () => {
      assert.deepEqual(positionAt(lineStarts(''), 0), { line: 0, character: 0 });
    });
    it('with a BOM, characters count it (offsets are string indices)', () => {
      const t = '\ufeffab\ncd';
      assert.deepEqual(positionAt(lineStarts(t), 1), { line: 0, character: 1 });
      assert.deepEqual(positionAt(lineStarts(t), 5), { line: 1, character: 1 });
    });
  });

  describe('offsetAt', () => {
    const text = 'ab\r\ncd\ref\nghi';
    const starts = lineStarts(text);
    const rows: { name: string; line: number; character: number; offset: number }[] = [
      { name: 'start of text', line: 0, character: 0, offset: 0 },
      { name: 'after \\r\\n', line: 1, character: 0, offset: 4 },
      { name: 'after \\r', line: 2, character: 1, offset: 8 },
      { name: 'after \\n', line: 3, character: 2, offset: 12 },
      { name: 'a line past the last is the end', line: 9, character: 0, offset: text.length },
      { name: 'a character past the end is clamped to the end', line: 3, character: 99, offset: text.length },
      { name: 'a negative line is the start', line: -1, character: 5, offset: 0 },
      { name: 'a negative character is the line start', line: 1, character: -3, offset: 4 },
    ];
    for (const r of rows) {
      it(`${r.name} (${r.line}:${r.character} → ${r.offset})`, () => assert.equal(offsetAt(starts, { line: r.line, character: r.character }, text.length), r.offset));
    }
    it('empty text: everything maps to 0', () => {
      const s = lineStarts('');
      assert.equal(offsetAt(s, { line: 0, character: 0 }, 0), 0);
      assert.equal(offsetAt(s, { line: 0, character: 10 }, 0), 0);
      assert.equal(offsetAt(s, { line: 3, character: 1 }, 0), 0);
    });
    it('round-trips with positionAt for every offset', () => {
      for (const t of ['', 'a', 'ab\r\ncd\ref\nghi', '\n\r\n\r', '\ufeffx\ny\r\n']) {
        const s = lineStarts(t);
        for (let o = 0; o <= t.length; o++) assert.equal(offsetAt(s, positionAt(s, o), t.length), o, `offset ${o} of ${JSON.stringify(t)}`);
      }
    });
  });

  describe('lineContentEnd', () => {
    const rows: { text: string; ends: number[] }[] = [
      { text: 'ab\r\ncd\ref\nghi', ends: [2, 6, 9, 13] },
      { text: 'a\n', ends: [1, 2] },
      { text: '', ends: [0] },
      { text: '\r\n\r\n', ends: [0, 2, 4] },
    ];
    for (const r of rows) {
      it(`excludes the line break: ${JSON.stringify(r.text)}`, () => {
        const s = lineStarts(r.text);
        assert.deepEqual(s.map((_, l) => lineContentEnd(r.text, s, l)), r.ends);
      });
    }
  });
});
