// The cache-key hash: equal texts hash equal, any change changes the hash.

import assert from 'node:assert/strict';
import { hashText } from '../../../../src/core/text/hash';

describe('text/hash', () => {
  it('is deterministic', () => {
    assert.equal(hashText('Revenue rose 12%.'), hashText('Revenue rose 12%.'));
    assert.equal(hashText(''), hashText(''));
  });

  it('has the form <16 hex digits>:<length in base 36>', () => {
    assert.match(hashText('abc'), /^[0-9a-f]{16}:3$/);
    assert.match(hashText('x'.repeat(1000)), /^[0-9a-f]{16}:rs$/);
    assert.match(hashText(''), /^[0-9a-f]{16}:0$/);
  });

  it('differs for texts that differ by one character, order, case, line ending or BOM', () => {
    const variants = ['Revenue rose 12%.', 'Revenue rose 13%.', 'revenue rose 12%.', 'Revenue rose 12 %.', '12% rose Revenue.', 'Revenue rose 12%.\n', 'Revenue rose 12%.\r\n', '\ufeffRevenue rose 12%.', 'ab', 'ba', '', ' '];
    const hashes = variants.map((v) => hashText(v));
    assert.equal(new Set(hashes).size, variants.length);
  });

  it('has no collisions over many short similar strings', () => {
    const seen = new Map<string, string>();
    for (let i = 0; i < 20000; i++) {
      const s = `figure ${i}`;
      const h = hashText(s);
      assert.ok(!seen.has(h), `${s} collides with ${seen.get(h)}`);
      seen.set(h, s);
    }
  });

  it('a seed changes the hash', () => {
    assert.notEqual(hashText('abc', 1), hashText('abc'));
    assert.equal(hashText('abc', 1), hashText('abc', 1));
  });
});
