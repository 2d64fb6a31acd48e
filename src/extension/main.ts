// Activation: builds the session (corpus + settings), starts indexing in the background and registers the
// views, providers and commands. Activation itself does no analysis, so it stays fast; `ready` tells when
// the first indexing is done.

import * as vscode from 'vscode';
import { Session } from './session';
import { Articles } from './articles';
import { Highlights } from './highlights';
import { HoverProvider } from './hovers';
import { Problems } from './problems';
import { TreeModels, TreeProvider } from './trees';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands';
import { defaultUi } from './ui';
import type { TriangulateApi } from './api';

const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

export function activate(context: vscode.ExtensionContext): TriangulateApi {
  const log = vscode.window.createOutputChannel('Triangulate', { log: true });
  const ui = defaultUi();
  const session = new Session(log, ui);
  const articles = new Articles(session);
  const highlights = new Highlights(session, articles);
  const problems = new Problems(session, articles, context.workspaceState);
  const models = new TreeModels(session, articles);
  const documents = new TreeProvider('documents', models, session, articles);
  const conflicts = new TreeProvider('conflicts', models, session, articles);
  const statusBar = new StatusBar(session);
  const documentsView = vscode.window.createTreeView('triangulate.documents', { treeDataProvider: documents, showCollapseAll: true });
  const conflictsView = vscode.window.createTreeView('triangulate.conflicts', { treeDataProvider: conflicts, showCollapseAll: true });

  const updateBadge = () => {
    const s = statusBar.summary;
    conflictsView.badge = s && s.quantities ? { value: s.quantities, tooltip: `${s.quantities} quantities on which sources disagree` } : undefined;
  };

  context.subscriptions.push(
    log, session, articles, highlights, problems, documents, conflicts, statusBar, documentsView, conflictsView,
    session.onDidChangeSlow(updateBadge),
    session.onDidChangeSettings(({ previous, current }) => {
      highlights.refresh();
      problems.refresh();
      void articles.settingsChanged(previous, current);
    }),
    vscode.languages.registerHoverProvider(SELECTOR, new HoverProvider(session, articles)),
    vscode.languages.registerCodeActionsProvider(SELECTOR, problems, Problems.metadata),
    ...registerCommands({ session, articles, highlights, problems, extension: context }),
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
        if (!articles.isIndexing && !articles.pendingCount && !session.refreshPending && !stale) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    settings: () => session.settings,
    ui,
    trees: { documents, conflicts },
    decorations: (uri) => highlights.appliedTo(uri),
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
