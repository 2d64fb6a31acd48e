// Figures read from whole documents (analyseDocument): each row names the figure's exact text (its span
// is where that text stands) and the normalised fields a careful reader expects. Negative rows name text
// that must not be (part of) any figure.

import assert from 'node:assert/strict';
import type { Figure } from '../../../../src/core/model';
import { analyse, describeFigures, figureAt, figuresOf, figuresOverlapping, project, spanOf } from '../helpers';

interface Row {
  text: string;
  /** The figure's text as it stands in `text`. */
  fig: string;
  occurrence?: number;
  expect: Partial<Figure>;
}

function runRows(rows: Row[]): void {
  for (const r of rows) {
    it(`${JSON.stringify(r.text)} → "${r.fig}"`, () => {
      const a = analyse(r.text);
      const f = figureAt(a, r.text, r.fig, r.occurrence);
      assert.deepEqual(project(f, r.expect), r.expect);
    });
  }
}

function assertNoFigureIn(text: string, needle: string, occurrence = 0): void {
  const figures = figuresOf(text);
  const hit = figuresOverlapping(figures, spanOf(text, needle, occurrence));
  assert.deepEqual(hit.map((f) => f.text), [], `"${needle}" must not be a figure; found ${describeFigures(hit)}`);
}

function texts(text: string): string[] {
  return figuresOf(text).map((f) => f.text);
}

