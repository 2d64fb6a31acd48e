// Claims: check-worthy sentences (a figure, or a named entity with an assertion), scored, with their
// attribution recorded. Questions assert nothing; hedges and opinion lower the score.

import assert from 'node:assert/strict';
import { findAttribution } from '../../../../src/core/extract/claims';
import type { Claim } from '../../../../src/core/model';
import { analyse, spanOf } from '../helpers';

function claimsOf(text: string): Claim[] {
  return analyse(text).claims;
}

function onlyClaim(text: string): Claim {
  const claims = claimsOf(text);
  assert.equal(claims.length, 1, `expected one claim, got ${claims.map((c) => JSON.stringify(c.text)).join(', ') || 'none'}`);
  return claims[0];
}

describe('extract/claims', () => {
  describe('what is a claim', () => {
    it('a sentence with a figure is a claim spanning the sentence, listing its figures and entities', () => {
      const text = 'Meta spent $14.3 billion on the rebuild.';
      const a = analyse(text);
      const c = onlyClaim(text);
      assert.deepEqual({ id: c.id, start: c.start, end: c.end, text: c.text, unit_index: c.unit_index }, { id: 'c1', start: 0, end: text.length, text, unit_index: 0 });
      assert.deepEqual(c.figures, [a.figures[0].id]);
      assert.equal(a.figures[0].text, '$14.3 billion');
      assert.deepEqual(c.entities, ['meta']);
      assert.ok(c.reasons.includes('states a figure'));
    });

    it('each sentence is its own claim, with its own figures', () => {
      const text = 'Revenue rose 12% last year. Costs fell 3% and 40 staff left.';
      const a = analyse(text);
      const claims = a.claims;
      assert.deepEqual(claims.map((c) => c.text), ['Revenue rose 12% last year.', 'Costs fell 3% and 40 staff left.']);
      const ids = (c: Claim) => c.figures.map((id) => a.figures.find((f) => f.id === id)!.text);
      assert.deepEqual(claims.map(ids), [['12%'], ['3%', '40']]);
      assert.deepEqual(claims[1].reasons[0], 'states 2 figures');
    });

    it('a named entity with an assertion verb is a claim without a figure', () => {
      const c = onlyClaim('Meta launched Muse Spark.');
      assert.deepEqual(c.figures, []);
      assert.deepEqual(c.reasons, ['names 2 entities']);
    });

    it('a list item with a figure is a claim', () => {
      const c = onlyClaim('- Revenue rose 12%.');
      assert.equal(c.text, 'Revenue rose 12%.');
      assert.equal(c.start, 2);
    });

    it('a question is not a claim, even with a figure', () => {
      assert.deepEqual(claimsOf('Did Meta spend $14.3 billion on the rebuild?'), []);
    });

    it('a sentence with neither figure nor named assertion is not a claim', () => {
      assert.deepEqual(claimsOf('The weather was nice and everyone was happy.'), []);
    });

    it('headings and datelines are not claims', () => {
      assert.deepEqual(claimsOf('# Meta Spends $14 Billion\n\nApril 10, 2026\n\nThe weather was nice.'), []);
    });
  });

  describe('attribution', () => {
    const rows: { text: string; source: string; cue: string }[] = [
      { text: 'Meta spent $14.3 billion on the rebuild, according to Bloomberg.', source: 'Bloomberg', cue: 'according to' },
      { text: 'Rates rose 0.25%, according to the Federal Reserve.', source: 'the Federal Reserve', cue: 'according to' },
      { text: 'The model scored 52 points, Wang said.', source: 'Wang', cue: 'said' },
      { text: 'The model scored 52 points, said Wang.', source: 'Wang', cue: 'said' },
      { text: 'Revenue rose 12% last year, the company said.', source: 'the company', cue: 'said' },
      { text: 'Analysts estimated that Meta spent $14 billion.', source: 'Analysts', cue: 'said' },
    ];
    for (const r of rows) {
      it(`${JSON.stringify(r.text)} → ${r.source} (${r.cue})`, () => {
        const c = onlyClaim(r.text);
        assert.ok(c.attribution, 'no attribution');
        assert.deepEqual(c.attribution, { ...spanOf(r.text, r.source), source: r.source, cue: r.cue });
        assert.ok(c.reasons.includes(`attributed to ${r.source}`));
      });
    }

    it('a pronoun is not a source', () => {
      assert.equal(findAttribution('It said revenue rose.', 0), undefined);
      assert.equal(findAttribution('They said revenue rose.', 0), undefined);
    });

    it('no cue, no attribution', () => {
      assert.equal(onlyClaim('Meta spent $14.3 billion on the rebuild.').attribution, undefined);
    });

    it('findAttribution offsets are relative to the base', () => {
      assert.deepEqual(findAttribution('Costs fell, Wang said.', 100), { start: 112, end: 116, source: 'Wang', cue: 'said' });
    });
  });

  describe('scores', () => {
    const base = 'Meta spent $14.3 billion on the rebuild.';
    it('attribution raises the score', () => {
      assert.ok(onlyClaim('Meta spent $14.3 billion on the rebuild, according to Bloomberg.').score > onlyClaim(base).score);
    });

    for (const hedged of ['Meta may have spent $14.3 billion on the rebuild.', 'Meta reportedly spent $14.3 billion on the rebuild.', 'Meta could spend $14.3 billion on the rebuild.']) {
      it(`a hedge lowers the score: ${JSON.stringify(hedged)}`, () => {
        const c = onlyClaim(hedged);
        assert.ok(c.score < onlyClaim(base).score, `${c.score} ≥ ${onlyClaim(base).score}`);
        assert.ok(c.reasons.includes('hedged'));
      });
    }

    it('opinion or advice lowers the score', () => {
      const c = onlyClaim('You should buy the stock at $14 now.');
      assert.ok(c.score < onlyClaim('Shares of the company traded at $14 on Friday.').score);
      assert.ok(c.reasons.includes('opinion or advice'));
    });

    it('a comparison raises the score', () => {
      const plain = onlyClaim('The model scored 52 points.');
      const compared = onlyClaim('The model scored 52 points, more than any rival.');
      assert.ok(compared.score > plain.score);
      assert.ok(compared.reasons.includes('compares or ranks'));
    });

    it('more figures score higher, up to a cap; scores stay within 0..1', () => {
      const one = onlyClaim('Revenue rose 12%.');
      const three = onlyClaim('Revenue rose 12%, costs fell 3% and margins hit 40%.');
      assert.ok(three.score > one.score);
      const text = 'According to Reuters, Meta spent more than $14 billion, 12% more than Google, the largest sum, ranked first, Wang said.';
      for (const c of claimsOf(text)) assert.ok(c.score >= 0 && c.score <= 1);
    });
  });
});
