// Editing one article (without saving) must update what the other articles show. The edit is made in an
// editor and reverted afterwards; nothing is ever saved, so samples/ on disk never changes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, fileOf, getApi, hoverMarkdown, positionOf, sampleUri, waitFor } from './support';
import { parseOpenLinks } from '../../src/extension/views/text';
import { ALL_LAYERS, decorationModel } from '../../src/extension/views/decorations';
import type { TriangulateApi } from '../../src/extension/api';

const related06 = (d: vscode.Diagnostic) => d.relatedInformation?.some((r) => fileOf(r.location.uri) === '06-model-drift-blog.txt');

describe('editing a document', () => {
  let api: TriangulateApi;
  const ledger = sampleUri('01-ledger-wire-launch.md');
  const drift = sampleUri('06-model-drift-blog.txt');
  let onDisk: string;

  before(async () => {
    api = await getApi();
    onDisk = fs.readFileSync(drift.fsPath, 'utf8');
    // VS Code for the Web saves after a delay by default: this test must never save.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await waitFor('auto save off', () => vscode.workspace.getConfiguration('files').get('autoSave') === 'off');
  });
  after(async () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === drift.toString());
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    const now = fs.readFileSync(drift.fsPath, 'utf8');
    if (now !== onDisk) fs.writeFileSync(drift.fsPath, onDisk); // never leave the committed sample modified
    assert.equal(now, onDisk, 'the sample on disk is unchanged');
  });

  it('updates the other documents’ hovers, diagnostics and decorations; reverting restores them', async () => {
    const spendingAt = await positionOf(api, ledger, '$115 billion');
    const ledgerSpending = () => vscode.languages.getDiagnostics(ledger).find((d) => d.source === 'Triangulate' && d.range.contains(spendingAt));
    const pointsToDrift = () => {
      const d = ledgerSpending();
      return d !== undefined && related06(d) === true;
    };
    // Before: Model Drift's "roughly $110 billion" disagrees with the ledger's "more than $115 billion".
    assert.ok(pointsToDrift(), 'before the edit, the ledger’s diagnostic points to Model Drift');
    let md = (await hoverMarkdown(ledger, spendingAt))!;
    // Where Model Drift's link stands in the card, and where the Agree section starts (Infinity: none).
    const driftAt = () => md.indexOf(parseOpenLinks(md).some((l) => fileOf(l.uri) === '06-model-drift-blog.txt') ? '06-model-drift-blog.txt' : '\u0000');
    const agreeAt = () => (md.includes('**Agree**') ? md.indexOf('**Agree**') : Infinity);
    assert.ok(driftAt() > md.indexOf('**Disagree**') && driftAt() < agreeAt(), `before the edit, Model Drift is a disagreement:\n${md}`);

    // Edit Model Drift, unsaved: it now says what the ledger says.
    const doc = await vscode.workspace.openTextDocument(drift);
    const editor = await vscode.window.showTextDocument(doc);
    const from = doc.getText().indexOf('roughly $110 billion');
    assert.ok(from > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(drift, new vscode.Range(doc.positionAt(from), doc.positionAt(from + 'roughly $110 billion'.length)), 'more than $115 billion');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    const figureStart = from + 'more than '.length;
    await waitFor('Model Drift’s decorations to follow the edit', () => api.decorations(drift.toString())?.[api.decorations(drift.toString())!.conflict.some((s) => s.start === figureStart) ? 'conflict' : 'corroborated'].some((s) => s.start === figureStart), 3000);
    const latency = api.editLatency(drift.toString());
    assert.ok(latency && latency.ms >= 150 && latency.ms < 2000, `edit → decorations: ${latency?.ms} ms`);
    console.log(`      edit → decorations in the extension host: ${latency.ms} ms (150 ms of it is the typing pause)`);
    await api.idle();
    assert.equal(api.corpus.text(drift.toString()), doc.getText(), 'the unsaved text wins over the disk');

    // The ledger's diagnostic no longer points to Model Drift, and its hover lists Model Drift as agreeing.
    await waitFor('the ledger’s diagnostic to drop Model Drift', () => !pointsToDrift());
    md = (await hoverMarkdown(ledger, spendingAt))!;
    assert.ok(agreeAt() < Infinity && driftAt() > agreeAt(), `after the edit, Model Drift is under Agree:\n${md}`);
    assert.match(md, /\*\*\$115 billion \\\(more than\\\)\*\* — \[Model Drift/);
    // The edited document's own decorations follow the new analysis.
    const expected = decorationModel(api.corpus, drift.toString(), ALL_LAYERS)!;
    assert.ok([...expected.conflict, ...expected.corroborated].some((s) => s.start === figureStart), 'the new figure is compared');
    await waitFor('Model Drift’s decorations', () => JSON.stringify(api.decorations(drift.toString())) === JSON.stringify(expected));
    assert.equal(editor.document.uri.toString(), drift.toString());

    // Revert: everything comes back.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.ok(!doc.isDirty);
    await api.idle();
    await waitFor('the ledger’s diagnostic to point to Model Drift again', pointsToDrift);
    md = (await hoverMarkdown(ledger, spendingAt))!;
    assert.ok(driftAt() > md.indexOf('**Disagree**') && driftAt() < agreeAt(), `after the revert, Model Drift disagrees again:\n${md}`);
  });
});

describe('files on disk', () => {
  let api: TriangulateApi;
  const created = sampleUri('zz-watcher-test.md');
  const renamed = sampleUri('zz-watcher-test-renamed.md');

  before(async () => {
    api = await getApi();
  });
  after(async () => {
    // Never leave a file behind in samples/.
    for (const uri of [created, renamed]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitFor('six articles again', () => api.corpus.size === 6);
  });

  it('picks up a created, renamed and deleted article', async () => {
    const ledger = sampleUri('01-ledger-wire-launch.md');
    const text = '# A late correction\n\nBy A. Reporter | The Test Desk | April 20, 2026\n\nMeta plans to spend about $60 billion on AI infrastructure in 2026, the company said.\n';
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(text));
    await waitFor('the new article', () => api.corpus.has(created.toString()), 10_000);
    await api.idle();
    assert.equal(api.corpus.size, 7);
    assert.ok(api.trees.documents.getChildren().some((n) => n.uri === created.toString()), 'the tree lists it');
    // Its figure is compared at once: the ledger's "$115 billion" now also disagrees with it.
    await waitFor('the ledger’s problem to point to the new article', () => vscode.languages.getDiagnostics(ledger).some((d) => d.relatedInformation?.some((r) => r.location.uri.toString() === created.toString())));

    await vscode.workspace.fs.rename(created, renamed);
    await waitFor('the rename', () => api.corpus.has(renamed.toString()) && !api.corpus.has(created.toString()), 10_000);
    assert.equal(api.corpus.size, 7);

    await vscode.workspace.fs.delete(renamed);
    await waitFor('the deletion', () => !api.corpus.has(renamed.toString()), 10_000);
    await api.idle();
    assert.equal(api.corpus.size, 6);
    assert.ok(!vscode.languages.getDiagnostics(ledger).some((d) => d.relatedInformation?.some((r) => r.location.uri.toString() === renamed.toString())), 'no problem points to the deleted file');
  });
});
