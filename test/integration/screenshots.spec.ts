// Screenshots for docs/images, taken from a real run. Only with TRIANGULATE_SCREENSHOTS=1:
//   node scripts/build.mjs && TRIANGULATE_SCREENSHOTS=1 TRIANGULATE_TEST_GREP=screenshots \
//     node scripts/vscode-host/run.mjs --tests $(pwd)/out/integration/index.js --screenshot-dir docs/images
import * as vscode from 'vscode';
import { screenshot } from './screenshot';
import { getApi, offsetOf, sampleUri, spendingLabel, waitFor } from './support';
import type { TriangulateApi } from '../../src/extension/api';

const enabled = process.env.TRIANGULATE_SCREENSHOTS === '1';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUIET: Record<string, unknown> = { 'editor.stickyScroll.enabled': false, 'editor.minimap.enabled': false, 'workbench.tips.enabled': false };

async function showHover(api: TriangulateApi, file: string, text: string, linesAbove: number): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const uri = sampleUri(file);
  const editor = await vscode.window.showTextDocument(uri);
  const at = editor.document.positionAt(offsetOf(api, uri, text) + 1);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at.translate(-Math.min(at.line, linesAbove)), at), vscode.TextEditorRevealType.AtTop);
  await waitFor('decorations', () => api.decorations(uri.toString()));
  await pause(600);
  await vscode.commands.executeCommand('editor.action.showHover');
  await pause(1500);
}

(enabled ? describe : describe.skip)('screenshots', () => {
  before(async () => {
    const config = vscode.workspace.getConfiguration();
    for (const [key, value] of Object.entries(QUIET)) await config.update(key, value, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    const config = vscode.workspace.getConfiguration();
    for (const key of Object.keys(QUIET)) await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  });

  it('hover cards on conflicting figures, and the Problems panel', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    // The cards alone, without the Problems hover above them.
    const config = vscode.workspace.getConfiguration('triangulate');
    const ledger = sampleUri('01-ledger-wire-launch.md');
    await config.update('diagnostics.severity', 'off', vscode.ConfigurationTarget.Global);
    await waitFor('no diagnostics', () => !vscode.languages.getDiagnostics(ledger).length);
    await showHover(api, '02-circuit-daily-benchmarks.md', '16 parallel', 14);
    await screenshot('hover');
    await showHover(api, '01-ledger-wire-launch.md', '$115 billion', 16);
    await screenshot('hover-spending');
    await config.update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(ledger).length > 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(ledger);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await pause(1200);
    await screenshot('problems');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('the Documents and Conflicts views', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.view.extension.triangulate');
    const uri = sampleUri('05-northbridge-analyst-note.md');
    const editor = await vscode.window.showTextDocument(uri);
    const at = editor.document.positionAt(offsetOf(api, uri, '$14.3 billion'));
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    const doc = api.trees.documents.getChildren().find((n) => n.uri === uri.toString())!;
    await api.revealInTree('documents', doc.id, 1);
    const spending = api.trees.conflicts.getChildren().find((n) => n.label === spendingLabel(api));
    if (spending) await api.revealInTree('conflicts', spending.id, 1);
    // A wider side bar, so the titles and values are readable: shrink the editor.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    for (let i = 0; i < 6; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await vscode.commands.executeCommand('triangulate.documents.focus');
    await pause(1500);
    await screenshot('tree');
  });
});
