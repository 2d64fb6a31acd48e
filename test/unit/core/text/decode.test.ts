// Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, binary and oversized files refused with a
// reason, invalid UTF-8 decoded with replacement characters and a note.

import assert from 'node:assert/strict';
import { decodeArticle, formatBytes, DEFAULT_MAX_BYTES } from '../../../../src/core/text/decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('text/decode', () => {
  it('decodes UTF-8 without notes', () => {
    assert.deepEqual(decodeArticle(utf8('Zürich — 3 €')), { ok: true, text: 'Zürich — 3 €', notes: [] });
  });

  it('strips a UTF-8 BOM', () => {
    assert.deepEqual(decodeArticle(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69)), { ok: true, text: 'hi', notes: [] });
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM, stripping it, with a note', () => {
    assert.deepEqual(decodeArticle(bytes(0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00)), { ok: true, text: 'hé', notes: ['decoded as UTF-16LE'] });
    assert.deepEqual(decodeArticle(bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9)), { ok: true, text: 'hé', notes: ['decoded as UTF-16BE'] });
  });

  it('UTF-16 text is not refused as binary for its NUL bytes', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Revenue rose 12%.'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = decodeArticle(le);
    assert.equal(r.ok, true);
    assert.equal(r.ok && r.text, 'Revenue rose 12%.');
  });

  it('invalid UTF-8 becomes replacement characters and a note that counts them', () => {
    assert.deepEqual(decodeArticle(bytes(0x61, 0xff, 0x62, 0xc3, 0x28)), { ok: true, text: 'a\ufffdb\ufffd(', notes: ['invalid UTF-8: 2 byte sequences replaced with �'] });
    assert.deepEqual(decodeArticle(bytes(0x61, 0xff)), { ok: true, text: 'a\ufffd', notes: ['invalid UTF-8: 1 byte sequence replaced with �'] });
  });

  it('a NUL byte means binary', () => {
    assert.deepEqual(decodeArticle(bytes(0x61, 0x00, 0x62)), { ok: false, reason: 'binary file (contains NUL bytes)' });
  });

  it('mostly control characters means binary', () => {
    assert.deepEqual(decodeArticle(new Uint8Array(100).fill(1)), { ok: false, reason: 'binary file (mostly control characters)' });
  });

  it('tabs, line breaks and ANSI escapes are text', () => {
    const text = 'a\tb\r\nc\x1b[0m\f'.repeat(20);
    assert.deepEqual(decodeArticle(utf8(text)), { ok: true, text, notes: [] });
  });

  it('refuses files over the size limit with a reason', () => {
    assert.deepEqual(decodeArticle(new Uint8Array(11), 10), { ok: false, reason: 'larger than the 10 bytes limit (11 bytes)' });
    assert.deepEqual(decodeArticle(new Uint8Array(DEFAULT_MAX_BYTES + 1024 * 1024)), { ok: false, reason: 'larger than the 5 MB limit (6 MB)' });
  });

  it('accepts a file exactly at the limit', () => {
    assert.deepEqual(decodeArticle(utf8('abcdefghij'), 10), { ok: true, text: 'abcdefghij', notes: [] });
  });

  it('empty input is empty text', () => {
    assert.deepEqual(decodeArticle(new Uint8Array(0)), { ok: true, text: '', notes: [] });
  });

  describe('formatBytes', () => {
    const rows: [number, string][] = [[0, '0 bytes'], [1023, '1023 bytes'], [1024, '1 KB'], [1536, '1.5 KB'], [1024 * 1024, '1 MB'], [5 * 1024 * 1024, '5 MB'], [1.25 * 1024 * 1024, '1.3 MB']];
    for (const [n, s] of rows) it(`${n} → ${s}`, () => assert.equal(formatBytes(n), s));
  });
});
