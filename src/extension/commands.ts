// The commands. Each returns what it did, so tests (and keybindings or tasks that pass arguments) can use
// them without the UI: Export Report takes { format, target } and skips the dialogs when given.

import * as vscode from 'vscode';
import { conflictStops, nextStop } from './views/navigation';
import { EXPORT_FORMATS, formatChoice, formatOfFileName, renderReport, type ExportFormat } from './views/export';
import { OPEN_FIGURE, type Target } from './views/text';
import type { Layer } from './views/decorations';
import type { Session } from './session';
import type { Articles, IndexSummary } from './articles';
import type { Highlights } from './highlights';
import type { Problems } from './problems';
import type { Scanner } from './scanner';

export interface CommandContext {
  session: Session;
  articles: Articles;
  highlights: Highlights;
  problems: Problems;
  scanner: Scanner;
  extension: vscode.ExtensionContext;
}

export const SAMPLE = ['samples', 'muse-spark-launch'] as const;

export function registerCommands(c: CommandContext): vscode.Disposable[] {
  const { session, articles, highlights, problems } = c;
  const register = (id: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, fn);

  return [
    register('triangulate.analyseWorkspace', async (): Promise<IndexSummary> => {
      return articles.indexAll();
    }),

    register(OPEN_FIGURE, (uri: string, start: number, end: number) => openAt({ uri, start, end }, false, session.corpus.text(uri)?.slice(start, end))),

    register('triangulate.openDocument', async (node?: { uri?: string }) => {
      if (node?.uri) await vscode.window.showTextDocument(vscode.Uri.parse(node.uri), { preview: true });
    }),

    register('triangulate.nextConflict', () => goToConflict(c, 1)),
    register('triangulate.previousConflict', () => goToConflict(c, -1)),

    register('triangulate.showAllSources', (uri?: string, offset?: number) => showAllSources(c, uri, offset)),

    register('triangulate.exportReport', (options?: { format?: ExportFormat; target?: vscode.Uri | string }) => exportReport(c, options ?? {})),

    register('triangulate.toggleFigureHighlights', () => highlights.toggle('figures')),
    register('triangulate.toggleEntityHighlights', () => highlights.toggle('entities')),
    register('triangulate.toggleClaimHighlights', () => highlights.toggle('claims')),
    register('triangulate.toggleHighlights', async (layer?: Layer) => {
      if (layer) return highlights.toggle(layer);
      const items = (['figures', 'entities', 'claims'] as const).map((l) => ({ label: l[0].toUpperCase() + l.slice(1), description: session.settings.highlights[l] ? 'on' : 'off', layer: l }));
      const pick = await session.ui.showQuickPick(items, { title: 'Toggle a highlight layer', placeHolder: 'Figures (by status), names, claims' });
      return pick ? highlights.toggle(pick.layer) : undefined;
    }),

    register('triangulate.openSample', () => openSample(c)),

    register('triangulate.markReviewed', (keys: string[]) => problems.markReviewed(keys ?? [])),
    register('triangulate.clearReviewed', () => problems.clearReviewed()),
    register('triangulate.showLog', () => session.log.show()),
  ];
}

/**
 * Opens a document with a span selected and revealed. When the editor's text is not the analysed text
 * (VS Code normalises mixed line endings on opening), the span is looked for near its offset.
 */
export async function openAt(target: Target, preserveFocus = false, expected?: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
  let { start, end } = target;
  if (expected && doc.getText(new vscode.Range(doc.positionAt(start), doc.positionAt(end))) !== expected) {
    const text = doc.getText();
    const before = text.lastIndexOf(expected, start);
    const after = text.indexOf(expected, start);
    const found = before < 0 ? after : after < 0 ? before : start - before <= after - start ? before : after;
    if (found >= 0) [start, end] = [found, found + expected.length];
  }
  const selection = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { selection, preview: true, preserveFocus });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function goToConflict(c: CommandContext, direction: 1 | -1): Promise<Target | undefined> {
  c.articles.flush();
  const { corpus } = c.session;
  const stops = conflictStops(corpus, (uri) => c.scanner.statusOf(uri));
  const editor = vscode.window.activeTextEditor;
  const at = editor ? { uri: editor.document.uri.toString(), offset: editor.document.offsetAt(editor.selection.start) } : undefined;
  const stop = nextStop(stops, corpus.uris(), at, direction);
  if (!stop) {
    void c.session.ui.showInformationMessage('Triangulate: no two sources disagree on a figure they both give.');
    return undefined;
  }
  await openAt(stop, false, corpus.text(stop.uri)?.slice(stop.start, stop.end));
  return stop;
}

