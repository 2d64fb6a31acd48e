// readNumeral: the number at a token, with its scale, precision and form. Values are fully scaled.

import assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/text/tokens';
import { readNumeral, type Numeral } from '../../../../src/core/extract/numerals';

function read(text: string): Numeral | null {
  return readNumeral(tokenize(text), 0);
}

/** Text covered by the numeral's tokens. */
function covered(text: string, n: Numeral): string {
  const t = tokenize(text);
  return text.slice(t[n.first].start, t[n.last].end);
}

describe('extract/numerals', () => {
  const rows: { text: string; covers: string; value: number | null; precision?: number; form: Numeral['form']; scale?: string; vague?: [number, number] }[] = [
    // Digits: grouping, decimals, precision from the last stated digit.
    { text: '1,000 people', covers: '1,000', value: 1000, precision: 1000, form: 'digits' },
    { text: '12,500 people', covers: '12,500', value: 12500, precision: 100, form: 'digits' },
    { text: '42.8 points', covers: '42.8', value: 42.8, precision: 0.1, form: 'digits' },
    { text: '1.50 dollars', covers: '1.50', value: 1.5, precision: 0.01, form: 'digits' },
    { text: '12,345.67', covers: '12,345.67', value: 12345.67, precision: 0.01, form: 'digits' },
    { text: '0', covers: '0', value: 0, precision: 1, form: 'digits' },
    // Scales, as words and suffixes.
    { text: '3 billion users', covers: '3 billion', value: 3e9, precision: 1e9, form: 'digits', scale: 'billion' },
    { text: '2.4 million', covers: '2.4 million', value: 2.4e6, precision: 1e5, form: 'digits', scale: 'million' },
    { text: '1.5 trillion', covers: '1.5 trillion', value: 1.5e12, precision: 1e11, form: 'digits', scale: 'trillion' },
    { text: '40 thousand', covers: '40 thousand', value: 40000, precision: 10000, form: 'digits', scale: 'thousand' },
    { text: '58M tokens', covers: '58M', value: 58e6, precision: 1e6, form: 'digits', scale: 'M' },
    { text: '35.1bn', covers: '35.1bn', value: 35.1e9, precision: 1e8, form: 'digits', scale: 'bn' },
    { text: '5 bn', covers: '5 bn', value: 5e9, precision: 1e9, form: 'digits', scale: 'bn' },
    { text: '1.5 mn', covers: '1.5 mn', value: 1.5e6, precision: 1e5, form: 'digits', scale: 'mn' },
    { text: '300m', covers: '300m', value: 300e6, precision: 100e6, form: 'digits', scale: 'm' },
    { text: '3B', covers: '3B', value: 3e9, precision: 1e9, form: 'digits', scale: 'B' },
    { text: '40k', covers: '40k', value: 40000, precision: 10000, form: 'digits', scale: 'k' },
    // A spaced single letter is not a scale: "3 m" may be metres, "58 M" a label.
    { text: '3 m', covers: '3', value: 3, precision: 1, form: 'digits' },
    { text: '58 M', covers: '58', value: 58, precision: 1, form: 'digits' },
    // Written numbers.
    { text: 'three billion', covers: 'three billion', value: 3e9, precision: 1e9, form: 'words', scale: 'billion' },
    { text: 'twenty-five', covers: 'twenty-five', value: 25, precision: 1, form: 'words' },
    { text: 'forty', covers: 'forty', value: 40, precision: 10, form: 'words' },
    { text: 'nineteen', covers: 'nineteen', value: 19, precision: 1, form: 'words' },
    { text: 'two hundred', covers: 'two hundred', value: 200, precision: 100, form: 'words' },
    { text: 'three hundred and five', covers: 'three hundred and five', value: 305, precision: 1, form: 'words' },
    { text: 'a dozen', covers: 'a dozen', value: 12, precision: 2, form: 'words' },
    { text: 'a billion', covers: 'a billion', value: 1e9, precision: 1e9, form: 'words', scale: 'billion' },
    { text: 'half a million', covers: 'half a million', value: 5e5, precision: 5e5, form: 'words', scale: 'million' },
    // Fractions.
    { text: 'one-tenth', covers: 'one-tenth', value: 0.1, precision: 0.01, form: 'fraction' },
    { text: 'two-thirds', covers: 'two-thirds', value: 2 / 3, form: 'fraction' },
    { text: 'one-half', covers: 'one-half', value: 0.5, form: 'fraction' },
    { text: 'three quarters of', covers: 'three quarters', value: 0.75, form: 'fraction' },
    { text: 'a third of', covers: 'a third', value: 1 / 3, form: 'fraction' },
    { text: 'half of', covers: 'half', value: 0.5, form: 'fraction' },
    // Multipliers and ordinals.
    { text: '2x faster', covers: '2x', value: 2, form: 'multiplier' },
    { text: '10× more', covers: '10×', value: 10, form: 'multiplier' },
    { text: 'twice', covers: 'twice', value: 2, form: 'multiplier' },
    { text: 'threefold', covers: 'threefold', value: 3, form: 'multiplier' },
    { text: 'tenfold', covers: 'tenfold', value: 10, form: 'multiplier' },
    { text: 'fourth', covers: 'fourth', value: 4, precision: 1, form: 'ordinal' },
    { text: '3rd', covers: '3rd', value: 3, precision: 1, form: 'ordinal' },
    { text: '21st', covers: '21st', value: 21, precision: 1, form: 'ordinal' },
    // Vague magnitudes: no value, bounds only.
    { text: 'billions of users', covers: 'billions', value: null, form: 'vague', vague: [2e9, 1e10] },
    { text: 'hundreds of millions', covers: 'hundreds of millions', value: null, form: 'vague', vague: [2e8, 1e9] },
    { text: 'tens of thousands', covers: 'tens of thousands', value: null, form: 'vague', vague: [2e4, 1e5] },
  ];
  for (const r of rows) {
    it(`${JSON.stringify(r.text)} → ${r.value}${r.scale ? ` (${r.scale})` : ''} ${r.form}`, () => {
      const n = read(r.text);
      assert.ok(n, 'no numeral');
      assert.equal(covered(r.text, n), r.covers);
      assert.equal(n.form, r.form);
      if (r.value === null) assert.equal(n.value, null);
      else {
        assert.equal(typeof n.value, 'number');
        assert.ok(Math.abs((n.value as number) - r.value) < 1e-9 * Math.max(1, Math.abs(r.value)), `value ${n.value} ≠ ${r.value}`);
      }
      if (r.precision !== undefined) assert.ok(Math.abs(n.precision - r.precision) < 1e-9 * r.precision, `precision ${n.precision} ≠ ${r.precision}`);
      assert.equal(n.scale, r.scale);
      if (r.vague) assert.deepEqual(n.vague, r.vague);
    });
  }

  it('"one" on its own is flagged isOne (a pronoun or article more often than a count)', () => {
    assert.equal(read('one')?.isOne, true);
    assert.equal(read('one billion')?.isOne, undefined);
    assert.equal(read('a week')?.isOne, true);
    assert.equal(read('a week')?.value, 1);
  });

  describe('not numerals', () => {
    // [text, the word to read at]: "half" needs "of"/"roughly…"; "tens" and "scores" need "of thousands".
    const rows: [string, string][] = [['word', 'word'], ['a', 'a'], ['an apple', 'an'], ['half-hearted', 'half'], ['the second half', 'half'], ['first-half', 'half'], ['tens', 'tens'], ['scores', 'scores'], ['.', '.'], ['$', '$']];
    for (const [text, at] of rows) {
      it(`${JSON.stringify(text)} at "${at}"`, () => {
        const toks = tokenize(text);
        const i = toks.findIndex((t) => t.text === at);
        assert.ok(i >= 0);
        assert.equal(readNumeral(toks, i), null);
      });
    }
    it('past the end of the tokens', () => assert.equal(readNumeral(tokenize('5'), 3), null));
  });
});
