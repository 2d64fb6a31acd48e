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

  it('shows documents · figures · conflicts in the status bar, matching the report', async () => {
    const api = await getApi();
    const status = api.status();
    assert.ok(status, 'the status bar item was never set');
    const report = buildReport({ corpus: api.corpus, folder: 'samples', version: '0', pathOf: (u) => u });
    assert.equal(status.documents, 6);
    assert.equal(status.figures, report.figures.length);
    assert.equal(status.conflicts, report.conflicts.length);
    assert.ok(status.conflicts > 0);
    assert.ok(status.text.endsWith(`6 documents · ${report.figures.length} figures · ${report.conflicts.length} conflicts`), status.text);
    assert.match(status.tooltip, /Click to open the Triangulate view/);
  });

  it('declares support for untrusted and virtual workspaces and lazy activation', () => {
    const pkg = vscode.extensions.getExtension('triangulate.triangulate')!.packageJSON;
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
  });
});
