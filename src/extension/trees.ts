// The Documents and Conflicts views: TreeDataProviders over the pure TreeModel, rebuilt lazily after each
// corpus change. Items keep their ids across refreshes, so expanded nodes stay expanded.

import * as vscode from 'vscode';
import { TreeModel, type NodeIcon, type TreeNode } from './views/tree';
import { OPEN_FIGURE } from './views/text';
import type { Session } from './session';
import type { Articles } from './articles';
import type { Scanner } from './scanner';

const ICONS: Record<NodeIcon, vscode.ThemeIcon> = {
  document: new vscode.ThemeIcon('file-text'),
  conflict: new vscode.ThemeIcon('error', new vscode.ThemeColor('triangulate.conflictIcon')),
  corroborated: new vscode.ThemeIcon('pass', new vscode.ThemeColor('triangulate.corroboratedIcon')),
  single: new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('triangulate.singleIcon')),
  entity: new vscode.ThemeIcon('symbol-class'),
  claim: new vscode.ThemeIcon('comment'),
  quantity: new vscode.ThemeIcon('symbol-number'),
  section: new vscode.ThemeIcon('list-unordered'),
  skipped: new vscode.ThemeIcon('circle-slash'),
  date: new vscode.ThemeIcon('calendar'),
};

/** One TreeModel per corpus version, shared by both views. */
export class TreeModels {
  private model: TreeModel | undefined;
  private version = -1;
  private skippedVersion = 0;
  private builtSkipped = -1;

  private scanVersion = 0;
  private builtScan = -1;

  constructor(private readonly session: Session, private readonly articles: Articles, private readonly scanner: Scanner) {
    articles.onDidChangeSkipped(() => this.skippedVersion++);
    scanner.onDidChangeSummary(() => this.scanVersion++);
  }

  current(): TreeModel {
    if (!this.model || this.version !== this.session.version || this.builtSkipped !== this.skippedVersion || this.builtScan !== this.scanVersion) {
      const corpus = this.session.corpus;
      this.model = new TreeModel({ corpus, statusOf: (uri) => this.scanner.statusOf(uri), pathOf: (uri) => this.articles.pathOf(uri), skipped: [...this.articles.skipped.values()] });
      this.version = this.session.version;
      this.builtSkipped = this.skippedVersion;
      this.builtScan = this.scanVersion;
    }
    return this.model;
  }
}

export class TreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private disposables: vscode.Disposable[] = [this.emitter];
  private view: vscode.TreeView<TreeNode> | undefined;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last listing of the roots took: refreshes are spaced by a multiple of it. */
  private lastCostMs = 0;

  constructor(readonly kind: 'documents' | 'conflicts', private readonly models: TreeModels, scanner: Scanner, articles: Articles) {
    this.disposables.push(scanner.onDidChangeSummary(() => this.refresh()), articles.onDidChangeSkipped(() => this.refresh()));
  }

  /** The view showing this tree: a hidden view is refreshed when it is shown again. */
  attach(view: vscode.TreeView<TreeNode>): void {
    this.view = view;
    this.disposables.push(view.onDidChangeVisibility((e) => {
      if (e.visible && this.dirty) this.refresh();
    }));
  }

  /** Asks VS Code to read the tree again (expanded nodes keep their state: ids are stable). */
  refresh(): void {
    if (this.view && !this.view.visible) {
      this.dirty = true;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dirty = false;
      this.emitter.fire(undefined);
    }, Math.min(10_000, this.lastCostMs * 4));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const model = this.models.current();
    if (!node) {
      const started = Date.now();
      const roots = this.kind === 'documents' ? model.documentRoots() : model.conflictRoots();
      this.lastCostMs = Date.now() - started;
      return roots;
    }
    // A node from an older snapshot: answer from the current one, under the same id.
    const current = model.get(node.id) ?? node;
    return model.children(current);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.models.current().parent(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const state = node.collapsible === 'expanded' ? vscode.TreeItemCollapsibleState.Expanded : node.collapsible === 'collapsed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.id = `${this.kind}:${node.id}`;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = ICONS[node.icon];
    item.contextValue = node.kind;
    if (node.kind === 'document' && node.uri) item.resourceUri = vscode.Uri.parse(node.uri);
    if (node.target) {
      item.command = { command: OPEN_FIGURE, title: 'Open', arguments: [node.target.uri, node.target.start, node.target.end] };
    }
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
