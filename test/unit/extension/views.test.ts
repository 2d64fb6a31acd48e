import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../../src/core/corpus';
import { figureStatuses, key } from '../../../src/core/report/status';
import { buildReport, ReportSchema } from '../../../src/core/report/json';
import { decorationModel, ALL_LAYERS } from '../../../src/extension/views/decorations';
import { documentStatuses, documentStatusesByGroup } from '../../../src/extension/views/statuses';
import { bucketOfKey, conflictDiagnostics, conflictPairs, linkKeys, linksMeet, reviewKey, scanDocument } from '../../../src/extension/views/diagnostics';
import { conflictStops, nextStop } from '../../../src/extension/views/navigation';
import { statusSummary } from '../../../src/extension/views/statusBar';
import { renderReport, formatOfFileName, EXPORT_FORMATS } from '../../../src/extension/views/export';
import { TreeModel } from '../../../src/extension/views/tree';
import { escapeMarkdown, openLink, parseOpenLinks, snippet, snippetMarkdown, fileName, truncate } from '../../../src/extension/views/text';
import { sampleCorpus, LEDGER, DRIFT, offsetIn, fileOf, uriOf, spendingLabel, escapeRegExp } from './fixture';

const STORIES = path.resolve(__dirname, '../../fixtures/stories');

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
        // The per-figure rule (direct links) gives the report's statuses (quantity groups).
        assert.deepEqual(documentStatuses(corpus, uri), a.figures.map((_, i) => statuses.get(key(uri, i)) ?? 'single'));
        assert.deepEqual(documentStatusesByGroup(corpus, uri), documentStatuses(corpus, uri));
      }
      const ledger = decorationModel(corpus, LEDGER)!;
      const spending = offsetIn(corpus, LEDGER, '$115 billion');
      assert.ok(ledger.conflict.some((s) => s.start === spending));
    });

    it('gives the report’s statuses on the test stories too', () => {
      const corpus = sampleCorpus(true);
      for (const dir of fs.readdirSync(STORIES)) {
        for (const f of fs.readdirSync(path.join(STORIES, dir, 'articles'))) corpus.set(`file:///stories/${dir}/${f}`, fs.readFileSync(path.join(STORIES, dir, 'articles', f), 'utf8'));
      }
      const statuses = figureStatuses(corpus.quantities());
      let compared = 0;
      for (const uri of corpus.uris()) {
        assert.deepEqual(documentStatuses(corpus, uri), corpus.get(uri)!.figures.map((_, i) => statuses.get(key(uri, i)) ?? 'single'), fileOf(uri));
        compared += corpus.get(uri)!.figures.length;
      }
      assert.ok(compared > 100);
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
    it('reports each figure in conflict, pointing to the other sources’ figures', () => {
      const corpus = sampleCorpus();
      const model = conflictDiagnostics(corpus);
      const statuses = figureStatuses(corpus.quantities());
      // Exactly the figures the report marks as in conflict.
      const flagged = [...model.values()].flat().map((d) => key(d.uri, d.figureIndex)).sort();
      assert.deepEqual(flagged, [...statuses].filter(([, s]) => s === 'conflict').map(([k]) => k).sort());
      const spending = model.get(LEDGER)!.find((d) => d.start === offsetIn(corpus, LEDGER, '$115 billion'))!;
      assert.match(spending.message, new RegExp(`^Sources disagree on ${escapeRegExp(spendingLabel(corpus))}: \\$115 billion \\(more than\\) here, but .*\\$110 billion \\(roughly\\) in “Model Drift - notes on AI releases”`));
      const related = spending.related.map((r) => `${fileOf(r.uri)}:${corpus.text(r.uri)!.slice(r.start, r.end)}`);
      assert.ok(related.includes('06-model-drift-blog.txt:$110 billion'));
      // The analyst note's $14.3 billion names no object and no year and is eight times smaller: an uncertain
      // link, shown in the hover but not reported as a disagreement.
      assert.ok(!related.includes('05-northbridge-analyst-note.md:$14.3 billion'));
      assert.match(spending.related.find((r) => r.uri === DRIFT)!.message, /^\$110 billion \(roughly\) in “Model Drift - notes on AI releases”: .*too far apart.*\(link confidence 0\.9\)$/);
      assert.ok(spending.related.every((r) => r.uri !== LEDGER));
      assert.equal(spending.keys.length, spending.total);
    });

    it('caps the related information and says how many more disagree', () => {
      const corpus = sampleCorpus();
      // The blog's "roughly $110 billion" disagrees with both "$115 billion" figures.
      const scan = scanDocument(corpus, DRIFT, new Set(), 1)!;
      const spending = scan.diagnostics.find((d) => d.start === offsetIn(corpus, DRIFT, '$110 billion'))!;
      assert.equal(spending.related.length, 1);
      assert.ok(spending.total >= 2);
      assert.match(spending.message, /but .* and \d+ more\.$|, .* and /);
    });

    it('leaves out reviewed disagreements on both sides, but the figures stay in conflict', () => {
      const corpus = sampleCorpus();
      const ledger = corpus.figureAt(LEDGER, offsetIn(corpus, LEDGER, '$115 billion'))!;
      const drift = corpus.figureAt(DRIFT, offsetIn(corpus, DRIFT, '$110 billion'))!;
      const reviewed = new Set([reviewKey(ledger, drift)]);
      assert.equal(reviewKey(ledger, drift), reviewKey(drift, ledger), 'the same key from either side');
      const model = conflictDiagnostics(corpus, reviewed);
      // The blog's figure also disagrees with the newsletter: that disagreement stays.
      const d = model.get(DRIFT)!.find((x) => x.start === drift.figure.start)!;
      assert.ok(!d.related.some((r) => r.uri === LEDGER), 'the reviewed source is gone');
      assert.ok(d.related.length > 0, 'the others stay');
      // The ledger's figure disagreed only with the blog: no diagnostic left on it.
      assert.ok(!(model.get(LEDGER) ?? []).some((x) => x.start === ledger.figure.start));
      assert.equal(scanDocument(corpus, LEDGER, reviewed)!.statuses[ledger.index], 'conflict');
      // Every disagreement of the figure reviewed: no diagnostic left on it.
      const all = new Set(d.keys.concat([...reviewed]));
      assert.ok(!(conflictDiagnostics(corpus, all).get(DRIFT) ?? []).some((x) => x.start === drift.figure.start));
    });

    it('keys a review by the values, so it does not survive a change of what a source says', () => {
      const corpus = sampleCorpus(true);
      const key = () => reviewKey(corpus.figureAt(LEDGER, offsetIn(corpus, LEDGER, '$115 billion'))!, corpus.figureAt(DRIFT, offsetIn(corpus, DRIFT, 'billion on AI') - 5)!);
      const before = key();
      corpus.set(uriOf('03-signal-and-noise-newsletter.md'), corpus.text(uriOf('03-signal-and-noise-newsletter.md'))! + '\n\nAn unrelated line.\n');
      assert.equal(key(), before, 'an unrelated edit keeps the review');
      corpus.set(DRIFT, corpus.text(DRIFT)!.replace('roughly $110 billion', 'roughly $100 billion'));
      assert.notEqual(key(), before);
    });

    it('lists the documents a scan disagrees with, and counts the pairs as the report does', () => {
      const corpus = sampleCorpus();
      const scan = scanDocument(corpus, LEDGER)!;
      assert.ok(scan.conflictsWith.includes(DRIFT));
      assert.ok(scan.links.length > 0);
      const scans = corpus.uris().map((u) => scanDocument(corpus, u)!);
      const report = buildReport({ corpus, folder: 'x', version: '0', pathOf: (u) => u });
      assert.equal(conflictPairs(scans), new Set(report.conflicts.flatMap((c) => c.pairs.map((p) => p.docs.join('|')))).size, 'pairs of documents in conflict, as in the report');
    });

    it('marks stale every document whose scan an edit elsewhere changes (link keys are a superset of the engine’s links)', () => {
      const corpus = sampleCorpus(true);
      for (const dir of fs.readdirSync(STORIES)) {
        for (const f of fs.readdirSync(path.join(STORIES, dir, 'articles'))) corpus.set(`file:///stories/${dir}/${f}`, fs.readFileSync(path.join(STORIES, dir, 'articles', f), 'utf8'));
      }
      const scanAll = () => new Map(corpus.uris().map((u) => [u, scanDocument(corpus, u)!]));
      let checked = 0;
      for (const edited of corpus.uris()) {
        const before = scanAll();
        const original = corpus.text(edited)!;
        // Change every number of the document, then remove it: both must be noticed.
        for (const change of [() => corpus.set(edited, original.replace(/\b\d+\b/g, (m) => String(Number(m) * 3 + 1))), () => corpus.remove(edited)]) {
          const keys = new Set([...before.get(edited)!.links, ...linkKeys(corpus, edited)]);
          change();
          const buckets = new Set([...keys].map(bucketOfKey));
          for (const [uri, scan] of scanAll()) {
            if (uri === edited) continue;
            const old = before.get(uri)!;
            const same = JSON.stringify([old.statuses, old.diagnostics, old.conflictsWith]) === JSON.stringify([scan.statuses, scan.diagnostics, scan.conflictsWith]);
            if (!same) {
              checked++;
              assert.ok(linksMeet(old.links, keys, buckets), `${fileOf(uri)} changed after editing ${fileOf(edited)} but would not be rescanned`);
            }
          }
          corpus.set(edited, original);
        }
      }
      assert.ok(checked > 10, `only ${checked} changed scans were checked`);
    });
  });

  describe('navigation', () => {
    it('visits every conflict in document order and wraps around', () => {
      const corpus = sampleCorpus();
      const stops = conflictStops(corpus);
      const report = figureStatuses(corpus.quantities());
      const expected = corpus.uris().flatMap((u) => corpus.get(u)!.figures.filter((_, i) => report.get(key(u, i)) === 'conflict').map((f) => ({ uri: u, start: f.start, end: f.end })));
      assert.deepEqual(stops, expected, 'the report’s conflicting figures, in document order');
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
    it('shows documents · figures · figures in conflict', () => {
      const s = statusSummary({ documents: 6, figures: 57, conflicts: 17, documentsInConflict: 6 });
      assert.equal(s.text, '$(warning) 6 documents · 57 figures · 17 in conflict');
      assert.match(s.tooltip, /17 figures contradicted by another source, in 6 of 6 documents/);
      assert.equal(statusSummary({ documents: 1, figures: 1, conflicts: 0, documentsInConflict: 0 }).text, '$(check) 1 document · 1 figure · 0 in conflict');
      assert.match(statusSummary({ documents: 0, figures: 0, conflicts: 0, documentsInConflict: 0 }, true).text, /^\$\(sync~spin\) /);
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
    const model = (corpus: Corpus) => new TreeModel({ corpus, statusOf: (u) => documentStatuses(corpus, u), pathOf: fileOf, skipped: [{ uri: 'file:///x/big.md', path: 'big.md', reason: 'larger than the 5 MB limit' }] });

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
      const spending = conflicts.find((c) => c.label === spendingLabel(corpus))!;
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
      const spending = roots.find((r) => r.label === spendingLabel(corpus))!;
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
