// Cases found by reviewing the extractors (and by property tests): each once produced a wrong reading.

import assert from 'node:assert/strict';
import { analyseDocument } from '../../../../src/core/analyse';
import { maskMarkup } from '../../../../src/core/text/markup';
import { entityKey } from '../../../../src/core/extract/entities';

const figures = (text: string, format: 'markdown' | 'plain' = 'plain') => analyseDocument(text, { format, referenceDate: '2026-11-22' }).figures;
const one = (text: string, surface: string) => {
  const f = figures(text).find((x) => x.text === surface);
  assert.ok(f, `no figure "${surface}" in ${JSON.stringify(text)}: ${figures(text).map((x) => x.text).join(', ')}`);
  return f;
};

describe('extractor regressions', () => {
  it('a duration followed by "to" and nothing numeric does not throw', () => {
    assert.equal(one('It took nine months to', 'nine months').value, 9);
    assert.doesNotThrow(() => analyseDocument('It took nine months – $'));
  });
  it('"rose 5 percent to $3 billion" is a change and a level, not a range', () => {
    const f = one('Sales rose 5 percent to $3 billion.', '5 percent');
    assert.equal(f.value, 5);
    assert.equal(f.low, undefined);
    assert.equal(one('Sales rose 5 percent to $3 billion.', '$3 billion').value, 3e9);
  });
  it('keeps a single-digit low end of a range', () => {
    const low = one('Margins were 2–4% last year.', '2');
    assert.deepEqual([low.low, low.high], [2, 4]);
    assert.equal(one('Wait 3-5 days.', '3').high, 5);
  });
  it('reads "2000 people" as a count, "its 2024 peak" as a year', () => {
    assert.equal(one('It hired 2000 people.', '2000').kind, 'count');
    assert.equal(one('It hired 1999 staff.', '1999').noun, 'staff');
    assert.equal(one('Sales are below its 2024 peak.', '2024').kind, 'date');
  });
  it('ends a counted noun at an irregular plural or a participle', () => {
    assert.equal(one('40 people died in the fire.', '40').noun, 'people');
    assert.equal(one('The firm has 300 staff worldwide.', '300').noun, 'staff');
    assert.equal(one('An estimated 40,000 homes lost power.', '40,000').noun, 'homes');
  });
  it('a clock time is not a figure', () => {
    assert.deepEqual(figures('The talk starts at 5 p.m. sharp.').map((f) => f.text), []);
  });
  it('reads spaced compound numbers', () => {
    assert.equal(one('It hired forty two engineers.', 'forty two').value, 42);
    assert.equal(one('It hired two dozen engineers.', 'two dozen').value, 24);
  });
  it('two figures never share a currency code', () => {
    const fs = figures('It cost 12 USD 5 days ago.');
    for (let i = 1; i < fs.length; i++) assert.ok(fs[i].start >= fs[i - 1].end, JSON.stringify(fs.map((f) => f.text)));
  });
  it('bracketed metadata in Markdown is not a reference link', () => {
    const a = analyseDocument('[SOURCE: Wire][TIMESTAMP: 2026-04-10]\n\nAcme rose 5%.', { format: 'markdown' });
    assert.equal(a.published, '2026-04-10');
  });
  it('a dateline without a year on its own line is the publication date', () => {
    assert.equal(analyseDocument('By Jane Doe | The Wire | March 3\n\nAcme launched the phone on Tuesday.', { referenceDate: '2026-11-22' }).published, '2026-03-03');
  });
  it('finds a date at the end of a sentence read in a batch with others', () => {
    const a = analyseDocument('Sales rose on March 3\n\nThe model launched on Tuesday.', { referenceDate: '2026-11-22' });
    assert.ok(a.figures.some((f) => f.text === 'March 3' && f.kind === 'date'));
  });
  it('"May" is not a hedge; "may" is', () => {
    const claims = analyseDocument('Sales rose 5% in March and May.').claims;
    assert.ok(!claims[0].reasons.includes('hedged'));
    assert.ok(analyseDocument('Sales may rise 5% next year.').claims[0]?.reasons.includes('hedged'));
  });
  it('splits after "p.m." before "Then"', () => {
    assert.equal(analyseDocument('The meeting ran till 5 p.m. Then it ended.').units.length, 2);
  });
  it('a plural role opening a sentence is not a name', () => {
    assert.ok(!analyseDocument('Critics said GPT 5.4 is slow.').entities.some((e) => e.name === 'Critics'));
  });
  it('strips stacked corporate suffixes', () => {
    assert.equal(entityKey('Meta Platforms Inc.'), 'meta');
    assert.equal(entityKey('Meta Platforms, Inc.'), 'meta');
    assert.ok(!analyseDocument('Shares of Meta Platforms, Inc. rose. Meta said demand grew.').entities.some((e) => e.name === 'Inc'));
  });
  it('keeps the edition with an index name and reads H100 as a name', () => {
    const a = analyseDocument('The Artificial Analysis Intelligence Index v4.0 ranks models.');
    assert.ok(a.entities.some((e) => /Index v4\.0$/.test(e.name)));
    const b = analyseDocument('It trained on 2,000 H100 chips.');
    assert.ok(b.entities.some((e) => e.name === 'H100'));
    assert.equal(b.figures[0].noun, 'chips');
  });
  it('"Top" before a rank is not a name', () => {
    assert.ok(!analyseDocument('It is in the Top 5 list.').entities.some((e) => e.name === 'Top'));
  });
  it('records attributions: sentence-initial "According to", long lower-case sources, "reports that"', () => {
    assert.equal(analyseDocument('According to Bloomberg, rates rose 0.25%.').claims[0].attribution?.source, 'Bloomberg');
    assert.equal(analyseDocument('Rates rose 0.25%, according to people familiar with the matter.').claims[0].attribution?.source, 'people familiar with the matter');
    assert.equal(analyseDocument('Reuters reports that rates rose 0.25%.').claims[0].attribution?.cue, 'reports that');
  });
  it('masks e-mail addresses and leaves long dotted runs alone', () => {
    const text = 'Write to desk@example.com for 5 copies.';
    assert.equal(maskMarkup(text, 'plain').scan.includes('desk@example.com'), false);
    const dotted = '1.'.repeat(2000);
    assert.equal(maskMarkup(dotted, 'plain').scan, dotted);
  });
});
