// Edit → decorations in a real extension host on a large workspace. Only with TRIANGULATE_LATENCY=1, on a
// workspace that has a big.md (5,000 words) beside many articles, e.g. 1,000:
//   TRIANGULATE_LATENCY=1 TRIANGULATE_TEST_GREP=latency node scripts/vscode-host/run.mjs --workspace <folder>
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, waitFor } from './support';

const enabled = process.env.TRIANGULATE_LATENCY === '1';

(enabled ? describe : describe.skip)('latency', function () {
  this.timeout(600_000);

  it('typing in a 5,000-word article with the workspace indexed', async () => {
    const started = Date.now();
    const api = await getApi();
    console.log(`      indexed ${api.corpus.size} documents in ${Date.now() - started} ms (activation to idle)`);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'big.md');
    // Never save: VS Code for the Web saves after a delay by default.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await waitFor('auto save off', () => vscode.workspace.getConfiguration('files').get('autoSave') === 'off');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor('decorations of big.md', () => api.decorations(uri.toString()), 60_000);
    const samples: number[] = [];
    try {
      for (let i = 0; i < 15; i++) {
        const at = doc.positionAt(doc.getText().indexOf('\n\n', 2000 + i * 1500));
        const editedAt = Date.now();
        await editor.edit((e) => e.insert(at, ` Edit ${i} says ${i + 3}% more.`));
        const latency = await waitFor('the decorations after the edit', () => {
          const l = api.editLatency(uri.toString());
          return l && l.at >= editedAt && l;
        }, 30_000);
        samples.push(latency.ms);
        await new Promise((r) => setTimeout(r, 300));
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    }
    samples.sort((a, b) => a - b);
    console.log(`      edit → decorations over ${samples.length} edits: median ${samples[samples.length >> 1]} ms, max ${samples.at(-1)} ms (150 ms typing pause included)`);
    const t = Date.now();
    await api.idle();
    console.log(`      then the background scan settled in ${Date.now() - t} ms`);
    assert.ok(samples[samples.length >> 1] < 1000);
  });
});
