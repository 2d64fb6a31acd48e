// Activation: builds the session (corpus + settings), starts indexing in the background and registers the
// views, providers and commands. Activation itself does no analysis, so it stays fast; `ready` tells when
// the first indexing is done.

import * as vscode from 'vscode';
import { Session } from './session';
import { Articles } from './articles';
import { Highlights } from './highlights';
import { HoverProvider } from './hovers';
import { Problems, ReviewStore } from './problems';
import { Scanner } from './scanner';
import { TreeModels, TreeProvider } from './trees';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands';
import { defaultUi } from './ui';
import type { TriangulateApi } from './api';

/** Markdown and plain text in the workspace's schemes (file:, or a virtual workspace's). */
function selector(): vscode.DocumentFilter[] {
  const schemes = new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
  return [...schemes].flatMap((scheme) => [{ scheme, language: 'markdown' }, { scheme, language: 'plaintext' }]);
}

export function activate(context: vscode.ExtensionContext): TriangulateApi {
  const log = vscode.window.createOutputChannel('Triangulate', { log: true });
  const ui = defaultUi();
  const session = new Session(log, ui);
  const articles = new Articles(session);
  const highlights = new Highlights(session, articles);
  const reviews = new ReviewStore(context.workspaceState);
  const scanner = new Scanner(session, () => reviews.get());
  const problems = new Problems(session, scanner, reviews);
  const models = new TreeModels(session, articles, scanner);
  const documents = new TreeProvider('documents', models, scanner, articles);
  const conflicts = new TreeProvider('conflicts', models, scanner, articles);
  const statusBar = new StatusBar(session, scanner);
  const documentsView = vscode.window.createTreeView('triangulate.documents', { treeDataProvider: documents, showCollapseAll: true });
  const conflictsView = vscode.window.createTreeView('triangulate.conflicts', { treeDataProvider: conflicts, showCollapseAll: true });
  documents.attach(documentsView);
  conflicts.attach(conflictsView);

  const updateBadge = () => {
    const s = statusBar.summary;
    conflictsView.badge = s && s.conflicts ? { value: s.conflicts, tooltip: `${s.conflicts} figures contradicted by another source` } : undefined;
  };

  context.subscriptions.push(
    log, session, articles, highlights, scanner, problems, documents, conflicts, statusBar, documentsView, conflictsView,
    scanner.onDidChangeSummary(updateBadge),
    session.onDidChangeSettings(({ previous, current }) => {
      highlights.refresh();
      problems.refresh();
      statusBar.refresh();
      void articles.settingsChanged(previous, current);
    }),
    vscode.languages.registerHoverProvider(selector(), new HoverProvider(session, articles)),
    vscode.languages.registerCodeActionsProvider(selector(), problems, Problems.metadata),
    ...registerCommands({ session, articles, highlights, problems, scanner, extension: context }),
  );

  session.setState('indexing');
  const ready = articles.indexAll().then(
    (summary) => log.info(`Ready: ${summary.documents} documents in ${summary.ms} ms`),
    (err: unknown) => log.error(`Indexing failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`),
  );

  const openArticles = () => vscode.workspace.textDocuments.filter((d) => !d.isClosed && articles.isArticle(d.uri));
  return {
    get corpus() {
      return session.corpus;
    },
    ready,
    async idle() {
      for (;;) {
        if (!articles.isIndexing) articles.syncOpenDocuments();
        const stale = openArticles().some((d) => session.corpus.text(d.uri.toString()) !== d.getText());
        if (!articles.isIndexing && !articles.pendingCount && !session.refreshPending && !scanner.pending && !problems.pending && !stale) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    settings: () => session.settings,
    ui,
    trees: { documents, conflicts },
    decorations: (uri) => highlights.appliedTo(uri),
    editLatency: (uri) => highlights.latency.get(uri),
    status: () => statusBar.summary,
    skipped: () => [...articles.skipped.values()],
    async revealInTree(view, id, expand = 1) {
      const [tree, provider] = view === 'documents' ? [documentsView, documents] : [conflictsView, conflicts];
      const roots = provider.getChildren();
      const node = models.current().get(id) ?? roots.find((n) => n.id === id);
      if (node) await tree.reveal(node, { select: true, focus: true, expand });
    },
  };
}

export function deactivate(): void {}
