// Masking markup: the scan text keeps every offset (same length, line breaks kept) and blanks what is
// syntax rather than prose, so digits in URLs, code and list markers never reach the figure reader.

import assert from 'node:assert/strict';
import { maskMarkup } from '../../../../src/core/text/markup';
import { spanOf } from '../helpers';

/** The characters of `text` the scan keeps (not blanked), trimmed and with runs of spaces collapsed. */
function kept(scan: string): string {
  return scan.replace(/\s+/g, ' ').trim();
}

function assertMasked(text: string, scan: string, needle: string, occurrence = 0): void {
  const { start, end } = spanOf(text, needle, occurrence);
  assert.match(scan.slice(start, end), /^[ \r\n]*$/, `"${needle}" should be masked, scan has ${JSON.stringify(scan.slice(start, end))}`);
}

function assertKept(text: string, scan: string, needle: string, occurrence = 0): void {
  const { start, end } = spanOf(text, needle, occurrence);
  assert.equal(scan.slice(start, end), needle, `"${needle}" should be kept`);
}

describe('text/markup', () => {
  describe('length and line breaks are preserved', () => {
    const samples = [
      '',
      '# Title\n\n- a\n- b\n',
      '---\ndate: 2026-04-10\n---\r\nBody [x](http://a.b/1) `c` **d**\r\n',
      '```\ncode 42\n```\n| a | 1 |\n|---|---|\n| b | 2 |\n',
      '\ufeffBOM first\rold mac line\r',
      '[[[[(((( unbalanced ]] ** __ ~~ `` <a href="x">y</a> <!-- c -->',
    ];
    for (const text of samples) {
      it(JSON.stringify(text).slice(0, 60), () => {
        for (const format of ['markdown', 'plain'] as const) {
          const { scan } = maskMarkup(text, format);
          assert.equal(scan.length, text.length);
          for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c === '\n' || c === '\r') assert.equal(scan[i], c, `line break at ${i} (${format})`);
            else assert.ok(scan[i] === c || scan[i] === ' ', `offset ${i} changed to ${JSON.stringify(scan[i])} (${format})`);
          }
        }
      });
    }
  });

  describe('Markdown', () => {
    it('heading markers (opening and closing #) are masked, the heading text kept', () => {
      const text = '## Revenue in 2026 ##\nBody.';
      const { scan, lineKinds } = maskMarkup(text, 'markdown');
      assertMasked(text, scan, '## ');
      assertMasked(text, scan, ' ##');
      assertKept(text, scan, 'Revenue in 2026');
      assert.deepEqual(lineKinds, ['heading', 'text']);
    });

    it('"#47" without a space is not a heading', () => {
      const text = '#47 is an issue number';
      const { scan, lineKinds } = maskMarkup(text, 'markdown');
      assert.equal(scan, text);
      assert.deepEqual(lineKinds, ['text']);
    });

    it('list markers are masked and recorded in listMarkers', () => {
      const text = '- first\n* second\n+ third\n1. fourth\n12) fifth\n  • sixth';
      const { scan, listMarkers, lineKinds } = maskMarkup(text, 'markdown');
      const markers = [spanOf(text, '-'), spanOf(text, '*'), spanOf(text, '+'), spanOf(text, '1.'), spanOf(text, '12)'), spanOf(text, '•')];
      assert.deepEqual(listMarkers, markers);
      for (const m of markers) assert.match(scan.slice(m.start, m.end), /^ +$/);
      assert.equal(kept(scan), 'first second third fourth fifth sixth');
      assert.deepEqual(lineKinds, ['list', 'list', 'list', 'list', 'list', 'list']);
    });

    it('a number opening a sentence is not a list marker', () => {
      for (const text of ['1.5 million people voted.', '2026 was a year.', '3.Not a marker', '1000. Too many digits']) {
        const { scan, listMarkers } = maskMarkup(text, 'markdown');
        assert.deepEqual(listMarkers, [], text);
        assert.equal(scan, text);
      }
    });

    it('link text is kept; brackets and the URL are masked', () => {
      const text = 'See [the 2026 report](https://example.com/r/300?x=4) now.';
      const { scan } = maskMarkup(text, 'markdown');
      assertKept(text, scan, 'the 2026 report');
      assertMasked(text, scan, '[');
      assertMasked(text, scan, '](https://example.com/r/300?x=4)');
      assertKept(text, scan, 'See ');
      assertKept(text, scan, ' now.');
    });

    it('images keep their alt text; reference links keep their text', () => {
      const text = '![Chart of 40% growth](img/1.png) and [a source][ref1].';
      const { scan } = maskMarkup(text, 'markdown');
      assertMasked(text, scan, '![');
      assertKept(text, scan, 'Chart of 40% growth');
      assertMasked(text, scan, '](img/1.png)');
      assertKept(text, scan, 'a source');
      assertMasked(text, scan, '][ref1]');
    });

    it('reference definitions and footnote references are masked', () => {
      const text = 'A claim[^1] here.\n\n[ref1]: https://example.com/2024/05';
      const { scan } = maskMarkup(text, 'markdown');
      assertMasked(text, scan, '[^1]');
      assertMasked(text, scan, '[ref1]: https://example.com/2024/05');
      assertKept(text, scan, 'A claim');
    });

    it('inline code is masked, including double-backtick spans', () => {
      const text = 'Run `npm i 42` or ``a ` b 7`` then stop.';
      const { scan } = maskMarkup(text, 'markdown');
      assertMasked(text, scan, '`npm i 42`');
      assertMasked(text, scan, '``a ` b 7``');
      assert.equal(kept(scan), 'Run or then stop.');
    });

    it('fenced code blocks (``` and ~~~) are masked, fences included', () => {
      const text = 'Before.\n```ts\nconst users = 3_000_000;\n```\n~~~\n42 apples\n~~~\nAfter.';
      const { scan, lineKinds } = maskMarkup(text, 'markdown');
      assert.equal(kept(scan), 'Before. After.');
      assert.deepEqual(lineKinds, ['text', 'code', 'code', 'code', 'code', 'code', 'code', 'text']);
    });

    it('an unclosed fence masks to the end', () => {
      const text = 'Intro.\n```\n12 lines\nof 34 code';
      assert.equal(kept(maskMarkup(text, 'markdown').scan), 'Intro.');
    });

    it('indented code after a blank line is masked', () => {
      const text = 'Para.\n\n    x = 12\n    y = 13\n\nNext.';
      assert.equal(kept(maskMarkup(text, 'markdown').scan), 'Para. Next.');
    });

    it('emphasis markers are masked, the words kept; intra-word underscores stay', () => {
      const text = 'It is **very** _fast_ and ~~slow~~ with snake_case_name and 2 * 3.';
      const { scan } = maskMarkup(text, 'markdown');
      assert.equal(kept(scan), 'It is very fast and slow with snake_case_name and 2 * 3.');
    });

    it('YAML front matter is masked and its span recorded', () => {
      const text = '---\ntitle: Launch\ndate: 2026-04-10\n---\nBody text.';
      const { scan, frontMatter, lineKinds } = maskMarkup(text, 'markdown');
      assert.deepEqual(frontMatter, { start: 0, end: spanOf(text, '---', 1).end });
      assert.equal(kept(scan), 'Body text.');
      assert.deepEqual(lineKinds, ['meta', 'meta', 'meta', 'meta', 'text']);
    });

    it('a thematic break is not front matter when nothing closes it', () => {
      const text = '---\nJust a rule above.';
      const { frontMatter } = maskMarkup(text, 'markdown');
      assert.equal(frontMatter, undefined);
    });

    it('tables: pipes and the separator row are masked, cells kept', () => {
      const text = '| Model | Score |\n|:------|------:|\n| Muse Spark | 52 |';
      const { scan, lineKinds } = maskMarkup(text, 'markdown');
      assert.equal(kept(scan), 'Model Score Muse Spark 52');
      assert.deepEqual(lineKinds, ['table', 'rule', 'table']);
    });

    it('HTML tags, autolinks and comments are masked', () => {
      const text = 'Go <a href="https://x.io/9">here</a> or <https://y.io/7>.\n<!-- note 42 -->\nEnd.';
      const { scan } = maskMarkup(text, 'markdown');
      assert.equal(kept(scan), 'Go here or . End.');
    });

    it('a multi-line HTML comment is masked until it closes', () => {
      const text = '<!--\nhidden 12\n-->\nShown 3.';
      assert.equal(kept(maskMarkup(text, 'markdown').scan), 'Shown 3.');
    });

    it('block quote markers are masked, the quote kept', () => {
      const text = '> Revenue rose 12%.\n> > Nested 3.';
      const { scan, lineKinds } = maskMarkup(text, 'markdown');
      assert.equal(kept(scan), 'Revenue rose 12%. Nested 3.');
      assert.deepEqual(lineKinds, ['quote', 'quote']);
    });

    it('setext underlines make the line above a heading and are masked', () => {
      const text = 'Big News\n========\nBody.';
      const { scan, lineKinds } = maskMarkup(text, 'markdown');
      assert.deepEqual(lineKinds, ['heading', 'rule', 'text']);
      assert.equal(kept(scan), 'Big News Body.');
    });

    it('backslash escapes are masked, the escaped character kept', () => {
      const text = 'Price \\*not\\* emphasis \\# 5';
      assert.equal(maskMarkup(text, 'markdown').scan, 'Price  *not * emphasis  # 5');
    });

    it('bare URLs and e-mail addresses are masked, trailing punctuation kept', () => {
      const text = 'Read https://example.com/2024/05/a-300. Mail press2024@example.com, or www.x.org/v2.';
      const { scan } = maskMarkup(text, 'markdown');
      assertMasked(text, scan, 'https://example.com/2024/05/a-300');
      assertMasked(text, scan, 'press2024@example.com');
      assertMasked(text, scan, 'www.x.org/v2');
      assert.equal(kept(scan), 'Read . Mail , or .');
    });

    it('a BOM is masked', () => {
      const text = '\ufeffHello';
      assert.equal(maskMarkup(text, 'markdown').scan, ' Hello');
    });
  });

  describe('plain format', () => {
    it('masks URLs and list markers only; Markdown syntax stays', () => {
      const text = '# Title 1\n- item **2**\n3. step `x`\nSee https://example.com/4 and [a](b).';
      const { scan, listMarkers, frontMatter } = maskMarkup(text, 'plain');
      assert.deepEqual(listMarkers, [spanOf(text, '-'), spanOf(text, '3.')]);
      assert.equal(scan, text.replace('- item', '  item').replace('3. step', '   step').replace('https://example.com/4', ' '.repeat('https://example.com/4'.length)));
      assert.equal(frontMatter, undefined);
    });

    it('front matter is not recognised in plain text', () => {
      const text = '---\ndate: 2026-04-10\n---\nBody.';
      const { scan, frontMatter } = maskMarkup(text, 'plain');
      assert.equal(frontMatter, undefined);
      assert.equal(scan, text);
    });

    it('fences are not code in plain text', () => {
      const text = '```\n42 apples\n```';
      assert.equal(maskMarkup(text, 'plain').scan, text);
    });
  });
});
