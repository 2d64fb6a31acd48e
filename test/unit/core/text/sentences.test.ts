// Sentence units: lines first (headings, datelines, list items, metadata), then sentences, with the
// guards a news text needs (abbreviations, initials, decimals, versions, closing quotes).

import assert from 'node:assert/strict';
import { maskMarkup } from '../../../../src/core/text/markup';
import { segment, splitSentences, isDateline, isTitleCase } from '../../../../src/core/text/sentences';
import type { UnitKind } from '../../../../src/core/model';

interface U {
  kind: UnitKind;
  text: string;
  titleCase?: boolean;
}

function unitsOf(text: string, format: 'markdown' | 'plain' = 'markdown'): (U & { start: number; end: number })[] {
  const m = maskMarkup(text, format);
  return segment({ text, scan: m.scan, starts: m.starts, lineKinds: m.lineKinds }).map((u) => ({ kind: u.kind, text: text.slice(u.start, u.end), titleCase: u.titleCase, start: u.start, end: u.end }));
}

function sentencesOf(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('text/sentences', () => {
  describe('splitSentences: boundaries that survive abbreviations, numbers and quotes', () => {
    const rows: { name: string; text: string; sentences: string[] }[] = [
      { name: '"U.S." mid-sentence', text: 'The U.S. economy grew. It slowed later.', sentences: ['The U.S. economy grew.', 'It slowed later.'] },
      { name: '"U.S." ending a sentence before a starter word', text: 'It was built in the U.S. The rest was imported.', sentences: ['It was built in the U.S.', 'The rest was imported.'] },
      { name: '"U.K." ending a sentence before a plural noun starter', text: 'Shares fell 3.5% in the U.K. Analysts were surprised.', sentences: ['Shares fell 3.5% in the U.K.', 'Analysts were surprised.'] },
      { name: 'titles: "Dr."', text: 'Dr. Smith agreed. Then he left.', sentences: ['Dr. Smith agreed.', 'Then he left.'] },
      { name: 'titles: "Gen."', text: 'He met Gen. Smith. They talked.', sentences: ['He met Gen. Smith.', 'They talked.'] },
      { name: 'abbreviated month with day and year', text: 'It launched on Oct. 27, 2024. Then it fell.', sentences: ['It launched on Oct. 27, 2024.', 'Then it fell.'] },
      { name: 'decimal before the final period', text: 'It scored 42.8. The rival scored 40.', sentences: ['It scored 42.8.', 'The rival scored 40.'] },
      { name: 'a sentence may start with digits', text: 'It scored 42.8. 40 others scored lower.', sentences: ['It scored 42.8.', '40 others scored lower.'] },
      { name: 'money with a decimal', text: 'It cost $4.5 billion. Then it grew.', sentences: ['It cost $4.5 billion.', 'Then it grew.'] },
      { name: 'version "GPT-5.4."', text: 'OpenAI released GPT-5.4. It was fast.', sentences: ['OpenAI released GPT-5.4.', 'It was fast.'] },
      { name: 'version "v4.0" mid-sentence and at the end', text: 'Index v4.0 is new. Built in v4.0. Released in v4.1.', sentences: ['Index v4.0 is new.', 'Built in v4.0.', 'Released in v4.1.'] },
      { name: 'initials', text: 'J. Smith wrote it. He left.', sentences: ['J. Smith wrote it.', 'He left.'] },
      { name: 'company suffix mid-sentence', text: 'Acme Corp. and Beta Inc. merged. Shares rose.', sentences: ['Acme Corp. and Beta Inc. merged.', 'Shares rose.'] },
      { name: 'company suffix ending a sentence', text: 'It was made by Acme Corp. The firm grew.', sentences: ['It was made by Acme Corp.', 'The firm grew.'] },
      { name: '"No." and "Fig." before numbers', text: 'It is No. 1 in sales. See Fig. 3 for details.', sentences: ['It is No. 1 in sales.', 'See Fig. 3 for details.'] },
      { name: 'closing curly quote after the period', text: 'He said “It is over.” She agreed.', sentences: ['He said “It is over.”', 'She agreed.'] },
      { name: 'closing straight quote and parenthesis', text: 'It was "final." (Nobody agreed.) Then silence.', sentences: ['It was "final."', '(Nobody agreed.)', 'Then silence.'] },
      { name: 'question mark', text: 'Is it fast? Yes, it is.', sentences: ['Is it fast?', 'Yes, it is.'] },
      { name: 'exclamation mark', text: 'It rose 12%! Then it fell.', sentences: ['It rose 12%!', 'Then it fell.'] },
      { name: 'ellipsis', text: 'It waited… Then it moved.', sentences: ['It waited…', 'Then it moved.'] },
      { name: 'no break before lower case', text: 'It cost approx. 5 dollars. it is e.g. cheap.', sentences: ['It cost approx. 5 dollars. it is e.g. cheap.'] },
      { name: 'no split without whitespace', text: 'See example.com/a.b for more.', sentences: ['See example.com/a.b for more.'] },
    ];
    for (const r of rows) {
      it(r.name, () => assert.deepEqual(sentencesOf(r.text), r.sentences));
    }

    it('splits only inside [start, end) and reports offsets into the whole text', () => {
      const text = 'Skip this. First one. Second one. Skip too.';
      const start = text.indexOf('First');
      const end = text.indexOf(' Skip too');
      const out = splitSentences(text, start, end);
      assert.deepEqual(out, [
        { start, end: start + 'First one.'.length },
        { start: text.indexOf('Second'), end },
      ]);
    });
  });

  describe('segment: lines that are units of their own', () => {
    it('headings, datelines, list items, paragraphs', () => {
      const text = '# Meta Launches Muse Spark\n\nBy Jane Doe | The Wire | April 9, 2026\n\n- First item. Second sentence.\n- Another item\n\nThe model is fast. It is cheap.';
      assert.deepEqual(unitsOf(text).map(({ kind, text: t }) => ({ kind, text: t })), [
        { kind: 'heading', text: 'Meta Launches Muse Spark' },
        { kind: 'dateline', text: 'By Jane Doe | The Wire | April 9, 2026' },
        { kind: 'list-item', text: 'First item.' },
        { kind: 'sentence', text: 'Second sentence.' },
        { kind: 'list-item', text: 'Another item' },
        { kind: 'sentence', text: 'The model is fast.' },
        { kind: 'sentence', text: 'It is cheap.' },
      ]);
    });

    it('an emphasised outlet line with a date is a dateline, its asterisks outside the unit', () => {
      const text = '*Outlet — Apr 10, 2026*\n\nBody text here.';
      const units = unitsOf(text);
      assert.deepEqual(units[0], { kind: 'dateline', text: 'Outlet — Apr 10, 2026', titleCase: false, start: 1, end: 22 });
    });

    it('units have exact offsets and are trimmed', () => {
      const text = '  Leading space.   Trailing space.  \n';
      const units = unitsOf(text, 'plain');
      assert.deepEqual(units.map((u) => [u.start, u.end, u.text]), [
        [2, 16, 'Leading space.'],
        [19, 34, 'Trailing space.'],
      ]);
    });

    it('a wrapped Markdown paragraph is one unit until its sentence ends', () => {
      const text = 'The model\nwas released by Meta and\nit is fast. Next sentence\ncontinues here.';
      assert.deepEqual(unitsOf(text).map((u) => u.text), ['The model\nwas released by Meta and\nit is fast.', 'Next sentence\ncontinues here.']);
    });

    it('one paragraph per line (scraped news): lines ending in punctuation are separate', () => {
      const text = 'The model is fast.\nThe model is cheap.';
      assert.deepEqual(unitsOf(text).map((u) => u.text), ['The model is fast.', 'The model is cheap.']);
    });

    it('a wrapped block quote is one unit', () => {
      const text = '> A quote that\n> wraps lines.';
      const units = unitsOf(text);
      assert.equal(units.length, 1);
      assert.equal(units[0].kind, 'sentence');
      assert.equal(units[0].start, 2);
      assert.equal(units[0].end, text.length);
    });

    it('a short line without final punctuation is a heading in plain text', () => {
      const text = 'Plain Heading Line\nThe first sentence is here. The second is here.';
      assert.deepEqual(unitsOf(text, 'plain').map(({ kind, text: t }) => [kind, t]), [
        ['heading', 'Plain Heading Line'],
        ['sentence', 'The first sentence is here.'],
        ['sentence', 'The second is here.'],
      ]);
    });

    it('bracketed machine metadata and "Sources:" lines are meta units', () => {
      const text = '[TIMESTAMP: 2026-04-10]\nSources: Reuters, Bloomberg\nTags: AI, Meta\n\nBody sentence here.';
      assert.deepEqual(unitsOf(text).map(({ kind, text: t }) => [kind, t]), [
        ['meta', '[TIMESTAMP: 2026-04-10]'],
        ['meta', 'Sources: Reuters, Bloomberg'],
        ['meta', 'Tags: AI, Meta'],
        ['sentence', 'Body sentence here.'],
      ]);
    });

    it('code, rules, blank lines and front matter make no units', () => {
      const text = '---\ndate: 2026-04-10\n---\n\n```\ncode here.\n```\n\n***\n\nOnly this.';
      assert.deepEqual(unitsOf(text).map((u) => u.text), ['Only this.']);
    });

    it('table rows are sentence units', () => {
      const text = '| Model | Score |\n|---|---|\n| Muse Spark | 52 |';
      assert.deepEqual(unitsOf(text).map((u) => u.kind), ['sentence', 'sentence']);
    });

    it('units are ordered and disjoint', () => {
      const text = '# Head\n\nApril 9, 2026\n\n1. One. Two.\n2. Three\n\nFour. Five? Six!';
      const units = unitsOf(text);
      for (let i = 1; i < units.length; i++) assert.ok(units[i - 1].end <= units[i].start);
    });

    it('empty and whitespace-only text make no units', () => {
      assert.deepEqual(unitsOf(''), []);
      assert.deepEqual(unitsOf(' \n\t\r\n '), []);
    });
  });

  describe('isDateline', () => {
    const yes = [
      'April 9, 2026',
      '14 April 2026',
      'Sunday, April 12, 2026',
      '2026-04-10',
      '4/9/2026',
      'Published 2026-04-16',
      'Posted on 9 April 2026',
      'Updated: April 9, 2026 at 10:00 a.m.',
      'By Jane Doe | The Wire | April 9, 2026',
      '*Outlet — Apr 10, 2026*',
      '**Northbridge Capital Research | Internet sector | 14 April 2026**',
      'Circuit Daily — Benchmarks desk — Apr 10, 2026',
    ];
    const no = [
      'Meta launched the model on April 9, 2026.',
      'April 9, 2026 is when Meta launched the model',
      'By Jane Doe',
      'The Wire | Technology',
      'Model Drift - notes on AI releases',
      'Meta Unveils Muse Spark',
      '',
    ];
    for (const t of yes) it(`dateline: ${JSON.stringify(t)}`, () => assert.equal(isDateline(t), true));
    for (const t of no) it(`not a dateline: ${JSON.stringify(t)}`, () => assert.equal(isDateline(t), false));
  });

  describe('isTitleCase (headline style)', () => {
    const rows: [string, boolean][] = [
      ['Meta Unveils Muse Spark With Bold Claims', true],
      ['Muse Spark: Where Meta’s New Model Leads, and Where It Trails', true],
      ['IBM AND AMD SIGN DEAL', true],
      ['Meta unveils Muse Spark, the first closed model from its lab', false],
      ['The model is fast and cheap to run.', false],
      ['Hello', false],
      ['', false],
    ];
    for (const [s, expected] of rows) it(`${JSON.stringify(s)} → ${expected}`, () => assert.equal(isTitleCase(s), expected));

    it('a headline line is marked titleCase; a sentence full of names ending with a period is not', () => {
      const text = 'Meta Unveils Muse Spark, Its First Closed Model\n\nMark Zuckerberg, Alexandr Wang And Nat Friedman Met In Menlo Park.';
      const units = unitsOf(text);
      assert.deepEqual(units.map((u) => [u.kind, u.titleCase]), [
        ['heading', true],
        ['sentence', false],
      ]);
    });

    it('a Markdown heading in sentence case is a heading but not titleCase', () => {
      const units = unitsOf('## A break with the past in open models\n');
      assert.deepEqual(units.map((u) => [u.kind, u.titleCase]), [['heading', false]]);
    });
  });
});
