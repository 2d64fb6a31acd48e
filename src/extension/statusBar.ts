// The status bar item: documents · figures · figures in conflict; a click opens the Triangulate view.

import * as vscode from 'vscode';
import { statusSummary, type StatusSummary } from './views/statusBar';
import type { Session } from './session';
import type { Scanner } from './scanner';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('triangulate.status', vscode.StatusBarAlignment.Left, 10);
  summary: StatusSummary | undefined;
  private disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly session: Session, private readonly scanner: Scanner) {
    this.item.name = 'Triangulate';
    this.item.command = { command: 'workbench.view.extension.triangulate', title: 'Open the Triangulate view' };
    this.disposables.push(scanner.onDidChangeSummary(() => this.refresh()));
  }

  refresh(): void {
    const { corpus, indexing } = this.session;
    let figures = 0;
    for (const uri of corpus.uris()) figures += corpus.get(uri)!.figures.length;
    let conflicts = 0;
    let inConflict = 0;
    for (const s of this.scanner.current()) {
      if (!corpus.has(s.uri)) continue;
      let n = 0;
      for (const status of s.statuses) if (status === 'conflict') n++;
      conflicts += n;
      if (n) inConflict++;
    }
    this.summary = statusSummary({ documents: corpus.size, figures, conflicts, documentsInConflict: inConflict }, indexing);
    this.item.text = this.summary.text;
    this.item.tooltip = this.summary.tooltip;
    if (corpus.size || indexing) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
