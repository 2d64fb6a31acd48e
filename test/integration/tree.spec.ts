import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, fileOf, spendingLabel } from './support';
import { documentStatuses } from '../../src/extension/views/statuses';
import { describeValue } from '../../src/core/compare/verdict';
import { truncate } from '../../src/extension/views/text';
import type { TriangulateApi } from '../../src/extension/api';

describe('tree views', () => {
  let api: TriangulateApi;
  before(async () => {
    api = await getApi();
  });

  it('Documents lists every article with its title, date and counts', () => {
    const roots = api.trees.documents.getChildren().filter((n) => n.kind === 'document');
    const corpus = api.corpus;
    assert.equal(roots.length, 6);
    assert.deepEqual(roots.map((n) => fileOf(n.uri!)), corpus.uris().map(fileOf).sort());
    for (const node of roots) {
      const a = corpus.get(node.uri!)!;
      assert.equal(node.label, a.title.replace(/\s+/g, ' ').trim());
      assert.ok(node.description!.startsWith(a.published ?? 'undated'), `${node.description} starts with the date`);
      assert.match(node.description!, new RegExp(`${a.figures.length} figures?$`));
    }
  });

  it('a document’s children are its conflicts, figures, names and claims, matching the analysis', () => {
    const corpus = api.corpus;
    for (const doc of api.trees.documents.getChildren().filter((n) => n.kind === 'document')) {
      const a = corpus.get(doc.uri!)!;
      const statuses = documentStatuses(corpus, doc.uri!);
      const conflicting = statuses.map((s, i) => (s === 'conflict' ? i : -1)).filter((i) => i >= 0);
      const sections = api.trees.documents.getChildren(doc);
      const bySection = new Map(sections.map((s) => [s.section!, s]));
      assert.equal(bySection.has('conflicts'), conflicting.length > 0, `${fileOf(doc.uri!)}: a Conflicts section only when it has conflicts`);
      if (conflicting.length) {
        const items = api.trees.documents.getChildren(bySection.get('conflicts'));
        assert.deepEqual(items.map((i) => i.target!.start), conflicting.map((i) => a.figures[i].start));
        for (const item of items) assert.equal(api.trees.documents.getParent(item)?.id, bySection.get('conflicts')!.id);
      }
      const figures = api.trees.documents.getChildren(bySection.get('figures'));
      assert.deepEqual(figures.map((f) => [f.target!.start, f.icon]), a.figures.map((f, i) => [f.start, f.dateRole === 'publication' ? 'date' : statuses[i]]));
      assert.equal(api.trees.documents.getChildren(bySection.get('entities')).length, a.entities.length);
      assert.deepEqual(api.trees.documents.getChildren(bySection.get('claims')).map((c) => c.target!.start), a.claims.map((c) => c.start));
    }
  });

  it('Conflicts groups the disagreements by quantity, with the value each source gives', () => {
    const corpus = api.corpus;
    const groups = corpus.conflicts();
    const roots = api.trees.conflicts.getChildren();
    assert.ok(groups.length >= 2, 'the sample has conflicts');
    assert.deepEqual(roots.map((r) => r.label), groups.map((g) => corpus.label(g)));
    assert.ok(roots.some((r) => r.label === spendingLabel(api)));
    roots.forEach((root, i) => {
      const rows = api.trees.conflicts.getChildren(root);
      const g = groups[i];
      assert.deepEqual(rows.map((r) => `${fileOf(r.uri!)}=${r.label}`).sort(), g.figures.map((f) => `${fileOf(f.uri)}=${describeValue(f.figure)}`).sort());
      for (const r of rows) assert.equal(r.description!.split(' · ')[0], truncate(corpus.get(r.uri!)!.title, 40));
    });
    const spending = api.trees.conflicts.getChildren(roots.find((r) => r.label === spendingLabel(api)));
    assert.ok(spending.some((r) => r.label === '$110 billion (roughly)' && fileOf(r.uri!) === '06-model-drift-blog.txt'));
  });

  it('keeps node ids stable across a refresh, so expanded nodes stay expanded', async () => {
    const before = api.trees.documents.getChildren().map((n) => n.id);
    const sections = api.trees.documents.getChildren(api.trees.documents.getChildren()[0]).map((n) => n.id);
    await vscode.commands.executeCommand('triangulate.analyseWorkspace');
    await api.idle();
    assert.deepEqual(api.trees.documents.getChildren().map((n) => n.id), before);
    assert.deepEqual(api.trees.documents.getChildren(api.trees.documents.getChildren()[0]).map((n) => n.id), sections);
  });

  it('the views are contributed in their own container', async () => {
    const pkg = vscode.extensions.getExtension('triangulate.triangulate')!.packageJSON;
    assert.equal(pkg.contributes.viewsContainers.activitybar[0].id, 'triangulate');
    assert.deepEqual(pkg.contributes.views.triangulate.map((v: { id: string }) => v.id), ['triangulate.documents', 'triangulate.conflicts']);
    await vscode.commands.executeCommand('workbench.view.extension.triangulate');
    await vscode.commands.executeCommand('triangulate.documents.focus');
  });
});
