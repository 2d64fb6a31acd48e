import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, fileOf } from './support';
import { buildReport } from '../../src/core/report/json';

describe('workspace and status bar', () => {
  it('activates, indexes the sample articles and exposes its API', async () => {
    const api = await getApi();
    const files = await vscode.workspace.findFiles('**/*.{md,txt}');
    assert.deepEqual(api.corpus.uris().map(fileOf).sort(), files.map(fileOf).sort());
    assert.equal(api.corpus.size, 6);
    assert.deepEqual(api.skipped(), []);
  });

  it('shows documents · figures · figures in conflict in the status bar, matching the report', async () => {
    const api = await getApi();
    const status = api.status();
    assert.ok(status, 'the status bar item was never set');
    const report = buildReport({ corpus: api.corpus, folder: 'samples', version: '0', pathOf: (u) => u });
    const inConflict = report.figures.filter((f) => f.status === 'conflict').length;
    assert.equal(status.documents, 6);
    assert.equal(status.figures, report.figures.length);
    assert.equal(status.conflicts, inConflict);
    assert.equal(status.documentsInConflict, new Set(report.figures.filter((f) => f.status === 'conflict').map((f) => f.doc)).size);
    assert.ok(inConflict > 0);
    assert.ok(status.text.endsWith(`6 documents · ${report.figures.length} figures · ${inConflict} in conflict`), status.text);
    assert.match(status.tooltip, /Click to open the Triangulate view/);
    // The Problems panel counts the same figures.
    const problems = vscode.languages.getDiagnostics().flatMap(([, list]) => list).filter((d) => d.source === 'Triangulate');
    assert.equal(problems.length, inConflict);
  });

  it('declares support for untrusted and virtual workspaces and lazy activation', () => {
    const pkg = vscode.extensions.getExtension('triangulate.triangulate')!.packageJSON;
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
  });
});
