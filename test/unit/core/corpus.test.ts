// The corpus API the editor uses: set/remove, figureAt, related, conflicts, and incremental regrouping.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus, type CorpusChange } from '../../../src/core/corpus';

const A = 'April 10, 2026\n\nAcme launched the Rocket phone on April 8. Acme shares rose 9% on Friday.';
const B = 'April 11, 2026\n\nAcme launched the Rocket phone on April 9. The storm destroyed 300 homes.';

describe('Corpus', () => {
  it('analyses documents and finds the figure at an offset, end inclusive', () => {
    const c = new Corpus();
    c.set('a.md', A);
    const at = A.indexOf('9%');
    assert.equal(c.figureAt('a.md', at)?.figure.text, '9%');
    assert.equal(c.figureAt('a.md', at + 2)?.figure.text, '9%');
    assert.equal(c.figureAt('a.md', A.indexOf('launched')), undefined);
    assert.equal(c.figureAt('missing.md', 0), undefined);
  });

  it('reports a conflict between two sources and drops it when one is removed', () => {
    const c = new Corpus();
    c.set('a.md', A);
    c.set('b.md', B);
    const conflicts = c.conflicts();
    assert.equal(conflicts.length, 1);
    assert.equal(c.label(conflicts[0]), 'Rocket · launch date');
    assert.deepEqual(conflicts[0].conflicts[0].docs, ['a.md', 'b.md']);
    assert.ok(c.remove('b.md'));
    assert.equal(c.conflicts().length, 0);
    assert.equal(c.remove('b.md'), false);
  });

  it('reuses the analysis when a document is set to the same text again', () => {
    const c = new Corpus();
    const first = c.set('a.md', A);
    assert.equal(c.set('a.md', A), first);
    c.set('a.md', A + ' More text.');
    // Undo: the cached analysis of the earlier text comes back.
    assert.equal(c.set('a.md', A), first);
  });

  it('regroups only the quantities a changed document touches', () => {
    const c = new Corpus();
    c.set('a.md', A);
    c.set('b.md', B);
    const changes: CorpusChange[] = [];
    c.onDidChange((e) => changes.push(e));
    c.set('b.md', B.replace('300 homes', '400 homes'));
    assert.equal(changes.length, 1);
    assert.deepEqual(changes[0].uris, ['b.md']);
    // b.md had and has a launch date and a count of homes; it never touched a's share-price move.
    assert.ok(changes[0].buckets.some((k) => k.startsWith('date|launch')));
    assert.ok(!changes[0].buckets.some((k) => k.includes('share-price')));
  });

  it('editing one source updates what other sources see', () => {
    const c = new Corpus();
    c.set('a.md', A);
    c.set('b.md', B);
    const index = c.get('a.md')!.figures.findIndex((f) => f.text === 'April 8');
    assert.equal(c.related({ uri: 'a.md', index })[0].verdict.agree, false);
    c.set('b.md', B.replace('April 9', 'April 8'));
    assert.equal(c.related({ uri: 'a.md', index })[0].verdict.agree, true);
    assert.equal(c.conflicts().length, 0);
  });

  it('merges entities across documents by key and keeps the usual spelling', () => {
    const c = new Corpus();
    c.set('a.md', 'Meta Platforms released a model. Meta said it was fast.');
    c.set('b.md', 'Meta released a model called Muse Spark.');
    const meta = c.entities().find((e) => e.key === 'meta')!;
    assert.equal(meta.name, 'Meta');
    assert.deepEqual(meta.docs, ['a.md', 'b.md']);
    assert.ok(meta.aliases.includes('Meta Platforms'));
  });

  it('returns the sentence a figure stands in', () => {
    const c = new Corpus();
    c.set('a.md', A);
    const ref = c.figureAt('a.md', A.indexOf('9%'))!;
    const s = c.sentenceOf(ref)!;
    assert.equal(s.text, 'Acme shares rose 9% on Friday.');
    assert.equal(s.text.slice(s.figureStart, s.figureEnd), '9%');
  });
});

describe('incremental grouping', () => {
  it('after edits and removals, groups equal those of a corpus built from scratch', () => {
    const dirs = ['samples/muse-spark-launch', 'test/fixtures/stories/coastal-quake/articles', 'test/fixtures/stories/quarterly-results/articles'];
    const texts = new Map<string, string>();
    for (const d of dirs) for (const f of readdirSync(path.resolve(__dirname, '../../..', d)).sort()) texts.set(`${d}/${f}`, readFileSync(path.resolve(__dirname, '../../..', d, f), 'utf8'));
    const live = new Corpus({ referenceDate: '2026-11-22' });
    for (const [uri, text] of texts) live.set(uri, text);
    void live.quantities();
    // Edit numbers, drop a document, bring another back changed.
    const uris = [...texts.keys()];
    const edit = (t: string, k: number) => t.replace(/\d/, String(k % 10));
    for (let k = 0; k < uris.length; k += 3) {
      texts.set(uris[k], edit(texts.get(uris[k])!, k));
      live.set(uris[k], texts.get(uris[k])!);
      void live.quantities();
    }
    live.remove(uris[1]);
    texts.delete(uris[1]);
    void live.quantities();
    const fresh = new Corpus({ referenceDate: '2026-11-22' });
    for (const [uri, text] of texts) fresh.set(uri, text);
    const shape = (c: Corpus) =>
      c.quantities()
        .map((g) => g.figures.map((f) => `${f.uri}@${f.figure.start}`).sort().join(' ') + ' | ' + g.conflicts.map((x) => x.docs.join('+')).sort().join(' '))
        .sort();
    assert.deepEqual(shape(live), shape(fresh));
  });
});