describe('extract/figures', () => {
  describe('money', () => {
    runRows([
      { text: 'The company raised $115 billion.', fig: '$115 billion', expect: { kind: 'money', value: 115e9, unit: 'USD', scale: 'billion', precision: 1e9 } },
      { text: 'It raised $2.4 million in seed funding.', fig: '$2.4 million', expect: { kind: 'money', value: 2.4e6, unit: 'USD', scale: 'million', precision: 1e5 } },
      { text: 'It raised US$35.1bn in debt.', fig: 'US$35.1bn', expect: { kind: 'money', value: 35.1e9, unit: 'USD', scale: 'bn' } },
      { text: 'It spent $35.1 bn on chips.', fig: '$35.1 bn', expect: { kind: 'money', value: 35.1e9, unit: 'USD', scale: 'bn' } },
      { text: 'Sales hit €4.2 million.', fig: '€4.2 million', expect: { kind: 'money', value: 4.2e6, unit: 'EUR', scale: 'million' } },
      { text: 'The deal was worth £300m.', fig: '£300m', expect: { kind: 'money', value: 300e6, unit: 'GBP', scale: 'm' } },
      { text: 'The firm lost $1.5 mn.', fig: '$1.5 mn', expect: { kind: 'money', value: 1.5e6, unit: 'USD', scale: 'mn' } },
      { text: 'The fund is $2 trillion.', fig: '$2 trillion', expect: { kind: 'money', value: 2e12, unit: 'USD', scale: 'trillion' } },
      { text: 'It earned $40k per year.', fig: '$40k', expect: { kind: 'money', value: 40000, unit: 'USD', scale: 'k' } },
      { text: 'The firm lost $3B and $250M.', fig: '$3B', expect: { kind: 'money', value: 3e9, unit: 'USD', scale: 'B' } },
      { text: 'The firm lost $3B and $250M.', fig: '$250M', expect: { kind: 'money', value: 250e6, unit: 'USD', scale: 'M' } },
      { text: 'It paid USD 5 million in fines.', fig: 'USD 5 million', expect: { kind: 'money', value: 5e6, unit: 'USD' } },
      { text: 'It paid 5 million USD in fines.', fig: '5 million USD', expect: { kind: 'money', value: 5e6, unit: 'USD' } },
      { text: 'It raised EUR 5 million.', fig: 'EUR 5 million', expect: { kind: 'money', value: 5e6, unit: 'EUR' } },
      { text: 'The market is worth three billion dollars.', fig: 'three billion dollars', expect: { kind: 'money', value: 3e9, unit: 'USD', scale: 'billion' } },
      { text: 'It cost 3 billion euros.', fig: '3 billion euros', expect: { kind: 'money', value: 3e9, unit: 'EUR' } },
      { text: 'Revenue was 5bn euros.', fig: '5bn euros', expect: { kind: 'money', value: 5e9, unit: 'EUR', scale: 'bn' } },
      { text: 'The H100 costs $30,000.', fig: '$30,000', expect: { kind: 'money', value: 30000, unit: 'USD' } },
    ]);
  });

  describe('percentages', () => {
    runRows([
      { text: 'Shares rose 12% on Friday.', fig: '12%', expect: { kind: 'percent', value: 12, unit: '%', precision: 1 } },
      { text: 'Shares rose 12 percent on Friday.', fig: '12 percent', expect: { kind: 'percent', value: 12, unit: '%' } },
      { text: 'Shares rose 12 per cent on Friday.', fig: '12 per cent', expect: { kind: 'percent', value: 12, unit: '%' } },
      { text: 'Costs fell by 12.5%.', fig: '12.5%', expect: { kind: 'percent', value: 12.5, unit: '%', precision: 0.1 } },
      { text: 'Costs fell by 0.5%.', fig: '0.5%', expect: { kind: 'percent', value: 0.5, unit: '%' } },
      { text: 'Costs fell by two percent.', fig: 'two percent', expect: { kind: 'percent', value: 2, unit: '%' } },
      { text: 'Support fell 3 percentage points.', fig: '3 percentage points', expect: { kind: 'percent', value: 3, unit: 'pp' } },
      { text: 'Support fell 3.5 percentage point in May.', fig: '3.5 percentage point', expect: { kind: 'percent', value: 3.5, unit: 'pp' } },
      { text: 'Rates rose 25 basis points.', fig: '25 basis points', expect: { kind: 'percent', value: 25, unit: 'bp' } },
    ]);
  });

  describe('counts with their noun', () => {
    runRows([
      { text: 'It has 3 billion monthly active users.', fig: '3 billion', expect: { kind: 'count', value: 3e9, noun: 'users', unit: 'users', modifiers: ['monthly', 'active'], scale: 'billion' } },
      { text: 'The model used 58M output tokens.', fig: '58M', expect: { kind: 'count', value: 58e6, noun: 'tokens', modifiers: ['output'], scale: 'M' } },
      { text: 'The study surveyed 1,000 physicians.', fig: '1,000', expect: { kind: 'count', value: 1000, noun: 'physicians', precision: 1000 } },
      { text: 'The app has three billion users.', fig: 'three billion', expect: { kind: 'count', value: 3e9, noun: 'users' } },
      { text: 'ABERLOW, May 18 (Meridian News) — Four people were killed when the train derailed.', fig: 'Four', expect: { kind: 'count', value: 4, noun: 'people' } },
      { text: "Officials said five of the train's eight carriages left the rails.", fig: 'five', expect: { kind: 'count', value: 5, noun: 'carriages' } },
      { text: 'One in four homes was damaged.', fig: 'One in four', expect: { kind: 'ratio', value: 0.25, unit: 'fraction' } },
      { text: 'About 1 in 10 voters stayed home.', fig: '1 in 10', expect: { kind: 'ratio', value: 0.1, unit: 'fraction', qualifier: 'about' } },
      { text: 'Ten days after the derailment, the picture is clear.', fig: 'Ten days', expect: { kind: 'duration', value: 10, unit: 'day' } },
      { text: 'The app has a billion users.', fig: 'a billion', expect: { kind: 'count', value: 1e9, noun: 'users' } },
      { text: 'The app has 3m users.', fig: '3m', expect: { kind: 'count', value: 3e6, noun: 'users', scale: 'm' } },
      { text: 'The app lost half a million people.', fig: 'half a million', expect: { kind: 'count', value: 5e5, noun: 'people' } },
      { text: 'By then a quarter of a million people had seen their plans wrecked.', fig: 'a quarter of a million', expect: { kind: 'count', value: 2.5e5, noun: 'people' } },
      { text: 'The fire killed 40 people.', fig: '40', expect: { kind: 'count', value: 40, noun: 'people' } },
      { text: 'The quake destroyed 3,000 homes.', fig: '3,000', expect: { kind: 'count', value: 3000, noun: 'homes' } },
      { text: 'It hired 2000 workers.', fig: '2000', expect: { kind: 'count', value: 2000, noun: 'workers' } },
      { text: 'The company employs 12,500 people.', fig: '12,500', expect: { kind: 'count', value: 12500, noun: 'people' } },
      { text: 'It hired twenty-five engineers.', fig: 'twenty-five', expect: { kind: 'count', value: 25, noun: 'engineers' } },
      { text: 'It hired three hundred and five engineers.', fig: 'three hundred and five', expect: { kind: 'count', value: 305, noun: 'engineers' } },
      { text: 'It sold 1.2 billion units.', fig: '1.2 billion', expect: { kind: 'count', value: 1.2e9, noun: 'units', precision: 1e8 } },
      { text: 'There were 7 deaths.', fig: '7', expect: { kind: 'count', value: 7, noun: 'deaths' } },
      { text: 'Email press2024@example.com for 300 copies.', fig: '300', expect: { kind: 'count', value: 300, noun: 'copies' } },
      { text: 'COVID-19 killed 7 million people.', fig: '7 million', expect: { kind: 'count', value: 7e6, noun: 'people' } },
    ]);

    it('each count keeps its own noun ("250 engineers and 40 designers")', () => {
      const text = 'It hired 250 engineers and 40 designers.';
      const a = analyse(text);
      assert.equal(figureAt(a, text, '250').noun, 'engineers');
      assert.equal(figureAt(a, text, '40').noun, 'designers');
    });

    it('vague magnitudes have no value, only bounds', () => {
      const text = 'The app has billions of users.';
      const f = figureAt(analyse(text), text, 'billions');
      assert.deepEqual(project(f, { kind: 'count', value: null, noun: 'users', low: 2e9, high: 1e10 }), { kind: 'count', value: null, noun: 'users', low: 2e9, high: 1e10 });
    });

    it('a bare single digit with nothing to count is not a figure', () => {
      assert.deepEqual(texts('He has 3 and she has 4.'), []);
    });
  });

  describe('scores', () => {
    runRows([
      { text: 'Muse Spark scored 52 on the Intelligence Index.', fig: '52', expect: { kind: 'score', value: 52 } },
      { text: 'Muse Spark scored 42.8 on HealthBench Hard.', fig: '42.8', expect: { kind: 'score', value: 42.8, precision: 0.1 } },
      { text: 'It posted 42.8 on HealthBench Hard.', fig: '42.8', expect: { kind: 'score', value: 42.8 } },
      { text: 'On the benchmark, Muse Spark scored 52, ahead of GPT-5.4 (20.6).', fig: '52', expect: { kind: 'score', value: 52 } },
      { text: 'On the benchmark, Muse Spark scored 52, ahead of GPT-5.4 (20.6).', fig: '20.6', expect: { kind: 'score', value: 20.6 } },
      { text: 'Muse Spark scored 52 while Claude Opus 4.6 scored 48.', fig: '48', expect: { kind: 'score', value: 48 } },
      { text: 'The model scored 52 points.', fig: '52 points', expect: { kind: 'score', value: 52, unit: 'points' } },
      { text: 'It beat DeepSeek V4 by 3 points.', fig: '3 points', expect: { kind: 'score', value: 3, unit: 'points' } },
      { text: 'It was rated 8 out of 10.', fig: '8 out of 10', expect: { kind: 'score', value: 8, unit: 'out of 10' } },
      { text: 'It scored 9/10 on the test.', fig: '9/10', expect: { kind: 'score', value: 9, unit: 'out of 10' } },
      { text: 'A magnitude 7.4 quake struck.', fig: '7.4', expect: { kind: 'score', value: 7.4, unit: 'magnitude' } },
      { text: 'A 7.4-magnitude quake struck.', fig: '7.4-magnitude', expect: { kind: 'score', value: 7.4, unit: 'magnitude' } },
    ]);

    it('a number after a score in the next sentence is a score too', () => {
      const text = 'Muse Spark scored 52 on the index. Llama 4 Scout managed 13.';
      const a = analyse(text);
      assert.equal(figureAt(a, text, '13').kind, 'score');
    });
  });

  describe('ratios', () => {
    runRows([
      { text: 'Costs fell to one-tenth of the old level.', fig: 'one-tenth', expect: { kind: 'ratio', value: 0.1, unit: 'fraction' } },
      { text: 'Two-thirds of users agreed.', fig: 'Two-thirds', expect: { kind: 'ratio', value: 2 / 3, unit: 'fraction' } },
      { text: 'Three quarters of users quit.', fig: 'Three quarters', expect: { kind: 'ratio', value: 0.75, unit: 'fraction' } },
      { text: 'A third of users quit.', fig: 'A third', expect: { kind: 'ratio', value: 1 / 3, unit: 'fraction' } },
      { text: 'Half of the staff left.', fig: 'Half', expect: { kind: 'ratio', value: 0.5, unit: 'fraction' } },
      { text: 'The chip is 2x faster.', fig: '2x', expect: { kind: 'ratio', value: 2, unit: 'multiplier' } },
      { text: 'The chip is 10x cheaper.', fig: '10x', expect: { kind: 'ratio', value: 10, unit: 'multiplier' } },
      { text: 'Sales grew twice as fast.', fig: 'twice', expect: { kind: 'ratio', value: 2, unit: 'multiplier' } },
      { text: 'It is three times as fast.', fig: 'three times', expect: { kind: 'ratio', value: 3, unit: 'multiplier' } },
      { text: 'It grew tenfold.', fig: 'tenfold', expect: { kind: 'ratio', value: 10, unit: 'multiplier' } },
    ]);

    it('"downloaded 1.2 billion times" counts times, it is not a multiplier', () => {
      const text = 'The app was downloaded 1.2 billion times.';
      const f = figureAt(analyse(text), text, '1.2 billion');
      assert.deepEqual(project(f, { kind: 'count', value: 1.2e9, noun: 'times' }), { kind: 'count', value: 1.2e9, noun: 'times' });
    });
  });

  describe('ranks', () => {
    runRows([
      { text: 'The app ranks fourth on the list.', fig: 'fourth', expect: { kind: 'rank', value: 4, unit: 'rank' } },
      { text: 'The team came second.', fig: 'second', expect: { kind: 'rank', value: 2, unit: 'rank' } },
      { text: 'It finished in 3rd place.', fig: '3rd', expect: { kind: 'rank', value: 3, unit: 'rank' } },
      { text: 'It is in the top 5.', fig: 'top 5', expect: { kind: 'rank', value: 5, unit: 'top' } },
      { text: 'It is a top-5 model.', fig: 'top-5', expect: { kind: 'rank', value: 5, unit: 'top' } },
      { text: 'It is the No. 1 app.', fig: 'No. 1', expect: { kind: 'rank', value: 1, unit: 'rank' } },
      { text: 'It ranked No. 3 globally.', fig: 'No. 3', expect: { kind: 'rank', value: 3, unit: 'rank' } },
      { text: 'It is the third-largest bank.', fig: 'third-largest', expect: { kind: 'rank', value: 3, unit: 'rank' } },
      { text: 'It is the second largest bank.', fig: 'second', expect: { kind: 'rank', value: 2, unit: 'rank' } },
      { text: 'It is the 2nd biggest firm.', fig: '2nd', expect: { kind: 'rank', value: 2, unit: 'rank' } },
      { text: 'The accident is the second fatal derailment on the network in five years.', fig: 'second', expect: { kind: 'rank', value: 2, unit: 'rank' } },
      { text: "Corvessa is Aldenbrook's second commercial product.", fig: 'second', expect: { kind: 'rank', value: 2, unit: 'rank' } },
    ]);

    it('an ordinal without a rank cue is not a figure ("the first model", "for the first time")', () => {
      assert.deepEqual(texts('The first model shipped quickly.'), []);
      assert.deepEqual(texts('It was the first day of the strike.'), []);
      assert.deepEqual(texts('Profit fell in the second half.'), []);
      assert.deepEqual(texts('They won for the first time.'), []);
      assert.deepEqual(texts('The second reason is cost.'), []);
    });
  });

  describe('durations', () => {
    runRows([
      { text: 'The rebuild took nine months.', fig: 'nine months', expect: { kind: 'duration', value: 9, unit: 'month' } },
      { text: 'Crews worked for 72 hours.', fig: '72 hours', expect: { kind: 'duration', value: 72, unit: 'hour' } },
      { text: 'It began a nine-month rebuild.', fig: 'nine-month', expect: { kind: 'duration', value: 9, unit: 'month' } },
      { text: 'It began a 12-week trial.', fig: '12-week', expect: { kind: 'duration', value: 12, unit: 'week' } },
      { text: 'The model will ship in six months.', fig: 'six months', expect: { kind: 'duration', value: 6, unit: 'month' } },
    ]);

    it('"over" before a duration is a preposition, not a hedge', () => {
      const text = 'It took over nine months.';
      const f = figureAt(analyse(text), text, 'nine months');
      assert.equal(f.qualifier, undefined);
    });

    it('"two weeks ago" is a relative date, not a duration', () => {
      const text = 'April 10, 2026\n\nIt launched two weeks ago.';
      const f = figureAt(analyse(text), text, 'two weeks ago');
      assert.deepEqual(project(f, { kind: 'date', value: '2026-03-27', relative: true }), { kind: 'date', value: '2026-03-27', relative: true });
    });
  });

  describe('measures', () => {
    runRows([
      { text: 'Rain fell 50 mm overnight.', fig: '50 mm', expect: { kind: 'measure', value: 50, unit: 'mm' } },
      { text: 'The wave was 12 meters high.', fig: '12 meters', expect: { kind: 'measure', value: 12, unit: 'm' } },
      // A bare "m" among words of height and level is metres; before a counted noun or after a money sign, millions.
      { text: 'The river peaked at 6.71m at the bridge gauge.', fig: '6.71m', expect: { kind: 'measure', value: 6.71, unit: 'm' } },
      { text: 'That is well above the 6.32m reached in 2011.', fig: '6.32m', expect: { kind: 'measure', value: 6.32, unit: 'm' } },
      { text: 'The flood reached 6.3m people.', fig: '6.3m', expect: { kind: 'count', value: 6.3e6, scale: 'm' } },
      { text: 'The river fund rose to $48m at the peak.', fig: '$48m', expect: { kind: 'money', value: 48e6, scale: 'm' } },
    ]);
  });

  describe('ranges: two figures sharing low and high', () => {
    const rows: { text: string; ends: [string, string]; low: number; high: number; kind: Figure['kind']; unit?: string }[] = [
      { text: 'Meta spent $2 billion to $3 billion on chips.', ends: ['$2 billion', '$3 billion'], low: 2e9, high: 3e9, kind: 'money', unit: 'USD' },
      { text: 'The price is $2 to $3 billion.', ends: ['$2', '$3 billion'], low: 2e9, high: 3e9, kind: 'money', unit: 'USD' },
      { text: 'Revenue rose 40-45% last year.', ends: ['40', '45%'], low: 40, high: 45, kind: 'percent', unit: '%' },
      { text: 'Margins rose 20–40% last year.', ends: ['20', '40%'], low: 20, high: 40, kind: 'percent', unit: '%' },
      { text: 'Sales rose between 40 and 45 percent.', ends: ['40', '45 percent'], low: 40, high: 45, kind: 'percent', unit: '%' },
      { text: 'It fell 30 to 50 mm.', ends: ['30', '50 mm'], low: 30, high: 50, kind: 'measure', unit: 'mm' },
    ];
    for (const r of rows) {
      it(`${JSON.stringify(r.text)} → ${r.ends.join(' | ')}`, () => {
        const a = analyse(r.text);
        const lo = figureAt(a, r.text, r.ends[0]);
        const hi = figureAt(a, r.text, r.ends[1]);
        for (const f of [lo, hi]) {
          assert.deepEqual(project(f, { low: r.low, high: r.high, kind: r.kind, unit: r.unit }), { low: r.low, high: r.high, kind: r.kind, unit: r.unit });
        }
        assert.equal(lo.value, r.low);
        assert.equal(hi.value, r.high);
        assert.deepEqual(a.figures.map((f) => f.text), r.ends);
      });
    }

    const separate: { text: string; figures: [string, number][] }[] = [
      { text: 'Attendance rose from 300 to 400.', figures: [['300', 300], ['400', 400]] },
      { text: 'Prices went from $300 to $400.', figures: [['$300', 300], ['$400', 400]] },
      { text: 'Sales rose to $3 billion from $2 billion.', figures: [['$3 billion', 3e9], ['$2 billion', 2e9]] },
      { text: 'Shares fell 3% to $45.', figures: [['3%', 3], ['$45', 45]] },
    ];
    for (const r of separate) {
      it(`a change is two separate figures, not a range: ${JSON.stringify(r.text)}`, () => {
        const figures = figuresOf(r.text);
        assert.deepEqual(figures.map((f) => [f.text, f.value]), r.figures);
        for (const f of figures) {
          assert.equal(f.low, undefined);
          assert.equal(f.high, undefined);
        }
      });
    }
  });

  describe('qualifiers are recorded beside the value, never folded into it', () => {
    const rows: { text: string; fig: string; q: NonNullable<Figure['qualifier']>; qText: string; value: number }[] = [
      { text: 'It has over 3 billion users.', fig: '3 billion', q: 'over', qText: 'over', value: 3e9 },
      { text: 'Over 1,000 physicians signed.', fig: '1,000', q: 'over', qText: 'Over', value: 1000 },
      { text: 'Nearly $2 billion was spent.', fig: '$2 billion', q: 'nearly', qText: 'Nearly', value: 2e9 },
      { text: 'About 30% agreed.', fig: '30%', q: 'about', qText: 'About', value: 30 },
      { text: 'Approximately 500 homes burned.', fig: '500', q: 'about', qText: 'Approximately', value: 500 },
      { text: 'Roughly 70 percent agreed.', fig: '70 percent', q: 'about', qText: 'Roughly', value: 70 },
      { text: 'The firm employs more than 12,000 engineers.', fig: '12,000', q: 'over', qText: 'more than', value: 12000 },
      { text: 'It will cost up to $5 million.', fig: '$5 million', q: 'up-to', qText: 'up to', value: 5e6 },
      { text: 'It hired at least 40 engineers.', fig: '40', q: 'at-least', qText: 'at least', value: 40 },
      { text: 'It has fewer than 50 employees.', fig: '50', q: 'under', qText: 'fewer than', value: 50 },
      { text: 'About half of users agreed.', fig: 'half', q: 'about', qText: 'About', value: 0.5 },
      { text: 'Roughly a third of users quit.', fig: 'a third', q: 'about', qText: 'Roughly', value: 1 / 3 },
      { text: 'An estimated 40,000 homes were damaged.', fig: '40,000', q: 'about', qText: 'An estimated', value: 40000 },
      { text: 'As many as 200 jobs were cut.', fig: '200', q: 'up-to', qText: 'As many as', value: 200 },
      { text: 'There were no fewer than 12 deaths.', fig: '12', q: 'at-least', qText: 'no fewer than', value: 12 },
      { text: 'Inflation was just under 3%.', fig: '3%', q: 'nearly', qText: 'just under', value: 3 },
      { text: 'It cost less than $5 million.', fig: '$5 million', q: 'under', qText: 'less than', value: 5e6 },
      { text: 'Growth was well over 10%.', fig: '10%', q: 'over', qText: 'well over', value: 10 },
      { text: 'It ran for almost 72 hours.', fig: '72 hours', q: 'nearly', qText: 'almost', value: 72 },
    ];
    for (const r of rows) {
      it(`${JSON.stringify(r.text)}: ${r.q} "${r.qText}"`, () => {
        const f = figureAt(analyse(r.text), r.text, r.fig);
        assert.equal(f.value, r.value);
        assert.equal(f.qualifier, r.q);
        assert.equal(f.qualifierText, r.qText);
        assert.deepEqual(f.qualifierSpan, spanOf(r.text, r.qText));
        assert.ok(f.qualifierSpan!.end <= f.start, 'the qualifier stands before the figure, outside its span');
      });
    }

    it('no qualifier, no qualifier fields', () => {
      const text = 'It hired 40 engineers.';
      const f = figureAt(analyse(text), text, '40');
      assert.deepEqual(project(f, { qualifier: undefined, qualifierText: undefined, qualifierSpan: undefined }), { qualifier: undefined, qualifierText: undefined, qualifierSpan: undefined });
    });
  });

  describe('bare years', () => {
    runRows([
      { text: 'The outlook for 2026 is good.', fig: '2026', expect: { kind: 'date', value: '2026', datePrecision: 'year', dateRole: 'event' } },
      { text: 'In 2024, sales grew.', fig: '2024', expect: { kind: 'date', value: '2024', datePrecision: 'year' } },
      { text: 'Sales in fiscal 2025 grew.', fig: '2025', expect: { kind: 'date', value: '2025', datePrecision: 'year' } },
    ]);

    it('a four-digit count of a plural noun is a count, not a year', () => {
      const text = 'It hired 2000 workers.';
      assert.equal(figureAt(analyse(text), text, '2000').kind, 'count');
    });

    it('a decade is not a figure', () => {
      assert.deepEqual(texts('In the 1990s, sales grew.'), []);
    });
  });

  describe('digits inside names are never figures', () => {
    const rows: [string, string][] = [
      ['OpenAI released GPT-5.4 last week.', 'GPT-5.4'],
      ['Anthropic shipped Claude Opus 4.6 to users.', 'Claude Opus 4.6'],
      ['Meta released Llama 4 Scout today.', 'Llama 4 Scout'],
      ['Llama 4 Scout and Llama 4 Maverick trailed.', 'Llama 4 Maverick'],
      ['The Artificial Analysis Intelligence Index v4.0 ranks models.', 'v4.0'],
      ['Alibaba released Qwen 3.5 in March.', 'Qwen 3.5'],
      ['Alibaba released Qwen2.5-Max in March.', 'Qwen2.5-Max'],
      ['The lab shipped DeepSeek V4 quietly.', 'DeepSeek V4'],
      ['Moonshot released Kimi K2.6 quietly.', 'Kimi K2.6'],
      ['It trained on H100 chips.', 'H100'],
      ['It trained on 2,000 H100 chips.', 'H100'],
      ['The COVID-19 pandemic hit sales.', 'COVID-19'],
      ['Gemini 3.1 Pro Preview scored well.', 'Gemini 3.1 Pro Preview'],
      ['Traffic on Coastal Highway 12 stopped.', 'Coastal Highway 12'],
      ['Issue #47 is out.', '#47'],
    ];
    for (const [text, name] of rows) it(`${JSON.stringify(text)}: "${name}"`, () => assertNoFigureIn(text, name));

    it('a figure right after a versioned name is still read', () => {
      const text = 'Qwen 3.5 costs $2 per million tokens.';
      assert.deepEqual(texts(text), ['$2']);
      const text2 = 'GPT-5.4 scored 57 on the Intelligence Index.';
      assert.deepEqual(texts(text2), ['57']);
    });
  });

  describe('other things that are not figures', () => {
    const rows: [string, string][] = [
      ['1. The first item has no figures.\n2) The second item neither.', '1.'],
      ['1. The first item has no figures.\n2) The second item neither.', '2)'],
      ['The meeting is at 10:30 today.', '10:30'],
      ['The talk starts at 5pm.', '5pm'],
      ['The talk starts at 5 pm.', '5 pm'],
      ['One day they will win.', 'One day'],
      ['one day they will win.', 'one day'],
      ['They won for the first time.', 'first'],
      ['See https://example.com/2024/05/report-300 for details.', 'https://example.com/2024/05/report-300'],
      ['Visit www.example.org/v2/page.', 'www.example.org/v2/page'],
      ['See [the report](https://example.com/2024/300) now.', 'https://example.com/2024/300'],
      ['Run `npm i 42` now.', '42'],
      ['One of them left.', 'One'],
      ['The two of them left.', 'two'],
      ['He bought one car.', 'one'],
    ];
    for (const [text, needle] of rows) it(`${JSON.stringify(text)}: "${needle}"`, () => assertNoFigureIn(text, needle));

    it('a numbered list item still has its figures', () => {
      const text = '1. Revenue rose 12%.\n2. Costs fell 3%.';
      assert.deepEqual(texts(text), ['12%', '3%']);
    });
  });

  describe('figure ids and units', () => {
    it('ids are f1, f2… in document order; unit_index points at the sentence', () => {
      const text = 'Revenue rose 12%. Costs fell 3% and 40 staff left.';
      const a = analyse(text);
      assert.deepEqual(a.figures.map((f) => [f.id, f.text, f.unit_index]), [
        ['f1', '12%', 0],
        ['f2', '3%', 1],
        ['f3', '40', 1],
      ]);
    });
  });
});
