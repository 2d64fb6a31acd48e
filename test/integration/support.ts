// Helpers shared by the editor specs: the extension's API, sample documents, offsets, hovers, waiting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension/api';
import type { Ui } from '../../src/extension/ui';

export const EXTENSION_ID = 'triangulate.triangulate';
export const SAMPLE = 'muse-spark-launch';

export async function getApi(): Promise<TriangulateApi> {
  const extension = vscode.extensions.getExtension<TriangulateApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} not found`);
  const api = extension.isActive ? extension.exports : await extension.activate();
  await api.ready;
  await api.idle();
  return api;
}

export function sampleUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the samples/ folder open');
  return vscode.Uri.joinPath(folder.uri, SAMPLE, name);
}

/** Offset of the n-th occurrence (0-based) of `text` in a document's analysed text. */
export function offsetOf(api: TriangulateApi, uri: vscode.Uri, text: string, nth = 0): number {
  const body = api.corpus.text(uri.toString());
  assert.ok(body !== undefined, `${uri.toString()} is not in the corpus`);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = body.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (#${nth}) not found in ${uri.path}`);
  }
  return at;
}

export async function positionOf(api: TriangulateApi, uri: vscode.Uri, text: string, nth = 0, delta = 1): Promise<vscode.Position> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return doc.positionAt(offsetOf(api, uri, text, nth) + delta);
}

/** The Markdown of Triangulate's hover at a position (other providers' hovers are left out). */
export async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<string | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  for (const h of hovers) {
    for (const c of h.contents) {
      const value = typeof c === 'string' ? c : 'value' in c ? c.value : '';
      if (/\$\((symbol-number|symbol-class|comment)\)/.test(value)) return value;
    }
  }
  return undefined;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Replaces members of the extension's UI seam for the duration of `fn`. */
export async function withUi<T>(api: TriangulateApi, overrides: Partial<Ui>, fn: () => PromiseLike<T>): Promise<T> {
  const saved: Partial<Ui> = {};
  for (const k of Object.keys(overrides) as (keyof Ui)[]) {
    (saved as Record<string, unknown>)[k] = api.ui[k];
    (api.ui as unknown as Record<string, unknown>)[k] = overrides[k];
  }
  try {
    return await fn();
  } finally {
    Object.assign(api.ui, saved);
  }
}

/** The text a location covers. */
export async function textAt(location: { uri: vscode.Uri; range: vscode.Range }): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(location.uri);
  return doc.getText(location.range);
}

export function fileOf(uri: vscode.Uri | string): string {
  const s = typeof uri === 'string' ? uri : uri.toString();
  return decodeURIComponent(s.slice(s.lastIndexOf('/') + 1));
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The label of the ledger's "$115 billion" quantity ("Meta · spending (infrastructure, 2026)"); the engine names the measure. */
export function spendingLabel(api: TriangulateApi): string {
  const uri = sampleUri('01-ledger-wire-launch.md');
  const label = api.corpus.label(api.corpus.figureAt(uri.toString(), offsetOf(api, uri, '$115 billion'))!);
  assert.match(label, /^Meta · .+ \(infrastructure, 2026\)$/);
  return label;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
