// Properties of the whole analysis on arbitrary text: it never throws, every span lies inside the text and
// matches its text, figures never overlap, entity mentions never straddle, units are ordered and disjoint.
// Plus a few adversarial inputs that must simply not throw (speed belongs in the benchmarks).

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseDocument } from '../../../src/core/analyse';
import type { AnalysisOptions, DocAnalysis, Span } from '../../../src/core/model';

/** Pieces of news text, Markdown and troublemakers, joined by arbitrary separators. */
const FRAGMENTS = [
  'Meta', 'Meta Platforms', 'GPT-5.4', 'Claude Opus 4.6', 'Llama 4 Scout', 'Qwen2.5-Max', 'Index v4.0', 'Kimi K2.6', 'H100', 'COVID-19', 'Wang said', 'said Wang',
  'CEO Mark Zuckerberg', 'Northwind Robotics (NWR)', 'according to Bloomberg', 'Artificial Analysis', 'HealthBench Hard', 'Coastal Highway 12',
  '$2 billion', 'US$35.1bn', '€4.2 million', '£300m', 'USD 5', '12%', '3.5 percentage points', '40-45%', '2–4%', 'between 40 and 45', 'from 300 to 400',
  'more than', 'nearly', 'up to', 'at least', 'about', '3 billion monthly active users', '58M output tokens', '1,000 physicians', 'scored 52', '(20.6)',
  'one-tenth', 'two-thirds', 'half of', '2x', 'twice', 'ranks fourth', '3rd place', 'top-5', 'No. 1', 'third-largest', 'nine months', 'a nine-month rebuild',
  '72 hours', 'April 8, 2026', '8 April 2026', '2026-04-10', 'April 2026', 'on Tuesday', 'last year', 'in six months', 'today', 'for 2026', '2000 people',
  'SAN FRANCISCO, April 9, 2026 —', 'By Jane Doe | The Wire | April 9, 2026', '[TIMESTAMP: 2026-04-10]', 'U.S.', 'Dr.', 'Oct. 27, 2024.', '42.8.', '10:30',
  '5 p.m.', 'https://example.com/2024/05/a-300', 'press@example.com', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf',
  '# ', '## ', '- ', '* ', '1. ', '2) ', '> ', '```', '~~~', '`', '**', '__', '~~', '[', ']', '(', ')', '](', '![', '[^1]', '<!--', '-->', '<b>', '|', '|---|',
  '---', '\\', '#', '.', '?', '!', ',', ';', ':', '"', '“', '”', '’s', "'", '—', '–', '-', '…', '%', '$', '€', '😀', 'é', 'e\u0301', '\u00a0', '\ufeff', '\u2028',
  '\t', '\n', '\r\n', '\r', '\n\n', '0', '1', '9', '12', '1,000', '3.14', '2026',
  'to', 'and', 'from', 'between', 'of', 'the', 'a', 'in', 'on', 'times', 'percent', 'per cent', 'months', 'million', 'bn', 'M', 'USD', 'rose', 'fell', 'will',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9.,]{1,8}$/) },
);
const separator = fc.constantFrom(' ', '', ' ', '\n', '. ', ', ');
const documentText = fc.array(fc.tuple(fragment, separator), { maxLength: 40 }).map((parts) => parts.map(([f, s]) => f + s).join(''));
const options = fc.record({
  format: fc.constantFrom<AnalysisOptions['format']>('markdown', 'plain'),
  referenceDate: fc.constantFrom<string | undefined>(undefined, '2026-11-22', '2026-02-01'),
});

/** Fixed seeds keep the suite reproducible; to explore, drop the seed and raise numRuns locally. */
const SEED = 20260410;

