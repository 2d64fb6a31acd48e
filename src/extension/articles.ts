// Workspace files → the corpus. Finds the articles (triangulate.include minus triangulate.exclude), reads
// them with workspace.fs (no Node API, so a browser entry can follow), keeps them current through a file
// watcher, and lets open editors' unsaved text win over the disk (edits are analysed 150 ms after typing
// stops). Indexing runs in time slices that yield to the event loop, with cancellable progress.

import * as vscode from 'vscode';
import { decodeArticle, formatBytes } from '../core/text/decode';
import { parseGlossary } from '../core/glossary';
import { combineGlobs, isIncluded } from './glob';
import { maxBytes, type Settings } from './settings';
import type { Session } from './session';
import type { SkippedFile } from './views/tree';

export const EDIT_DEBOUNCE_MS = 150;
const READ_BATCH = 16;
const SLICE_MS = 12;
const NOTIFICATION_THRESHOLD = 50;

export interface IndexSummary {
  files: number;
  documents: number;
  skipped: number;
  cancelled: boolean;
  ms: number;
}

type ReadResult = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Articles implements vscode.Disposable {
  readonly skipped = new Map<string, SkippedFile>();
  /** When each document was last edited in an editor (Date.now()), for the edit → decorations latency. */
  readonly editedAt = new Map<string, number>();
  private pending = new Map<string, ReturnType<typeof setTimeout>>();
  private watcher: vscode.FileSystemWatcher | undefined;
  private glossaryWatcher: vscode.Disposable | undefined;
  private running: vscode.CancellationTokenSource | undefined;
  private runningPromise: Promise<IndexSummary> | undefined;
  private disposables: vscode.Disposable[] = [];
  private readonly skippedEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeSkipped = this.skippedEmitter.event;

  constructor(private readonly session: Session) {
    this.disposables.push(
      this.skippedEmitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length || !this.isArticle(e.document.uri)) return;
        this.editedAt.set(e.document.uri.toString(), Date.now());
        this.schedule(e.document, EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (this.isArticle(doc.uri) && this.session.corpus.text(doc.uri.toString()) !== doc.getText()) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // Closed without saving: the file on disk is the article again.
        if (this.isArticle(doc.uri)) void this.reload(doc.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.indexAll()),
    );
    this.watch();
  }

  /** Whether a URI is an article of this workspace under the current settings. */
  isArticle(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled' || uri.scheme === 'output' || uri.scheme === 'vscode-userdata') return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const { include, exclude } = this.session.settings;
    return isIncluded(vscode.workspace.asRelativePath(uri, false), include, exclude);
  }

  /** Workspace-relative path, with the folder name in a multi-root workspace. */
  pathOf(uri: string | vscode.Uri): string {
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    return vscode.workspace.asRelativePath(u, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  get isIndexing(): boolean {
    return this.running !== undefined;
  }

  /** Schedules every open article whose text the corpus does not have yet (for idle()). */
  syncOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) {
      const key = doc.uri.toString();
      if (doc.isClosed || this.pending.has(key) || !this.isArticle(doc.uri)) continue;
      if (this.session.corpus.text(key) !== doc.getText()) this.schedule(doc, 0);
    }
  }

  /** Analyses every pending edit now (before a hover, a command, a code action). */
  flush(uri?: vscode.Uri): void {
    for (const key of uri ? [uri.toString()] : [...this.pending.keys()]) {
      const timer = this.pending.get(key);
      if (!timer) continue;
      clearTimeout(timer);
      this.pending.delete(key);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc && this.isArticle(doc.uri)) this.session.corpus.set(key, doc.getText());
    }
  }

  private schedule(doc: vscode.TextDocument, ms: number): void {
    const key = doc.uri.toString();
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      if (doc.isClosed || !this.isArticle(doc.uri)) return;
      this.skipped.delete(key);
      this.session.corpus.set(key, doc.getText());
    }, ms));
  }

  /** Finds, reads and analyses every article; removes documents that no longer match. */
  indexAll(): Promise<IndexSummary> {
    this.running?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.running = cts;
    const previous = this.runningPromise ?? Promise.resolve(undefined);
    const run = previous.catch(() => undefined).then(() => this.index(cts));
    this.runningPromise = run.finally(() => {
      if (this.running === cts) this.running = undefined;
      cts.dispose();
    });
    return this.runningPromise;
  }

  cancelIndexing(): void {
    this.running?.cancel();
  }

  private async index(cts: vscode.CancellationTokenSource): Promise<IndexSummary> {
    const started = Date.now();
    const session = this.session;
    session.indexing = true;
    if (!session.corpus.size) session.setState('indexing');
    try {
      await this.loadGlossary();
      const files = await this.findArticles(cts.token);
      const body = (progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) => this.readAll(files, progress, token, cts.token);
      const title = 'Triangulate: reading articles';
      const done = files.length > NOTIFICATION_THRESHOLD
        ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (p, t) => body(p, t))
        : await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, (p, t) => body(p, t));
      const summary: IndexSummary = { files: files.length, documents: session.corpus.size, skipped: this.skipped.size, cancelled: done < files.length, ms: Date.now() - started };
      session.log.info(`Indexed ${summary.documents} documents (${summary.skipped} skipped) from ${summary.files} files in ${summary.ms} ms${summary.cancelled ? ' (cancelled)' : ''}`);
      return summary;
    } finally {
      session.indexing = false;
      session.setState(session.corpus.size ? 'ready' : 'empty');
      session.scheduleRefresh();
    }
  }

  private async readAll(files: vscode.Uri[], progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken, own: vscode.CancellationToken): Promise<number> {
    const corpus = this.session.corpus;
    const wanted = new Set(files.map((f) => f.toString()));
    for (const uri of corpus.uris()) if (!wanted.has(uri)) corpus.remove(uri);
    for (const uri of [...this.skipped.keys()]) if (!wanted.has(uri)) this.skipped.delete(uri);
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    let done = 0;
    let reported = 0;
    let slice = Date.now();
    const step = files.length ? 100 / files.length : 0;
    for (let i = 0; i < files.length; i += READ_BATCH) {
      if (token.isCancellationRequested || own.isCancellationRequested) break;
      const batch = files.slice(i, i + READ_BATCH);
      const results = await Promise.all(batch.map((uri) => this.read(uri, open.get(uri.toString()))));
      for (let k = 0; k < batch.length; k++) {
        if (token.isCancellationRequested || own.isCancellationRequested) break;
        this.apply(batch[k], results[k]);
        done++;
        if (Date.now() - slice > SLICE_MS) {
          progress.report({ message: `${done} of ${files.length}`, increment: step * (done - reported) });
          reported = done;
          await yieldToEventLoop();
          slice = Date.now();
        }
      }
    }
    this.skippedEmitter.fire();
    return done;
  }

  private apply(uri: vscode.Uri, result: ReadResult): void {
    const key = uri.toString();
    if (result.ok) {
      if (this.pending.has(key)) return; // an edit is on its way and wins
      this.skipped.delete(key);
      this.session.corpus.set(key, result.text);
      for (const note of result.notes) this.session.log.info(`${this.pathOf(uri)}: ${note}`);
    } else {
      this.session.corpus.remove(key);
      const path = this.pathOf(uri);
      this.skipped.set(key, { uri: key, path, reason: result.reason });
      this.session.log.warn(`Skipped ${path}: ${result.reason}`);
    }
  }

  private async read(uri: vscode.Uri, open: vscode.TextDocument | undefined): Promise<ReadResult> {
    if (open && !open.isClosed) return { ok: true, text: open.getText(), notes: [] };
    const limit = maxBytes(this.session.settings);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > limit) return { ok: false, reason: `larger than the ${formatBytes(limit)} limit (${formatBytes(stat.size)}); see triangulate.maxFileSize` };
      const bytes = await vscode.workspace.fs.readFile(uri);
      return decodeArticle(bytes, limit);
    } catch (e) {
      return { ok: false, reason: `unreadable: ${(e as Error).message}` };
    }
  }

  /** Reads one file again from disk (created, changed on disk, or closed without saving). */
  private async reload(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
    if (open?.isDirty) return; // unsaved text wins
    if (!this.isArticle(uri)) return;
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (!exists) {
      this.remove(uri);
      return;
    }
    this.apply(uri, await this.read(uri, open));
    this.skippedEmitter.fire();
  }

  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : key + '/';
    for (const u of this.session.corpus.uris()) if (u === key || u.startsWith(prefix)) this.session.corpus.remove(u);
    for (const u of [...this.skipped.keys()]) if (u === key || u.startsWith(prefix)) this.skipped.delete(u);
    this.skippedEmitter.fire();
  }

  private async findArticles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const { include, exclude } = this.session.settings;
    // findFiles takes one exclude glob; VS Code globs do not nest braces, so patterns with braces are
    // applied afterwards instead.
    const simple = exclude.filter((g) => !/[{}]/.test(g));
    const found = await vscode.workspace.findFiles(include, combineGlobs(simple) ?? null, undefined, token);
    return found.filter((u) => this.isArticle(u)).sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  /** Re-creates the file watcher for the include pattern. */
  watch(): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(this.session.settings.include);
    watcher.onDidCreate((uri) => void this.reload(uri));
    watcher.onDidChange((uri) => void this.reload(uri));
    watcher.onDidDelete((uri) => this.remove(uri));
    this.watcher = watcher;
  }

  /** Reads triangulate.glossaryFile from the first workspace folder that has it. */
  async loadGlossary(): Promise<void> {
    const session = this.session;
    const file = session.settings.glossaryFile;
    this.glossaryWatcher?.dispose();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const watchers = folders.map((f) => {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(f, file));
      const again = () => void this.loadGlossary().then(() => session.scheduleRefresh());
      w.onDidCreate(again);
      w.onDidChange(again);
      w.onDidDelete(again);
      return w;
    });
    this.glossaryWatcher = vscode.Disposable.from(...watchers);
    for (const folder of folders) {
      const uri = vscode.Uri.joinPath(folder.uri, file);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue;
      }
      const decoded = decodeArticle(bytes);
      const parsed = decoded.ok ? parseGlossary(decoded.text) : { error: decoded.reason };
      if ('error' in parsed) {
        const message = `Triangulate: the glossary ${vscode.workspace.asRelativePath(uri)} (setting "triangulate.glossaryFile") is invalid and is ignored: ${parsed.error}`;
        session.log.warn(message);
        void session.ui.showWarningMessage(message);
        break;
      }
      session.log.info(`Glossary: ${parsed.glossary.entries.length} entries from ${vscode.workspace.asRelativePath(uri)}`);
      if (JSON.stringify(parsed.glossary) !== JSON.stringify(session.glossary)) session.setGlossary(parsed.glossary);
      return;
    }
    if (session.glossary) session.setGlossary(undefined);
  }

  /** Applies changed settings: re-index when what counts as an article or how it is read changed. */
  async settingsChanged(previous: Settings, current: Settings): Promise<void> {
    if (previous.include !== current.include) this.watch();
    if (previous.referenceDate !== current.referenceDate) {
      this.session.resetCorpus();
      await this.indexAll();
    } else if (previous.include !== current.include || previous.exclude.join('\n') !== current.exclude.join('\n') || previous.maxFileSize !== current.maxFileSize) {
      await this.indexAll();
    } else if (previous.glossaryFile !== current.glossaryFile) {
      await this.loadGlossary();
    }
  }

  dispose(): void {
    this.running?.cancel();
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    this.watcher?.dispose();
    this.glossaryWatcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
