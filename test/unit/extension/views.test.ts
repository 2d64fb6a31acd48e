import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../../src/core/corpus';
import { figureStatuses, key } from '../../../src/core/report/status';
import { buildReport, ReportSchema } from '../../../src/core/report/json';
import { decorationModel, ALL_LAYERS } from '../../../src/extension/views/decorations';
import { documentStatuses, corpusStatuses } from '../../../src/extension/views/statuses';
import { conflictDiagnostics, reviewKey } from '../../../src/extension/views/diagnostics';
import { conflictStops, nextStop } from '../../../src/extension/views/navigation';
import { statusSummary } from '../../../src/extension/views/statusBar';
import { renderReport, formatOfFileName, EXPORT_FORMATS } from '../../../src/extension/views/export';
import { TreeModel } from '../../../src/extension/views/tree';
import { escapeMarkdown, openLink, parseOpenLinks, snippet, snippetMarkdown, fileName, truncate } from '../../../src/extension/views/text';
import { sampleCorpus, LEDGER, DRIFT, offsetIn, fileOf, uriOf } from './fixture';

describe('extension view models', () => {
  describe('text helpers', () => {
    it('escapes Markdown and HTML, so article text cannot inject links, icons or markup', () => {
      assert.equal(escapeMarkdown('*a* [b](c) $(x) <b> #1 _u_ a|b & c'), '\\*a\\* \\[b\\]\\(c\\) $\\(x\\) \\<b\\> \\#1 \\_u\\_ a\\|b \\& c');
    });

    it('round-trips command links, with parentheses and quotes in the URI encoded', () => {
      const target = { uri: "file:///a/notes (old)/it's.md", start: 3, end: 9 };
      const link = openLink(target);
      assert.match(link, /^command:triangulate\.openFigure\?[^()' ]+$/);
      assert.deepEqual(parseOpenLinks(`see [x](${link} "tip") and [y](${openLink({ uri: 'file:///b.md', start: 0, end: 1 })})`), [target, { uri: 'file:///b.md', start: 0, end: 1 }]);
    });

    it('cuts a long sentence around the figure at word boundaries', () => {
      const sentence = `${'word '.repeat(60)}spent $115 billion on things ${'more '.repeat(60)}end.`;
      const at = sentence.indexOf('$115 billion');
      const s = snippet(sentence, at, at + 12, 80);
      assert.equal(s.figure, '$115 billion');
      assert.ok(s.before.startsWith('…') && s.after.endsWith('…'));
      assert.ok(s.before.length + s.after.length + s.figure.length <= 84);
      assert.match(snippetMarkdown(s), /^“….*spent \*\*\$115 billion\*\* on things.*…”$/);
      const short = snippet('It cost $5.', 8, 10);
      assert.deepEqual(short, { before: 'It cost ', figure: '$5', after: '.' });
    });

    it('names files and truncates labels', () => {
      assert.equal(fileName('file:///a/b%20c.md'), 'b c.md');
      assert.equal(truncate('one two three four five', 12), 'one two…');
      assert.equal(truncate('short', 12), 'short');
    });
  });

  describe('decorations', () => {
    it('puts each figure in the layer of its status, the same status the report gives', () => {
      const corpus = sampleCorpus();
      const statuses = figureStatuses(corpus.quantities());
      for (const uri of corpus.uris()) {
        const model = decorationModel(corpus, uri)!;
        const a = corpus.get(uri)!;
        a.figures.forEach((f, i) => {
          const status = statuses.get(key(uri, i)) ?? 'single';
          const where = (['conflict', 'corroborated', 'single'] as const).filter((k) => model[k].some((s) => s.start === f.start && s.end === f.end));
          assert.deepEqual(where, f.dateRole === 'publication' ? [] : [status], `${fileOf(uri)} "${f.text}"`);
        });
        assert.deepEqual(documentStatuses(corpus, uri), a.figures.map((_, i) => statuses.get(key(uri, i)) ?? 'single'));
      }
      const ledger = decorationModel(corpus, LEDGER)!;
      const spending = offsetIn(corpus, LEDGER, '$115 billion');
      assert.ok(ledger.conflict.some((s) => s.start === spending));
    });

    it('lists entity mentions once each and claims, and leaves out the layers turned off', () => {
      const corpus = sampleCorpus();
      const all = decorationModel(corpus, LEDGER, ALL_LAYERS)!;
      const a = corpus.get(LEDGER)!;
      assert.equal(new Set(all.entity.map((s) => `${s.start}:${s.end}`)).size, all.entity.length);
      assert.ok(all.entity.length > 10);
      assert.deepEqual(all.claim, a.claims.map((c) => ({ start: c.start, end: c.end })));
      const none = decorationModel(corpus, LEDGER, { figures: false, entities: false, claims: false })!;
      assert.deepEqual(none, { conflict: [], corroborated: [], single: [], entity: [], claim: [] });
      const onlyClaims = decorationModel(corpus, LEDGER, { figures: false, entities: false, claims: true })!;
      assert.equal(onlyClaims.conflict.length + onlyClaims.single.length + onlyClaims.entity.length, 0);
      assert.equal(decorationModel(corpus, 'file:///not-there.md'), undefined);
    });

    it('follows an edit of another document', () => {
      const corpus = sampleCorpus(true);
      const spending = offsetIn(corpus, LEDGER, '$115 billion');
      const statusAt = () => (['conflict', 'corroborated', 'single'] as const).find((k) => decorationModel(corpus, LEDGER)![k].some((s) => s.start === spending));
      assert.equal(statusAt(), 'conflict');
      // Every other source now agrees with the ledger.
      corpus.set(DRIFT, corpus.text(DRIFT)!.replace('roughly $110 billion', 'more than $115 billion'));
      corpus.remove(uriOf('05-northbridge-analyst-note.md'));
      assert.equal(statusAt(), 'corroborated');
    });
  });

  describe('diagnostics', () => {
    it('reports each figure of each confident conflict, pointing to the other sources’ figures', () => {
      const corpus = sampleCorpus();
      const model = conflictDiagnostics(corpus);
      const statuses = corpusStatuses(corpus);
      // Exactly the figures the report marks as in conflict.
      const flagged = [...model.values()].flat().map((d) => key(d.uri, d.figureIndex)).sort();
      assert.deepEqual(flagged, [...statuses].filter(([, s]) => s === 'conflict').map(([k]) => k).sort());
      const spending = model.get(LEDGER)!.find((d) => d.start === offsetIn(corpus, LEDGER, '$115 billion'))!;
      assert.match(spending.message, /^Sources disagree on Meta · spending \(infrastructure, 2026\): \$115 billion \(more than\) here, but .*\$110 billion \(roughly\) in “Model Drift - notes on AI releases”/);
      const related = spending.related.map((r) => `${fileOf(r.uri)}:${corpus.text(r.uri)!.slice(r.start, r.end)}`);
      assert.ok(related.includes('06-model-drift-blog.txt:$110 billion'));
      assert.ok(related.includes('05-northbridge-analyst-note.md:$14.3 billion'));
      assert.ok(spending.related.every((r) => r.message.length > 0 && r.uri !== LEDGER));
      assert.ok(spending.keys.length >= 2, 'one review key per document pair');
    });

    it('leaves out reviewed disagreements, everywhere they appear', () => {
      const corpus = sampleCorpus();
      const g = corpus.conflicts().find((x) => corpus.label(x) === 'Meta · spending (infrastructure, 2026)')!;
      const pair = g.conflicts.find((c) => c.docs.includes(LEDGER) && c.docs.includes(DRIFT))!;
      const reviewed = new Set([reviewKey(g, pair)]);
      const model = conflictDiagnostics(corpus, reviewed);
      const ledger = model.get(LEDGER)!.find((d) => d.start === offsetIn(corpus, LEDGER, '$115 billion'))!;
      assert.ok(!ledger.related.some((r) => r.uri === DRIFT));
      assert.ok(!(model.get(DRIFT) ?? []).some((d) => d.related.some((r) => r.uri === LEDGER && r.start === ledger.start)));
      // All pairs reviewed: no diagnostic left for the quantity.
      const all = new Set(g.conflicts.map((c) => reviewKey(g, c)));
      assert.ok(![...conflictDiagnostics(corpus, all).values()].flat().some((d) => d.label === 'Meta · spending (infrastructure, 2026)'));
    });

    it('keys a review by the values, so it does not survive a change of what a source says', () => {
      const corpus = sampleCorpus(true);
      const keys = () => corpus.conflicts().flatMap((g) => g.conflicts.map((c) => reviewKey(g, c)));
      const g = corpus.conflicts().find((x) => corpus.label(x) === 'Meta · spending (infrastructure, 2026)')!;
      const before = reviewKey(g, g.conflicts.find((c) => c.docs.includes(LEDGER) && c.docs.includes(DRIFT))!);
      assert.ok(keys().includes(before));
      corpus.set(uriOf('03-signal-and-noise-newsletter.md'), corpus.text(uriOf('03-signal-and-noise-newsletter.md'))! + '\n\nAn unrelated line.\n');
      assert.ok(keys().includes(before), 'an unrelated edit keeps the review');
      corpus.set(DRIFT, corpus.text(DRIFT)!.replace('roughly $110 billion', 'roughly $100 billion'));
      assert.ok(!keys().includes(before));
    });
  });

  describe('navigation', () => {
    it('visits every conflict in document order and wraps around', () => {
      const corpus = sampleCorpus();
      const stops = conflictStops(corpus);
      const uris = corpus.uris();
      assert.ok(stops.length >= 3);
      assert.deepEqual(nextStop(stops, uris, { uri: LEDGER, offset: 0 }, 1), stops[0]);
      let at = { uri: LEDGER, offset: 0 };
      for (let i = 0; i < stops.length; i++) {
        const s = nextStop(stops, uris, at, 1)!;
        assert.deepEqual(s, stops[i]);
        at = { uri: s.uri, offset: s.start };
      }
      assert.deepEqual(nextStop(stops, uris, at, 1), stops[0], 'wraps to the first');
      assert.deepEqual(nextStop(stops, uris, { uri: LEDGER, offset: 0 }, -1), stops.at(-1), 'wraps to the last');
      assert.deepEqual(nextStop(stops, uris, { uri: stops[1].uri, offset: stops[1].start }, -1), stops[0]);
      assert.deepEqual(nextStop(stops, uris, undefined, 1), stops[0]);
      assert.equal(nextStop([], uris, undefined, 1), undefined);
    });
  });

  describe('status bar', () => {
    it('counts documents, figures and conflicts like the report', () => {
      const corpus = sampleCorpus();
      const report = buildReport({ corpus, folder: 'x', version: '0', pathOf: (u) => u });
      const s = statusSummary(corpus);
      assert.equal(s.documents, 6);
      assert.equal(s.figures, report.figures.length);
      assert.equal(s.conflicts, report.conflicts.length);
      assert.equal(s.quantities, new Set(report.conflicts.map((c) => c.quantity)).size);
      assert.equal(s.text, `$(warning) 6 documents · ${s.figures} figures · ${s.conflicts} conflicts`);
      assert.match(statusSummary(new Corpus(), true).text, /^\$\(sync~spin\) 0 documents · 0 figures · 0 conflicts$/);
    });
  });

  describe('export', () => {
    it('renders each format with the core renderers', () => {
      const corpus = sampleCorpus();
      const input = { folder: 'samples', version: '1.2.3', pathOf: (u: string) => fileOf(u) };
      const json = ReportSchema.parse(JSON.parse(renderReport(corpus, 'json', input)));
      assert.equal(json.version, '1.2.3');
      assert.equal(json.documents.length, 6);
      assert.match(renderReport(corpus, 'markdown', input), /^# Triangulate report: samples\n/);
      assert.equal(renderReport(corpus, 'csv', input).split('\r\n').length - 2, json.figures.length);
      assert.deepEqual(EXPORT_FORMATS.map((f) => f.extension), ['md', 'json', 'csv']);
      assert.equal(formatOfFileName('r.MD'), 'markdown');
      assert.equal(formatOfFileName('r.json'), 'json');
      assert.equal(formatOfFileName('r.csv'), 'csv');
      assert.equal(formatOfFileName('r.txt'), undefined);
    });
  });

  describe('tree', () => {
    const model = (corpus: Corpus) => new TreeModel({ corpus, statuses: corpusStatuses(corpus), pathOf: fileOf, skipped: [{ uri: 'file:///x/big.md', path: 'big.md', reason: 'larger than the 5 MB limit' }] });

    it('lists the documents by path, then the skipped files', () => {
      const corpus = sampleCorpus();
      const roots = model(corpus).documentRoots();
      assert.deepEqual(roots.map((r) => r.kind), [...Array(6).fill('document'), 'skipped-root']);
      assert.deepEqual(roots.slice(0, 6).map((r) => fileOf(r.uri!)), corpus.uris().map(fileOf).sort());
      const m = model(corpus);
      const skipped = m.children(m.documentRoots().at(-1));
      assert.deepEqual(skipped.map((s) => [s.label, s.description]), [['big.md', 'larger than the 5 MB limit']]);
    });

    it('gives each document its sections, and conflict items what the other sources say', () => {
      const corpus = sampleCorpus();
      const m = model(corpus);
      const ledger = m.documentRoots().find((r) => r.uri === LEDGER)!;
      assert.match(ledger.description!, /^2026-04-09 · \d+ conflicts? · 8 figures$/);
      const sections = m.children(ledger);
      assert.deepEqual(sections.map((s) => s.section), ['conflicts', 'figures', 'entities', 'claims']);
      const conflicts = m.children(sections[0]);
      const spending = conflicts.find((c) => c.label === 'Meta · spending (infrastructure, 2026)')!;
      assert.match(spending.description!, /^\$115 billion \(more than\) here · .*\$110 billion \(roughly\) \(Model Drift - notes on AI releases\)/);
      assert.equal(m.parent(spending)?.id, sections[0].id);
      assert.equal(m.parent(sections[0])?.id, ledger.id);
      assert.deepEqual(spending.target, { uri: LEDGER, start: offsetIn(corpus, LEDGER, '$115 billion'), end: offsetIn(corpus, LEDGER, '$115 billion') + 12 });
    });

    it('groups the conflicts by quantity with the value each source gives, with ids that survive a rebuild', () => {
      const corpus = sampleCorpus();
      const a = model(corpus);
      const roots = a.conflictRoots();
      assert.deepEqual(roots.map((r) => r.label), corpus.conflicts().map((g) => corpus.label(g)));
      const spending = roots.find((r) => r.label === 'Meta · spending (infrastructure, 2026)')!;
      const rows = a.children(spending);
      assert.ok(rows.some((r) => r.label === '$110 billion (roughly)' && r.uri === DRIFT && r.icon === 'conflict'));
      const b = model(corpus);
      assert.deepEqual(b.conflictRoots().map((r) => r.id), roots.map((r) => r.id));
      assert.deepEqual(b.children(b.conflictRoots().find((r) => r.id === spending.id)).map((r) => r.id), rows.map((r) => r.id));
      assert.deepEqual(b.documentRoots().map((r) => r.id), a.documentRoots().map((r) => r.id));
    });
  });

  it('keeps the view models free of the vscode module', () => {
    const dir = path.resolve(__dirname, '../../../src/extension');
    const pure = [...fs.readdirSync(path.join(dir, 'views')).map((f) => path.join(dir, 'views', f)), path.join(dir, 'settings.ts'), path.join(dir, 'glob.ts')];
    for (const file of pure) assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /from ['"](vscode|node:[a-z_]+|fs|path)['"]/, path.basename(file));
  });
});
