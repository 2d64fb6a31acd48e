import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, fileOf, getApi, offsetOf, sampleUri, spendingLabel, waitFor, withUi } from './support';
import { ReportSchema } from '../../src/core/report/json';
import { conflictStops } from '../../src/extension/views/navigation';
import type { Target } from '../../src/extension/views/text';
import type { TriangulateApi } from '../../src/extension/api';

describe('commands', () => {
  let api: TriangulateApi;
  let tmp: string;
  const ledger = sampleUri('01-ledger-wire-launch.md');

  before(async () => {
    api = await getApi();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-export-'));
  });
  after(async () => {
    await closeAllEditors();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('are all contributed with the Triangulate category and registered', async () => {
    const pkg = vscode.extensions.getExtension('triangulate.triangulate')!.packageJSON;
    const registered = await vscode.commands.getCommands(true);
    for (const c of pkg.contributes.commands as { command: string; category: string }[]) {
      assert.equal(c.category, 'Triangulate', c.command);
      assert.ok(registered.includes(c.command), `${c.command} is not registered`);
    }
  });

  it('Analyse Workspace indexes the folder and reports what it found', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; documents: number; skipped: number; cancelled: boolean }>('triangulate.analyseWorkspace');
    assert.deepEqual({ ...summary, ms: undefined }, { files: 6, documents: 6, skipped: 0, cancelled: false, ms: undefined });
  });

  it('Go to Next / Previous Conflict walk the conflicting figures across documents', async () => {
    const stops = conflictStops(api.corpus);
    assert.ok(stops.length >= 3);
    const editor = await vscode.window.showTextDocument(ledger);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const seen: Target[] = [];
    for (let i = 0; i < stops.length; i++) seen.push((await vscode.commands.executeCommand<Target>('triangulate.nextConflict'))!);
    // Starting at the top of the first document, Next visits every conflict once, in document order.
    assert.deepEqual(seen.map((s) => `${fileOf(s.uri)}@${s.start}`), stops.map((s) => `${fileOf(s.uri)}@${s.start}`));
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), stops.at(-1)!.uri);
    assert.equal(active.document.offsetAt(active.selection.start), stops.at(-1)!.start);
    // Next wraps around to the first; Previous comes back.
    assert.deepEqual(await vscode.commands.executeCommand('triangulate.nextConflict'), stops[0]);
    assert.deepEqual(await vscode.commands.executeCommand('triangulate.previousConflict'), stops.at(-1));
    assert.deepEqual(await vscode.commands.executeCommand('triangulate.previousConflict'), stops.at(-2));
    assert.equal(fileOf(stops[0].uri), '01-ledger-wire-launch.md');
    assert.equal(api.corpus.text(stops[0].uri)!.slice(stops[0].start, stops[0].end), 'April 8, 2026');
  });

  it('Show All Sources for This Figure opens the references peek with every source’s figure', async () => {
    const editor = await vscode.window.showTextDocument(ledger);
    const at = offsetOf(api, ledger, '$115 billion') + 3;
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    const targets = await vscode.commands.executeCommand<Target[]>('triangulate.showAllSources');
    const texts = targets.map((t) => `${fileOf(t.uri)}:${api.corpus.text(t.uri)!.slice(t.start, t.end)}`);
    assert.equal(texts[0], '01-ledger-wire-launch.md:$115 billion', 'the figure itself first');
    assert.ok(texts.includes('06-model-drift-blog.txt:$110 billion'), texts.join(', '));
    assert.ok(texts.includes('05-northbridge-analyst-note.md:$14.3 billion'), texts.join(', '));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('Export Report writes JSON, Markdown and CSV to the file chosen in the save dialog', async () => {
    // JSON through the dialogs: the format picked, then the save dialog (both answered by the UI seam).
    const jsonTarget = vscode.Uri.file(path.join(tmp, 'report.json'));
    let dialogDefault: vscode.Uri | undefined;
    const written = await withUi(api, {
      showQuickPick: (async (items: readonly (vscode.QuickPickItem & { format: string })[]) => items.find((i) => i.format === 'json')) as never,
      showSaveDialog: async (options) => {
        dialogDefault = options.defaultUri;
        return jsonTarget;
      },
      showInformationMessage: async () => undefined,
    }, () => vscode.commands.executeCommand<vscode.Uri>('triangulate.exportReport'));
    assert.equal(written?.toString(), jsonTarget.toString());
    assert.equal(dialogDefault && path.basename(dialogDefault.fsPath), 'triangulate-report.json');
    const report = ReportSchema.parse(JSON.parse(fs.readFileSync(jsonTarget.fsPath, 'utf8')));
    assert.equal(report.documents.length, 6);
    assert.deepEqual(report.documents.map((d) => d.path), api.corpus.uris().map((u) => `muse-spark-launch/${fileOf(u)}`).sort());
    assert.ok(report.conflicts.some((c) => c.label === spendingLabel(api)));
    assert.equal(report.figures.length, api.status()!.figures);

    // Markdown and CSV with the target given as an argument (what a keybinding or task would pass).
    await withUi(api, { showInformationMessage: async () => undefined }, async () => {
      const md = vscode.Uri.file(path.join(tmp, 'report.md'));
      await vscode.commands.executeCommand('triangulate.exportReport', { target: md });
      const text = fs.readFileSync(md.fsPath, 'utf8');
      assert.match(text, /^# Triangulate report: samples\n/);
      assert.match(text, /## Conflicts/);
      assert.ok(text.includes(`. ${spendingLabel(api)}\n`), 'the Markdown report has a section for the spending conflict');
      const csv = vscode.Uri.file(path.join(tmp, 'figures.csv'));
      await vscode.commands.executeCommand('triangulate.exportReport', { format: 'csv', target: csv });
      const rows = fs.readFileSync(csv.fsPath, 'utf8').trimEnd().split('\r\n');
      assert.equal(rows[0], 'id,doc,start,end,text,kind,value,low,high,unit,qualifier,date_role,quantity,status,sentence');
      assert.equal(rows.length - 1, report.figures.length);
      assert.ok(rows.some((r) => r.includes('$115 billion') && r.includes(',conflict,')));
    });
  });

  it('Export Report never writes over an article', async () => {
    const before = fs.readFileSync(ledger.fsPath, 'utf8');
    const errors: string[] = [];
    const result = await withUi(api, { showErrorMessage: async (m: string) => (errors.push(m), undefined) }, () =>
      vscode.commands.executeCommand('triangulate.exportReport', { format: 'markdown', target: ledger }));
    assert.equal(result, undefined);
    assert.match(errors[0] ?? '', /is one of the articles/);
    assert.equal(fs.readFileSync(ledger.fsPath, 'utf8'), before);
  });

  it('Toggle Highlights switches each layer off and on', async () => {
    await vscode.window.showTextDocument(ledger);
    const uri = ledger.toString();
    const initial = await waitFor('decorations on the ledger', () => api.decorations(uri));
    assert.ok(initial.conflict.length > 0 && initial.entity.length > 0 && initial.claim.length > 0);
    for (const [command, kinds] of [
      ['triangulate.toggleFigureHighlights', ['conflict', 'corroborated', 'single']],
      ['triangulate.toggleEntityHighlights', ['entity']],
      ['triangulate.toggleClaimHighlights', ['claim']],
    ] as const) {
      assert.equal(await vscode.commands.executeCommand(command), false);
      await waitFor(`${command} off`, () => kinds.every((k) => api.decorations(uri)![k].length === 0));
      assert.equal(await vscode.commands.executeCommand(command), true);
      await waitFor(`${command} on`, () => kinds.every((k) => api.decorations(uri)![k].length === initial[k].length));
    }
    // Restore the user settings the toggles wrote.
    const config = vscode.workspace.getConfiguration('triangulate');
    for (const key of ['highlights.figures', 'highlights.entities', 'highlights.claims']) await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  });

  it('Open Bundled Sample opens the sample shipped with the extension in a new window', async () => {
    const calls: { uri: vscode.Uri; forceNewWindow: boolean }[] = [];
    const uri = await withUi(api, { openFolder: async (u, o) => calls.push({ uri: u, forceNewWindow: o.forceNewWindow }) }, () => vscode.commands.executeCommand<vscode.Uri>('triangulate.openSample'));
    assert.equal(calls.length, 1);
    assert.equal(calls[0].uri.toString(), uri.toString());
    assert.ok(calls[0].uri.path.endsWith('/samples/muse-spark-launch'));
    assert.equal(calls[0].forceNewWindow, true, 'a folder is open, so the sample gets its own window');
    const stat = await vscode.workspace.fs.stat(calls[0].uri);
    assert.equal(stat.type, vscode.FileType.Directory);
    const entries = await vscode.workspace.fs.readDirectory(calls[0].uri);
    assert.equal(entries.filter(([name]) => /\.(md|txt)$/.test(name)).length, 6);
  });
});
