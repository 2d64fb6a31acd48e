// Dates: absolute dates with their precision, relative dates resolved against the publication date, and
// the publication date itself (dateline, byline, opening dateline, metadata, front matter).

import assert from 'node:assert/strict';
import type { AnalysisOptions, Figure } from '../../../../src/core/model';
import { findDates, isoDay, parseIsoDate, mayHoldDate } from '../../../../src/core/extract/dates';
import { analyse, describeFigures, figureAt, figuresOf, project, spanOf } from '../helpers';

const DATELINE = 'April 10, 2026\n\n'; // a Friday

function dates(text: string, options: AnalysisOptions = {}): Figure[] {
  return figuresOf(text, options).filter((f) => f.kind === 'date');
}

describe('extract/dates', () => {
  describe('absolute dates', () => {
    const rows: { text: string; date: string; value: string; precision: Figure['datePrecision'] }[] = [
      { text: 'The model launched on April 8, 2026.', date: 'April 8, 2026', value: '2026-04-08', precision: 'day' },
      { text: 'The model launched on 8 April 2026.', date: '8 April 2026', value: '2026-04-08', precision: 'day' },
      { text: 'The model launched on Apr 10, 2026.', date: 'Apr 10, 2026', value: '2026-04-10', precision: 'day' },
      { text: 'The model launched on Oct. 27, 2024.', date: 'Oct. 27, 2024', value: '2024-10-27', precision: 'day' },
      { text: 'The model launched on 2026-04-10.', date: '2026-04-10', value: '2026-04-10', precision: 'day' },
      { text: 'The model launched in April 2026.', date: 'April 2026', value: '2026-04', precision: 'month' },
    ];
    for (const r of rows) {
      it(`${JSON.stringify(r.text)} → ${r.value} (${r.precision})`, () => {
        const f = figureAt(analyse(r.text), r.text, r.date);
        assert.deepEqual(project(f, { kind: 'date', value: r.value, datePrecision: r.precision, dateRole: 'event', relative: undefined }), { kind: 'date', value: r.value, datePrecision: r.precision, dateRole: 'event', relative: undefined });
      });
    }

    it('a date without a year takes the year of the dateline', () => {
      const text = DATELINE + 'It launched on April 8.';
      const f = figureAt(analyse(text), text, 'April 8');
      assert.equal(f.value, '2026-04-08');
      assert.equal(f.datePrecision, 'day');
    });

    it('"the evening of May 16" is the date, not a time of day with a stray 16', () => {
      const text = DATELINE + 'The train derailed on the evening of March 16, killing four people.';
      const a = analyse(text);
      assert.equal(figureAt(a, text, 'March 16').value, '2026-03-16');
      assert.ok(!a.figures.some((f) => f.text === '16'), 'no count "16"');
    });

    it('a month without a year is the latest one on or before the dateline', () => {
      const march = DATELINE + 'Sales rose in March.';
      assert.equal(figureAt(analyse(march), march, 'March').value, '2026-03');
      const december = DATELINE + 'Sales rose in December.';
      assert.equal(figureAt(analyse(december), december, 'December').value, '2025-12');
    });
  });

  describe('relative dates, against the dateline', () => {
    const rows: { name: string; body: string; date: string; value: string; precision?: Figure['datePrecision'] }[] = [
      { name: 'a past weekday is the latest one on or before the dateline', body: 'The model launched on Tuesday.', date: 'Tuesday', value: '2026-04-07' },
      { name: 'the dateline’s own weekday is the dateline', body: 'The model launched on Friday.', date: 'Friday', value: '2026-04-10' },
      { name: 'a future-tense sentence looks forward', body: 'The model will launch on Tuesday.', date: 'Tuesday', value: '2026-04-14' },
      { name: '"next Tuesday"', body: 'It launches next Tuesday.', date: 'next Tuesday', value: '2026-04-14' },
      { name: 'reported speech in the future ("would") looks forward', body: 'He told reporters he would make a statement to parliament on Tuesday.', date: 'Tuesday', value: '2026-04-14' },
      { name: 'but a past verb right before the weekday looks back', body: 'The company said on Tuesday it would cut 200 jobs.', date: 'Tuesday', value: '2026-04-07' },
      { name: '"last Friday" on a Friday is a week back', body: 'It launched last Friday.', date: 'last Friday', value: '2026-04-03' },
      { name: '"yesterday"', body: 'The model launched yesterday.', date: 'yesterday', value: '2026-04-09' },
      { name: '"last year"', body: 'The model launched last year.', date: 'last year', value: '2025', precision: 'year' },
      { name: '"last month"', body: 'It launched last month.', date: 'last month', value: '2026-03', precision: 'month' },
      { name: '"the days after Monday" is Monday', body: 'Acme spent the days after Monday’s failed launch reassuring customers.', date: 'Monday', value: '2026-04-06' },
    ];
    for (const r of rows) {
      it(`${r.name}: ${JSON.stringify(r.body)} → ${r.value}`, () => {
        const text = DATELINE + r.body;
        const f = figureAt(analyse(text), text, r.date);
        assert.deepEqual(project(f, { kind: 'date', value: r.value, datePrecision: r.precision ?? 'day', relative: true, dateRole: 'event' }), { kind: 'date', value: r.value, datePrecision: r.precision ?? 'day', relative: true, dateRole: 'event' });
      });
    }

    it('without a publication date, a weekday cannot be placed and is dropped', () => {
      assert.deepEqual(dates('It launched on Tuesday.'), []);
    });

    it('"in six months" is a duration, not a date', () => {
      const text = DATELINE + 'The model will ship in six months.';
      assert.deepEqual(dates(text).map((f) => f.text), ['April 10, 2026']);
    });

    it('"now" and "today" are dropped', () => {
      const text = DATELINE + 'The model is available now and ships today.';
      assert.deepEqual(dates(text).map((f) => f.text), ['April 10, 2026']);
    });
  });

  describe('publication date', () => {
    const rows: { name: string; text: string; date: string; published: string; options?: AnalysisOptions }[] = [
      { name: 'a dateline line', text: '# Meta Launches Muse Spark\n\nApril 9, 2026\n\nMeta launched the model on Tuesday.', date: 'April 9, 2026', published: '2026-04-09' },
      { name: 'a byline', text: '# Meta Launches Muse Spark\n\nBy Jane Doe | The Wire | April 9, 2026\n\nMeta launched the model on Tuesday.', date: 'April 9, 2026', published: '2026-04-09' },
      { name: 'an emphasised outlet line', text: '# Meta Launches Muse Spark\n\n*Outlet — Apr 10, 2026*\n\nMeta launched the model on Tuesday.', date: 'Apr 10, 2026', published: '2026-04-10' },
      { name: 'a "Published" line in plain text', text: 'Model Drift - notes on AI releases\nPublished 2026-04-16\n\nMeta launched the model on Tuesday.', date: '2026-04-16', published: '2026-04-16', options: { format: 'plain' } },
      { name: 'a dateline opening the first paragraph', text: 'SAN FRANCISCO, April 9, 2026 — Meta launched the model on Tuesday. It was released on April 8, 2026.', date: 'April 9, 2026', published: '2026-04-09' },
      { name: '[TIMESTAMP: …] metadata', text: '[TIMESTAMP: 2026-04-10]\n\nMeta launched the model on Tuesday.', date: '2026-04-10', published: '2026-04-10' },
      { name: 'adjacent [SOURCE][TIMESTAMP] metadata in plain text', text: '[SOURCE: Wire][TIMESTAMP: 2026-04-10]\n\nMeta launched the model on Tuesday.', date: '2026-04-10', published: '2026-04-10', options: { format: 'plain' } },
    ];
    for (const r of rows) {
      it(r.name, () => {
        const a = analyse(r.text, r.options);
        assert.equal(a.published, r.published);
        assert.deepEqual(a.publishedSpan, spanOf(r.text, r.date));
        const f = figureAt(a, r.text, r.date);
        assert.equal(f.dateRole, 'publication');
        assert.equal(f.value, r.published);
      });
    }

    it('front matter `date:` is the publication date (no figure: front matter is not a sentence)', () => {
      const text = '---\ntitle: Test\ndate: 2026-04-10\n---\n\nMeta launched the model on Tuesday.';
      const a = analyse(text);
      assert.equal(a.published, '2026-04-10');
      assert.deepEqual(a.publishedSpan, spanOf(text, '2026-04-10'));
      // Tuesday resolved against it.
      assert.equal(figureAt(a, text, 'Tuesday').value, '2026-04-07');
    });

    it('relative dates are resolved against the detected publication date', () => {
      const text = 'SAN FRANCISCO, April 9, 2026 — Meta launched the model on Tuesday.';
      const f = figureAt(analyse(text), text, 'Tuesday');
      assert.equal(f.value, '2026-04-07');
      assert.equal(f.dateRole, 'event');
    });

    it('dates later in the text are events, not publication', () => {
      const text = 'SAN FRANCISCO, April 9, 2026 — Meta launched the model on Tuesday. It was released on April 8, 2026.';
      const a = analyse(text);
      assert.deepEqual(a.figures.filter((f) => f.kind === 'date').map((f) => [f.text, f.dateRole]), [
        ['April 9, 2026', 'publication'],
        ['Tuesday', 'event'],
        ['April 8, 2026', 'event'],
      ]);
    });

    it('a date mid-way through the first sentence is an event, not a dateline', () => {
      const text = 'Meta launched the model on April 8, 2026, in California.';
      const a = analyse(text);
      assert.equal(a.published, undefined);
      assert.equal(figureAt(a, text, 'April 8, 2026').dateRole, 'event');
    });

    it('a relative date opening the first sentence is an event, not a dateline', () => {
      const text = 'SAN FRANCISCO, April 10, 2026 — Acme spoke.\n\nTwo days after Monday’s launch, Acme spoke again.';
      const a = analyse(text);
      assert.equal(a.published, '2026-04-10');
      const f = figureAt(a, text, 'Two days after Monday');
      assert.equal(f.dateRole, 'event');
    });

    it('publication dates are not claims', () => {
      const text = 'April 10, 2026\n\nThe model is here.';
      assert.deepEqual(analyse(text).claims, []);
    });

    it('an opening dateline without a year is placed on or before referenceDate', () => {
      const text = 'SAN FRANCISCO, March 3 — The model launched on Tuesday.';
      const before = analyse(text, { referenceDate: '2026-02-01' });
      assert.equal(before.published, '2025-03-03');
      assert.deepEqual(before.publishedSpan, spanOf(text, 'March 3'));
      assert.equal(figureAt(before, text, 'Tuesday').value, '2025-02-25');
      const after = analyse(text, { referenceDate: '2026-11-22' });
      assert.equal(after.published, '2026-03-03');
    });

    it('no date, no publication date', () => {
      const a = analyse('The model is fast.');
      assert.equal(a.published, undefined);
      assert.equal(a.publishedSpan, undefined);
    });
  });

  describe('findDates (the date reader itself)', () => {
    it('returns offsets relative to the base', () => {
      const out = findDates('It launched on April 8, 2026.', 100, null, null);
      const expected = { start: 115, end: 128, text: 'April 8, 2026', value: '2026-04-08', precision: 'day' as const, relative: false };
      assert.equal(out.length, 1);
      assert.deepEqual(project(out[0], expected), expected);
    });

    it('a date without a year and without any reference stays unplaced (XXXX)', () => {
      const out = findDates('It launched on April 8.', 0, null, null);
      assert.deepEqual(out.map((d) => d.value), ['XXXX-04-08']);
    });

    it('time-only and duration-only phrases are not dates', () => {
      assert.deepEqual(findDates('It opens at 10:30 in the morning for two weeks.', 0, '2026-04-10', null), []);
    });

    it('mayHoldDate is a cheap prefilter', () => {
      assert.equal(mayHoldDate('on Tuesday'), true);
      assert.equal(mayHoldDate('2026-04-10'), true);
      assert.equal(mayHoldDate('the model is fast'), false);
    });

    it('isoDay and parseIsoDate round-trip in UTC', () => {
      assert.equal(isoDay(parseIsoDate('2026-04-10')!), '2026-04-10');
      assert.equal(isoDay(parseIsoDate('2026-04')!), '2026-04-01');
      assert.equal(isoDay(parseIsoDate('2026')!), '2026-01-01');
      assert.equal(parseIsoDate('April'), null);
    });
  });

  it('all date spans match their text', () => {
    const text = DATELINE + 'On Tuesday, after a launch on April 8, the firm said 2027 would be bigger than last year.';
    const a = analyse(text);
    assert.ok(a.figures.length >= 4, describeFigures(a.figures));
    for (const f of a.figures) assert.equal(text.slice(f.start, f.end), f.text);
  });
});