async function showAllSources(c: CommandContext, uriArg?: string, offsetArg?: number): Promise<Target[]> {
  const editor = vscode.window.activeTextEditor;
  const uri = uriArg ?? editor?.document.uri.toString();
  if (!uri) return [];
  c.articles.flush(vscode.Uri.parse(uri));
  const { corpus } = c.session;
  const offset = offsetArg ?? (editor ? editor.document.offsetAt(editor.selection.active) : 0);
  const ref = corpus.figureAt(uri, offset);
  if (!ref) {
    void c.session.ui.showInformationMessage('Triangulate: put the cursor on a figure (a number or a date) to see what the other sources say.');
    return [];
  }
  const targets: Target[] = [{ uri, start: ref.figure.start, end: ref.figure.end }, ...corpus.related(ref).map((r) => ({ uri: r.ref.uri, start: r.ref.figure.start, end: r.ref.figure.end }))];
  if (targets.length === 1) void c.session.ui.showInformationMessage('Triangulate: no other source gives this figure.');
  const locations = targets.map((t) => c.session.location(t.uri, t.start, t.end));
  await vscode.commands.executeCommand('editor.action.peekLocations', vscode.Uri.parse(uri), locations[0].range.start, locations, 'peek');
  return targets;
}

async function exportReport(c: CommandContext, options: { format?: ExportFormat; target?: vscode.Uri | string }): Promise<vscode.Uri | undefined> {
  const { session, articles } = c;
  articles.flush();
  let format = options.format;
  let target = typeof options.target === 'string' ? vscode.Uri.parse(options.target) : options.target;
  if (!format && target) format = formatOfFileName(target.path);
  if (!format) {
    const pick = await session.ui.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: f.label, description: f.description, format: f.format })), { title: 'Export the Triangulate report as', placeHolder: 'Markdown, JSON or CSV' });
    if (!pick) return undefined;
    format = pick.format;
  }
  const choice = formatChoice(format);
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await session.ui.showSaveDialog({
      title: 'Export the Triangulate report',
      saveLabel: 'Export',
      filters: { [choice.filterName]: [choice.extension] },
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `triangulate-report.${choice.extension}`) } : {}),
    });
    if (!target) return undefined;
  }
  if (session.corpus.has(target.toString())) {
    void session.ui.showErrorMessage(`Triangulate: ${articles.pathOf(target)} is one of the articles; the report is not written over it. Choose another file.`);
    return undefined;
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  const content = renderReport(session.corpus, format, {
    folder: folders.map((f) => f.name).join(', ') || 'workspace',
    version: String(c.extension.extension.packageJSON.version ?? '0.0.0'),
    pathOf: (uri) => articles.pathOf(uri),
    skipped: [...articles.skipped.values()].map((s) => ({ path: s.path, reason: s.reason })),
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  session.log.info(`Exported the ${choice.label} report to ${target.toString()}`);
  const written = target;
  void session.ui.showInformationMessage(`Triangulate: report written to ${vscode.workspace.asRelativePath(written)}.`, 'Open').then((open) => {
    if (open) void vscode.window.showTextDocument(written);
  });
  return target;
}

/** Opens the bundled sample: in this window when it is empty, otherwise in a new window. */
async function openSample(c: CommandContext): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(c.extension.extensionUri, ...SAMPLE);
  const forceNewWindow = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  await c.session.ui.openFolder(uri, { forceNewWindow });
  return uri;
}
