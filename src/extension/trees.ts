// The Documents and Conflicts views: TreeDataProviders over the pure TreeModel, rebuilt lazily after each
// corpus change. Items keep their ids across refreshes, so expanded nodes stay expanded.

import * as vscode from 'vscode';
import { TreeModel, type NodeIcon, type TreeNode } from './views/tree';
import { corpusStatuses } from './views/statuses';
import { OPEN_FIGURE } from './views/text';
import type { Session } from './session';
import type { Articles } from './articles';

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

  constructor(private readonly session: Session, private readonly articles: Articles) {
    articles.onDidChangeSkipped(() => this.skippedVersion++);
  }

  current(): TreeModel {
    if (!this.model || this.version !== this.session.version || this.builtSkipped !== this.skippedVersion) {
      const corpus = this.session.corpus;
      this.model = new TreeModel({ corpus, statuses: corpusStatuses(corpus), pathOf: (uri) => this.articles.pathOf(uri), skipped: [...this.articles.skipped.values()] });
      this.version = this.session.version;
      this.builtSkipped = this.skippedVersion;
    }
    return this.model;
  }
}

export class TreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private disposables: vscode.Disposable[] = [this.emitter];

  constructor(readonly kind: 'documents' | 'conflicts', private readonly models: TreeModels, session: Session, articles: Articles) {
    this.disposables.push(session.onDidChangeSlow(() => this.emitter.fire(undefined)), articles.onDidChangeSkipped(() => this.emitter.fire(undefined)));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const model = this.models.current();
    if (!node) return this.kind === 'documents' ? model.documentRoots() : model.conflictRoots();
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

  refresh(): void {
    this.emitter.fire(undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
