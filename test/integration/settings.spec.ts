import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, waitFor, withUi } from './support';
import type { TriangulateApi } from '../../src/extension/api';

describe('settings', () => {
  let api: TriangulateApi;
  const config = () => vscode.workspace.getConfiguration('triangulate');

  before(async () => {
    api = await getApi();
  });
  after(async () => {
    for (const key of ['maxFileSize', 'diagnostics.severity', 'include', 'exclude']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await waitFor('the defaults back', () => api.settings().maxFileSize === 5 && api.settings().include === '**/*.{md,txt}');
    await api.idle();
  });

  it('an invalid value gets one message naming the setting, and the default is used', async () => {
    const warnings: string[] = [];
    await withUi(api, { showWarningMessage: async (m: string) => (warnings.push(m), undefined) }, async () => {
      await config().update('maxFileSize', 'huge', vscode.ConfigurationTarget.Global);
      await waitFor('the warning', () => warnings.length > 0);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /"triangulate\.maxFileSize"/);
      assert.match(warnings[0], /but it is "huge"\. Using the default, 5\.$/);
      assert.equal(api.settings().maxFileSize, 5);

      // Another change does not repeat the message for the same invalid value...
      await config().update('diagnostics.severity', 'loud', vscode.ConfigurationTarget.Global);
      await waitFor('the second warning', () => warnings.length > 1);
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(warnings.length, 2, warnings.join('\n'));
      assert.match(warnings[1], /"triangulate\.diagnostics\.severity" must be one of "error", "warning", "information", "hint", "off"/);
      assert.equal(api.settings().diagnosticsSeverity, 'warning');
      assert.equal(api.settings().maxFileSize, 5);

      // ...and a valid value is simply used.
      await config().update('maxFileSize', 0.5, vscode.ConfigurationTarget.Global);
      await waitFor('0.5 MB', () => api.settings().maxFileSize === 0.5);
      assert.equal(warnings.length, 2);
    });
  });

  it('changing what counts as an article re-indexes the workspace', async () => {
    await config().update('include', '**/*.md', vscode.ConfigurationTarget.Global);
    await waitFor('only Markdown articles', () => api.corpus.size === 4 && api.corpus.uris().every((u) => u.endsWith('.md')));
    await config().update('exclude', ['**/0[12]-*'], vscode.ConfigurationTarget.Global);
    await waitFor('two excluded', () => api.corpus.size === 2);
    await config().update('include', undefined, vscode.ConfigurationTarget.Global);
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('all six again', () => api.corpus.size === 6);
  });
});
