import * as assert from 'node:assert/strict';
import { combineGlobs, isIncluded, matchGlob } from '../../../src/extension/glob';
import { DEFAULT_EXCLUDE } from '../../../src/extension/settings';

describe('glob matching', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.{md,txt}', 'a.md', true],
    ['**/*.{md,txt}', 'story/b.txt', true],
    ['**/*.{md,txt}', 'story/deep/c.md', true],
    ['**/*.{md,txt}', 'story/c.mdx', false],
    ['**/*.{md,txt}', 'story/md', false],
    ['*.md', 'a.md', true],
    ['*.md', 'x/a.md', false],
    ['**/node_modules/**', 'node_modules/x/readme.md', true],
    ['**/node_modules/**', 'a/node_modules/b.md', true],
    ['**/node_modules/**', 'a/node_modules2/b.md', false],
    ['drafts/**', 'drafts/a.md', true],
    ['drafts/**', 'x/drafts/a.md', false],
    ['**/0[12]-*', 'story/01-a.md', true],
    ['**/0[12]-*', 'story/03-a.md', false],
    ['**/0[!12]-*', 'story/03-a.md', true],
    ['a?.md', 'ab.md', true],
    ['a?.md', 'a/.md', false],
    ['**/notes (old)/*.md', 'x/notes (old)/a.md', true],
    ['**/a+b.md', 'a+b.md', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(matchGlob(glob, path), expected));
  }

  it('applies include and exclude together', () => {
    assert.ok(isIncluded('story/a.md', '**/*.{md,txt}', DEFAULT_EXCLUDE));
    assert.ok(!isIncluded('node_modules/pkg/README.md', '**/*.{md,txt}', DEFAULT_EXCLUDE));
    assert.ok(!isIncluded('.git/info/exclude.txt', '**/*.{md,txt}', DEFAULT_EXCLUDE));
    assert.ok(!isIncluded('story/a.json', '**/*.{md,txt}', DEFAULT_EXCLUDE));
  });

  it('combines exclude patterns into one glob for findFiles', () => {
    assert.equal(combineGlobs([]), undefined);
    assert.equal(combineGlobs(['a/**']), 'a/**');
    assert.equal(combineGlobs(['a/**', '**/b']), '{a/**,**/b}');
  });
});