function assertSpan(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${what}: span ${s.start}..${s.end} outside 0..${text.length}`);
}

/** Every invariant of an analysis; throws (an assertion) on the first broken one. */
function checkInvariants(text: string, a: DocAnalysis): void {
  assert.equal(a.length, text.length);

  // Units: inside the text, ordered and disjoint.
  a.units.forEach((u, i) => {
    assertSpan(text, u, `unit ${i}`);
    if (i > 0) assert.ok(a.units[i - 1].end <= u.start, `units ${i - 1} and ${i} overlap or are out of order`);
  });

  // Figures: inside the text, text matches, ordered, never overlapping; qualifiers stand before them.
  const ids = new Set<string>();
  a.figures.forEach((f, i) => {
    assertSpan(text, f, `figure ${f.id}`);
    assert.equal(text.slice(f.start, f.end), f.text, `figure ${f.id} text`);
    assert.ok(!ids.has(f.id), `duplicate figure id ${f.id}`);
    ids.add(f.id);
    assert.ok(f.unit_index >= 0 && f.unit_index < a.units.length, `figure ${f.id} unit_index`);
    const u = a.units[f.unit_index];
    assert.ok(u.start <= f.start && f.end <= u.end, `figure ${f.id} "${f.text}" outside its unit`);
    if (f.qualifierSpan) {
      assertSpan(text, f.qualifierSpan, `qualifier of ${f.id}`);
      assert.equal(text.slice(f.qualifierSpan.start, f.qualifierSpan.end), f.qualifierText);
      assert.ok(f.qualifierSpan.end <= f.start, `qualifier of ${f.id} overlaps it`);
    }
    if (i > 0) {
      const p = a.figures[i - 1];
      assert.ok(p.end <= f.start, `figures "${p.text}"@${p.start} and "${f.text}"@${f.start} overlap`);
    }
  });
  assert.equal(a.quantities.length, a.figures.length);

  // Entity mentions: inside the text, text matches; any two are disjoint or nested, never straddling.
  const mentions = a.entities.flatMap((e) => {
    assert.ok(e.mentions.length > 0, `entity ${e.key} without mentions`);
    return e.mentions;
  });
  for (const m of mentions) {
    assertSpan(text, m, `mention "${m.text}"`);
    // A name wrapped over a line break is reported with single spaces.
    assert.equal(text.slice(m.start, m.end).replace(/\s+/g, ' '), m.text, `mention text at ${m.start}`);
  }
  const sorted = [...mentions].sort((x, y) => x.start - y.start || y.end - x.end);
  const open: Span[] = [];
  for (const m of sorted) {
    while (open.length && open[open.length - 1].end <= m.start) open.pop();
    const outer = open[open.length - 1];
    assert.ok(!outer || m.end <= outer.end, `mentions ${outer?.start}..${outer?.end} and ${m.start}..${m.end} ("${m.text}") straddle`);
    open.push(m);
  }

  // Claims: inside the text, text matches, figures exist.
  for (const c of a.claims) {
    assertSpan(text, c, `claim ${c.id}`);
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(c.score >= 0 && c.score <= 1);
    for (const id of c.figures) assert.ok(ids.has(id), `claim ${c.id} names unknown figure ${id}`);
    if (c.attribution) {
      assertSpan(text, c.attribution, `attribution of ${c.id}`);
      assert.ok(c.start <= c.attribution.start && c.attribution.end <= c.end);
    }
  }

  if (a.publishedSpan) assertSpan(text, a.publishedSpan, 'publishedSpan');
}

describe('properties of analyseDocument', () => {
  it('never throws and keeps every invariant on arbitrary news-like text', () => {
    fc.assert(
      fc.property(documentText, options, (text, opts) => {
        checkInvariants(text, analyseDocument(text, opts));
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('never throws and keeps every invariant on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), options, (text, opts) => {
        checkInvariants(text, analyseDocument(text, opts));
      }),
      { numRuns: 300, seed: SEED + 1 },
    );
  });

  it('is deterministic: the same text gives the same analysis', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        assert.deepEqual(analyseDocument(text), analyseDocument(text));
      }),
      { numRuns: 100, seed: SEED + 2 },
    );
  });

  describe('adversarial inputs must not throw', () => {
    const cases: [string, () => string][] = [
      ['a 100,000-digit run', () => '7'.repeat(100_000)],
      ['a 50,000-character line of words', () => 'the Model said Meta grew and '.repeat(1_725)],
      ['a 50,000-character line without spaces', () => 'x'.repeat(50_000)],
      ['1,000 nested brackets', () => '['.repeat(1_000) + 'Meta' + ']'.repeat(1_000)],
      ['1,000 nested parentheses', () => '('.repeat(1_000) + '12%' + ')'.repeat(1_000)],
      ['1,000 unclosed link openers', () => '[a]('.repeat(1_000)],
      ['50,000 asterisks', () => '*'.repeat(50_000)],
      ['50,000 backticks', () => '`'.repeat(50_000)],
      ['10,000 empty lines', () => '\n'.repeat(10_000)],
      ['10,000 CRLF list items', () => '1. x\r\n'.repeat(10_000)],
      ['lone surrogates', () => '\ud800 12% \udc00 $3 \ud83d'],
    ];
    for (const [name, make] of cases) {
      it(name, () => {
        const text = make();
        for (const format of ['markdown', 'plain'] as const) checkInvariants(text, analyseDocument(text, { format }));
      });
    }
  });
});
