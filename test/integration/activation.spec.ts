import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'triangulate.triangulate';

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe('activation', () => {
  it('is installed as the extension under development', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    assert.equal(extension.packageJSON.name, 'triangulate');
  });

  it('activates by itself in a workspace of articles', async () => {
    assert.ok(vscode.workspace.workspaceFolders?.length, 'the tests must run with a workspace folder open');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // No explicit activate(): the workspaceContains activation events must fire on their own.
    const active = await waitFor(() => extension.isActive, 15_000);
    assert.ok(active, 'the extension did not activate within 15 s of opening the workspace');
  });

  it('registers triangulate.analyseWorkspace', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('triangulate.analyseWorkspace'), 'command triangulate.analyseWorkspace is not registered');
  });
});
