import * as assert from 'node:assert/strict';
import { EntityDirectory, hoverAt, figureHover, claimHover, relatedClaims, valueText } from '../../../src/extension/views/hover';
import { parseOpenLinks } from '../../../src/extension/views/text';
import { sampleCorpus, LEDGER, DRIFT, offsetIn, fileOf } from './fixture';

const hover = (uri: string, text: string, delta = 1) => {
  const corpus = sampleCorpus();
  return hoverAt(corpus, uri, offsetIn(corpus, uri, text) + delta, { directory: new EntityDirectory(), version: 0 });
};

describe('hover cards (model)', () => {
  it('on a figure: value, kind, quantity, then disagreements, agreements and uncertain links in that order', () => {
    const corpus = sampleCorpus();
    const ref = corpus.figureAt(LEDGER, offsetIn(corpus, LEDGER, 'April 8, 2026'))!;
    const h = figureHover(corpus, ref);
    assert.equal(h.kind, 'figure');
    assert.deepEqual(h.span, { start: ref.figure.start, end: ref.figure.end });
    assert.match(h.markdown, /^\$\(symbol-number\) \*\*2026\\-04\\-08\*\* · date · written “April 8, 2026”\n\nQuantity: \*\*Muse Spark · launch date\*\*/);
    const related = corpus.related(ref);
    const order = [...related.filter((r) => !r.uncertain && !r.verdict.agree), ...related.filter((r) => !r.uncertain && r.verdict.agree), ...related.filter((r) => r.uncertain)];
    assert.deepEqual(h.links, order.map((r) => ({ uri: r.ref.uri, start: r.ref.figure.start, end: r.ref.figure.end })));
    assert.deepEqual(parseOpenLinks(h.markdown), h.links, 'every link is in the Markdown, in order');
    assert.ok(h.markdown.indexOf('**Disagree** (1)') < h.markdown.indexOf('**Agree**'));
    assert.match(h.markdown, /- \*\*2026\\-04\\-09\*\* — \[Pacific Tech Report\]\(command:triangulate\.openFigure\?[^ ]+ "Open 04-pacific-tech-report\.txt at “April 9”"\) · 2026-04-13 {2}\n {2}“[^”]*introduced Muse Spark on \*\*April 9\*\*[^”]*” {2}\n {2}\*2026\\-04\\-08 vs 2026\\-04\\-09: different dates\*/);
    assert.equal(fileOf(h.links[0].uri), '04-pacific-tech-report.txt');
  });

  it('names what a count counts, keeping the qualifier last', () => {
    const corpus = sampleCorpus();
    const users = corpus.figureAt(LEDGER, offsetIn(corpus, LEDGER, '3 billion'))!.figure;
    assert.match(valueText(users), /^3 billion users \(over\)$/);
    const h = hover(DRIFT, 'a dozen')!;
    assert.match(h.markdown, /^\$\(symbol-number\) \*\*12 agents\*\* · count · written “a dozen”/);
  });

  it('shows the link confidence and its caveats when below 1', () => {
    const h = hover(LEDGER, '$115 billion')!;
    // The analyst note's $14.3 billion: no object, no year, eight times smaller — an uncertain link.
    assert.match(h.markdown, /link confidence 0\.3: only one source states the object \\\(infrastructure\\\).*the values are 8 times apart/);
  });

  it('says when no other source gives the figure', () => {
    const corpus = sampleCorpus();
    const a = corpus.get(LEDGER)!;
    const index = a.figures.findIndex((f, i) => f.dateRole !== 'publication' && !corpus.related({ uri: LEDGER, index: i }).length);
    const h = figureHover(corpus, corpus.figureRef(LEDGER, index)!);
    assert.match(h.markdown, /\*\*In other sources\*\*\n\nNo other source gives this figure\.$/);
    assert.deepEqual(h.links, []);
  });

  it('on a publication date: says so, with no comparison', () => {
    const h = hover(LEDGER, 'April 9, 2026')!;
    assert.match(h.markdown, /Publication date of this document\.$/);
    assert.doesNotMatch(h.markdown, /In other sources/);
  });

  it('on an entity: type, aliases, documents that mention it with links', () => {
    const h = hover(LEDGER, 'Meta Platforms made', 1)!;
    assert.equal(h.kind, 'entity');
    assert.match(h.markdown, /^\$\(symbol-class\) \*\*Meta\*\* · organization/);
    assert.match(h.markdown, /Also written: .*Meta Platforms/);
    assert.match(h.markdown, /Mentioned in \*\*6\*\* of 6 documents \(\d+ mentions\)\./);
    assert.equal(h.links.length, 5);
    assert.ok(h.links.every((l) => l.uri !== LEDGER));
  });

  it('caches the merged entities per corpus version', () => {
    const corpus = sampleCorpus();
    const directory = new EntityDirectory();
    let calls = 0;
    const counting = Object.create(corpus, { entities: { value: () => (calls++, corpus.entities()) } });
    directory.get(counting, 1, 'meta');
    directory.get(counting, 1, 'muse spark');
    assert.equal(calls, 1);
    directory.get(counting, 2, 'meta');
    assert.equal(calls, 2);
  });

  it('on a claim: the claims about the same figures and names elsewhere, figure matches first', () => {
    const corpus = sampleCorpus();
    const claim = corpus.claimAt(LEDGER, offsetIn(corpus, LEDGER, 'cannot download'))!;
    const related = relatedClaims(corpus, LEDGER, claim);
    assert.ok(related.length > 0);
    assert.ok(related.every((r) => r.uri !== LEDGER));
    assert.ok(related[0].figures.includes('Muse Spark · launch date'), 'the launch-date claims come first');
    const firstWithout = related.findIndex((r) => !r.figures.length);
    if (firstWithout >= 0) assert.ok(related.slice(firstWithout).every((r) => !r.figures.length));
    const h = claimHover(corpus, LEDGER, claim, 3);
    assert.match(h.markdown, /^\$\(comment\) \*\*Claim\*\* · check-worthiness 0\.\d+/);
    assert.equal(h.links.length, Math.min(3, related.length));
    if (related.length > 3) assert.match(h.markdown, new RegExp(`- … and ${related.length - 3} more$`));
  });

  it('prefers a figure to the entity or claim around it, and answers nothing outside the corpus', () => {
    assert.equal(hover(DRIFT, '$110 billion')!.kind, 'figure');
    const corpus = sampleCorpus();
    assert.equal(hoverAt(corpus, 'file:///elsewhere.md', 0, { directory: new EntityDirectory(), version: 0 }), undefined);
  });
});
