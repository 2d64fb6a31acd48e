// The status bar item: documents · figures · conflicts; a click opens the Triangulate view.

import * as vscode from 'vscode';
import { statusSummary, type StatusSummary } from './views/statusBar';
import type { Session } from './session';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('triangulate.status', vscode.StatusBarAlignment.Left, 10);
  summary: StatusSummary | undefined;
  private disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly session: Session) {
    this.item.name = 'Triangulate';
    this.item.command = { command: 'workbench.view.extension.triangulate', title: 'Open the Triangulate view' };
    this.disposables.push(session.onDidChangeSlow(() => this.refresh()));
  }

  refresh(): void {
    const { corpus, indexing } = this.session;
    this.summary = statusSummary(corpus, indexing);
    this.item.text = this.summary.text;
    this.item.tooltip = this.summary.tooltip;
    if (corpus.size || indexing) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
