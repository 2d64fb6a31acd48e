// Conflicts in the Problems panel, and the code actions on them. The diagnostics come from the Scanner's
// per-document scans; reviewed disagreements are remembered in the workspace state (never in the articles).

import * as vscode from 'vscode';
import type { ConflictDiagnostic } from './views/diagnostics';
import type { Session } from './session';
import type { Scanner } from './scanner';
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

/** Reviewed disagreements, in the workspace state. */
export class ReviewStore {
  private cache: Set<string> | undefined;

  constructor(private readonly state: vscode.Memento) {}

  get(): ReadonlySet<string> {
    return (this.cache ??= new Set(this.state.get<string[]>(REVIEWED_KEY, [])));
  }

  async add(keys: readonly string[]): Promise<number> {
    const next = new Set(this.get());
    for (const k of keys) next.add(k);
    this.cache = next;
    await this.state.update(REVIEWED_KEY, [...next]);
    return next.size;
  }

  async clear(): Promise<number> {
    const n = this.get().size;
    this.cache = new Set();
    await this.state.update(REVIEWED_KEY, undefined);
    return n;
  }
}

export class Problems implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  readonly collection = vscode.languages.createDiagnosticCollection('triangulate');
  private fingerprints = new Map<string, string>();
  private queue = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposables: vscode.Disposable[] = [];

  constructor(private readonly session: Session, private readonly scanner: Scanner, private readonly reviews: ReviewStore) {
    this.disposables.push(this.collection, scanner.onDidScan(({ uris }) => this.enqueue(uris)));
  }

  /** True while diagnostics wait to be set. */
  get pending(): boolean {
    return this.queue.size > 0;
  }

  /** Sets the diagnostics of these documents a few at a time, yielding between slices. */
  private enqueue(uris: readonly string[]): void {
    for (const uri of uris) this.queue.add(uri);
    if (this.timer || !this.queue.size) return;
    const work = () => {
      const started = Date.now();
      const batch: string[] = [];
      for (const uri of this.queue) {
        batch.push(uri);
        this.queue.delete(uri);
        if (batch.length >= 50 || Date.now() - started > 10) break;
      }
      this.update(batch);
      this.timer = this.queue.size ? setTimeout(work, 0) : undefined;
    };
    this.timer = setTimeout(work, 0);
  }

  /** Sets the diagnostics of every document again (the severity changed). */
  refresh(): void {
    this.update([...new Set([...this.fingerprints.keys(), ...this.session.corpus.uris()])]);
  }

  private update(uris: readonly string[]): void {
    const { settings } = this.session;
    if (settings.diagnosticsSeverity === 'off') {
      this.collection.clear();
      this.fingerprints.clear();
      return;
    }
    const severity = SEVERITY[settings.diagnosticsSeverity];
    // One call (one message to the workbench) for the whole batch.
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const uri of uris) {
      const scan = this.session.corpus.has(uri) ? this.scanner.get(uri) : undefined;
      const list = scan?.diagnostics ?? [];
      if (!list.length) {
        if (this.fingerprints.delete(uri)) entries.push([vscode.Uri.parse(uri), undefined]);
        continue;
      }
      const fingerprint = `${severity}|${scan!.hash}|${JSON.stringify(list)}`;
      if (this.fingerprints.get(uri) === fingerprint) continue;
      this.fingerprints.set(uri, fingerprint);
      entries.push([vscode.Uri.parse(uri), list.map((d) => this.toDiagnostic(d, severity))]);
    }
    if (entries.length) this.collection.set(entries);
  }

  private toDiagnostic(d: ConflictDiagnostic, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(this.session.range(d.uri, d.start, d.end), d.message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = DIAGNOSTIC_CODE;
    diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(this.session.location(r.uri, r.start, r.end), r.message));
    return diagnostic;
  }

  /** The model behind the diagnostic of a figure (by its start offset). */
  at(uri: string, start: number): ConflictDiagnostic | undefined {
    return this.scanner.get(uri)?.diagnostics.find((d) => d.start === start);
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
    const n = await this.reviews.add(keys);
    // A key names both documents of the disagreement ("bucket␟uri=value␟uri=value").
    const uris = keys.flatMap((k) => k.split('\u001f').slice(1).map((end) => end.slice(0, end.lastIndexOf('='))));
    this.scanner.invalidate({ uris: [...new Set(uris)], buckets: [] });
    return n;
  }

  async clearReviewed(): Promise<number> {
    const n = await this.reviews.clear();
    this.scanner.invalidate('all');
    return n;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
