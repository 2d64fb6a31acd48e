// Keeps a scan (figure statuses, conflict diagnostics) of every document, and brings the stale ones up to
// date in the background: after a change only the documents sharing a quantity with it are scanned again,
// visible editors first, in time slices that yield to the event loop, so that a large corpus never holds
// up a hover or the next decorations. The Problems panel, the trees and the status bar read from here.

import * as vscode from 'vscode';
import type { CorpusChange } from '../core/corpus';
import { bucketOfKey, linkKeys, linksMeet, scanDocument, type DocumentScan } from './views/diagnostics';
import type { FigureStatus } from './views/statuses';
import type { Session } from './session';

const SLICE_MS = 10;
const QUIET_MS = 200;
/** Documents not on screen wait for a longer pause in typing (their problems are not in view). */
const BACKGROUND_QUIET_MS = 1000;

export class Scanner implements vscode.Disposable {
  private scans = new Map<string, DocumentScan>();
  private stale = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private changedAt = 0;
  private readonly emitter = new vscode.EventEmitter<{ uris: string[]; done: boolean }>();
  /**
   * Fired with the documents whose scan changed, at every pause of a pass (so that the Problems panel is
   * updated a little at a time), and once more at its end with done: true.
   */
  readonly onDidScan = this.emitter.event;
  private readonly summaryEmitter = new vscode.EventEmitter<void>();
  /** For views that summarise every scan (trees, status bar): every ~half second during a pass, and at its end. */
  readonly onDidChangeSummary = this.summaryEmitter.event;
  private disposables: vscode.Disposable[] = [this.emitter, this.summaryEmitter];

  constructor(private readonly session: Session, private readonly reviewed: () => ReadonlySet<string>) {
    this.disposables.push(session.onDidChangeCorpus((change) => this.invalidate(change)));
  }

  /** True while some scan is stale or a pass is running. */
  get pending(): boolean {
    return this.running || this.timer !== undefined || this.stale.size > 0;
  }

  /** Marks what a corpus change may have changed, and schedules a pass. */
  invalidate(change: CorpusChange | 'all'): void {
    const corpus = this.session.corpus;
    this.changedAt = Date.now();
    if (change === 'all') {
      for (const uri of corpus.uris()) this.stale.add(uri);
      for (const uri of this.scans.keys()) this.stale.add(uri);
    } else {
      // The changed documents' link keys, before (their last scan) and after (the corpus now).
      const keys = new Set<string>();
      for (const uri of change.uris) {
        this.stale.add(uri);
        for (const k of this.scans.get(uri)?.links ?? []) keys.add(k);
        for (const k of linkKeys(corpus, uri)) keys.add(k);
      }
      const buckets = new Set([...keys].map(bucketOfKey));
      if (keys.size) for (const [uri, scan] of this.scans) if (!this.stale.has(uri) && linksMeet(scan.links, keys, buckets)) this.stale.add(uri);
      // Documents read for the first time.
      if (this.scans.size + this.stale.size < corpus.size) for (const uri of corpus.uris()) if (!this.scans.has(uri)) this.stale.add(uri);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // While indexing, the corpus keeps changing: scan once it has settled.
      if (this.session.indexing) this.schedule();
      else void this.run();
    }, this.session.indexing ? 500 : QUIET_MS);
  }

  /** The current scan of a document (scanned now if stale); undefined when it is not in the corpus. */
  get(uri: string): DocumentScan | undefined {
    if (this.stale.has(uri) || !this.scans.has(uri)) this.scanNow(uri);
    return this.scans.get(uri);
  }

  /**
   * Figure statuses of a document for display: the last scan while it matches the document's text (it
   * may lag behind other documents' edits until the running pass reaches it), otherwise scanned now.
   */
  statusOf(uri: string): readonly FigureStatus[] {
    const scan = this.scans.get(uri);
    if (scan && scan.hash === this.session.corpus.get(uri)?.hash) return scan.statuses;
    return this.get(uri)?.statuses ?? [];
  }

  /** Every document's scan, bringing the stale ones up to date first (commands, tests). */
  all(): DocumentScan[] {
    for (const uri of [...this.stale]) this.scanNow(uri);
    for (const uri of this.session.corpus.uris()) if (!this.scans.has(uri)) this.scanNow(uri);
    return [...this.scans.values()];
  }

  /** The scans as they are, stale or not (for counts shown while a pass runs). */
  current(): Iterable<DocumentScan> {
    return this.scans.values();
  }

  private scanNow(uri: string): boolean {
    this.stale.delete(uri);
    const scan = scanDocument(this.session.corpus, uri, this.reviewed());
    const before = this.scans.get(uri);
    if (!scan) {
      this.scans.delete(uri);
      return before !== undefined;
    }
    this.scans.set(uri, scan);
    return !before || JSON.stringify(before.statuses) !== JSON.stringify(scan.statuses) || JSON.stringify(before.diagnostics) !== JSON.stringify(scan.diagnostics) || before.conflictsWith.join() !== scan.conflictsWith.join();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let changed: string[] = [];
    let slice = Date.now();
    let summarised = Date.now();
    try {
      while (this.stale.size) {
        const visible = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()).find((u) => this.stale.has(u));
        const quiet = Date.now() - this.changedAt;
        if (!visible && quiet < BACKGROUND_QUIET_MS) {
          await new Promise((resolve) => setTimeout(resolve, BACKGROUND_QUIET_MS - quiet));
          slice = Date.now();
          continue;
        }
        const next = visible ?? this.stale.values().next().value!;
        if (this.scanNow(next)) changed.push(next);
        if (Date.now() - slice > SLICE_MS) {
          if (changed.length) {
            this.emitter.fire({ uris: changed, done: false });
            changed = [];
          }
          if (Date.now() - summarised > 500) {
            this.summaryEmitter.fire();
            summarised = Date.now();
          }
          await new Promise((resolve) => setTimeout(resolve, 0));
          slice = Date.now();
        }
      }
    } finally {
      this.running = false;
      this.emitter.fire({ uris: changed, done: true });
      this.summaryEmitter.fire();
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
