// Conflicts in the Problems panel, and the code actions on them. Reviewed disagreements are remembered in
// the workspace state (never in the articles).

import * as vscode from 'vscode';
import { conflictDiagnostics, type ConflictDiagnostic } from './views/diagnostics';
import type { Session } from './session';
import type { Articles } from './articles';
import type { SeverityName } from './settings';

const REVIEWED_KEY = 'triangulate.reviewedConflicts';
export const DIAGNOSTIC_SOURCE = 'Triangulate';
export const DIAGNOSTIC_CODE = 'conflict';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Problems implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  readonly collection = vscode.languages.createDiagnosticCollection('triangulate');
  private model = new Map<string, ConflictDiagnostic[]>();
  private fingerprints = new Map<string, string>();
  private disposables: vscode.Disposable[] = [];

  constructor(private readonly session: Session, private readonly articles: Articles, private readonly state: vscode.Memento) {
    this.disposables.push(this.collection, session.onDidChangeSlow(() => this.refresh()));
  }

  get reviewed(): Set<string> {
    return new Set(this.state.get<string[]>(REVIEWED_KEY, []));
  }

  refresh(): void {
    const { corpus, settings } = this.session;
    if (settings.diagnosticsSeverity === 'off') {
      this.collection.clear();
      this.model.clear();
      this.fingerprints.clear();
      return;
    }
    const severity = SEVERITY[settings.diagnosticsSeverity];
    this.model = conflictDiagnostics(corpus, this.reviewed);
    for (const [uri, list] of this.model) {
      const fingerprint = `${severity}|${JSON.stringify(list)}|${corpus.get(uri)?.hash}`;
      if (this.fingerprints.get(uri) === fingerprint) continue;
      this.fingerprints.set(uri, fingerprint);
      this.collection.set(vscode.Uri.parse(uri), list.map((d) => this.toDiagnostic(d, severity)));
    }
    for (const uri of [...this.fingerprints.keys()]) {
      if (this.model.has(uri)) continue;
      this.fingerprints.delete(uri);
      this.collection.delete(vscode.Uri.parse(uri));
    }
  }

  private toDiagnostic(d: ConflictDiagnostic, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(this.session.range(d.uri, d.start, d.end), d.message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = DIAGNOSTIC_CODE;
    diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(this.session.location(r.uri, r.start, r.end), r.message));
    return diagnostic;
  }

  /** The model behind the diagnostics of a figure (by its start offset). */
  at(uri: string, start: number): ConflictDiagnostic | undefined {
    return this.model.get(uri)?.find((d) => d.start === start);
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const uri = document.uri.toString();
    const out: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || diagnostic.code !== DIAGNOSTIC_CODE) continue;
      const d = this.at(uri, document.offsetAt(diagnostic.range.start));
      if (!d) continue;
      const review = new vscode.CodeAction('Mark conflict as reviewed', vscode.CodeActionKind.QuickFix);
      review.diagnostics = [diagnostic];
      review.command = { command: 'triangulate.markReviewed', title: 'Mark conflict as reviewed', arguments: [d.keys] };
      const sources = new vscode.CodeAction('Show all sources for this figure', vscode.CodeActionKind.QuickFix);
      sources.diagnostics = [diagnostic];
      sources.command = { command: 'triangulate.showAllSources', title: 'Show all sources for this figure', arguments: [uri, d.start] };
      out.push(review, sources);
    }
    return out;
  }

  async markReviewed(keys: readonly string[]): Promise<number> {
    const reviewed = this.reviewed;
    for (const k of keys) reviewed.add(k);
    await this.state.update(REVIEWED_KEY, [...reviewed]);
    this.refresh();
    this.session.scheduleRefresh();
    return reviewed.size;
  }

  async clearReviewed(): Promise<number> {
    const n = this.reviewed.size;
    await this.state.update(REVIEWED_KEY, undefined);
    this.refresh();
    this.session.scheduleRefresh();
    return n;
  }

  /** Brings the diagnostics up to date now (pending edits included). */
  flush(): void {
    this.articles.flush();
    this.refresh();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
