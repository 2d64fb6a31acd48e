// The extension's state: the corpus, the validated settings and the log. After a corpus change the
// decorations of the visible editors refresh on the next tick (onDidChangeFast); the rest (diagnostics,
// trees, status bar) follows the Scanner, which listens to onDidChangeCorpus.

import * as vscode from 'vscode';
import { Corpus, type CorpusChange } from '../core/corpus';
import type { Glossary } from '../core/model';
import { lineStarts, positionAt } from '../core/text/lines';
import { parseSettings, SECTION, type Settings, type SettingKey } from './settings';
import type { Ui } from './ui';

export type State = 'indexing' | 'empty' | 'ready';


export class Session implements vscode.Disposable {
  corpus: Corpus;
  /** Bumped on every corpus change: the key for caches derived from the corpus. */
  version = 0;
  settings: Settings;
  indexing = false;
  glossary: Glossary | undefined;

  private readonly fastEmitter = new vscode.EventEmitter<void>();
  private readonly corpusEmitter = new vscode.EventEmitter<CorpusChange | 'all'>();
  private readonly settingsEmitter = new vscode.EventEmitter<{ previous: Settings; current: Settings }>();
  /** Refresh what is cheap and visible now: decorations of the visible editors. */
  readonly onDidChangeFast = this.fastEmitter.event;
  /** What changed in the corpus ('all' when it was replaced). */
  readonly onDidChangeCorpus = this.corpusEmitter.event;
  readonly onDidChangeSettings = this.settingsEmitter.event;

  private fastTimer: ReturnType<typeof setTimeout> | undefined;
  private corpusListener: { dispose(): void } | undefined;
  private shownProblems = new Set<string>();
  private lines = new Map<string, { text: string; starts: number[] }>();
  private disposables: vscode.Disposable[] = [];

  constructor(
    readonly log: vscode.LogOutputChannel,
    readonly ui: Ui,
  ) {
    this.settings = this.readSettings();
    this.corpus = this.createCorpus();
    this.disposables.push(
      this.fastEmitter, this.corpusEmitter, this.settingsEmitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        const previous = this.settings;
        this.settings = this.readSettings();
        this.settingsEmitter.fire({ previous, current: this.settings });
      }),
    );
  }

  /** Replaces the corpus (a setting it is built with changed); the caller re-indexes. */
  resetCorpus(): void {
    this.corpus = this.createCorpus();
    this.version++;
    this.corpusEmitter.fire('all');
    this.scheduleRefresh();
  }

  setGlossary(glossary: Glossary | undefined): void {
    this.glossary = glossary;
    this.corpus.setGlossary(glossary);
  }

  private createCorpus(): Corpus {
    this.corpusListener?.dispose();
    const corpus = new Corpus({
      ...(this.glossary ? { glossary: this.glossary } : {}),
      ...(this.settings.referenceDate ? { referenceDate: this.settings.referenceDate } : {}),
    });
    this.corpusListener = corpus.onDidChange((change) => {
      this.version++;
      this.corpusEmitter.fire(change);
      this.scheduleRefresh();
    });
    return corpus;
  }

  /** Decorations of the visible editors on the next tick (every quarter second while indexing). */
  scheduleRefresh(): void {
    if (this.fastTimer) return;
    this.fastTimer = setTimeout(() => {
      this.fastTimer = undefined;
      this.fastEmitter.fire();
    }, this.indexing ? 250 : 0);
  }

  get refreshPending(): boolean {
    return this.fastTimer !== undefined;
  }

  setState(state: State): void {
    void vscode.commands.executeCommand('setContext', 'triangulate.state', state);
  }

  private readSettings(): Settings {
    const config = vscode.workspace.getConfiguration(SECTION);
    const { settings, problems } = parseSettings((key: SettingKey) => config.get(key));
    const current = new Set(problems.map((p) => p.message));
    for (const p of problems) {
      this.log.warn(p.message);
      if (this.shownProblems.has(p.message)) continue;
      void this.ui.showWarningMessage(p.message, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', p.setting);
      });
    }
    // A message shows again if the setting is fixed and later broken the same way.
    this.shownProblems = current;
    return settings;
  }

  /** A range for offsets into a document's analysed text (the open editor's text, or the file's). */
  range(uri: string, start: number, end: number): vscode.Range {
    const text = this.corpus.text(uri) ?? '';
    let entry = this.lines.get(uri);
    if (!entry || entry.text !== text) {
      entry = { text, starts: lineStarts(text) };
      this.lines.set(uri, entry);
      if (this.lines.size > 2000) this.lines.delete(this.lines.keys().next().value!);
    }
    const a = positionAt(entry.starts, start);
    const b = positionAt(entry.starts, end);
    return new vscode.Range(a.line, a.character, b.line, b.character);
  }

  location(uri: string, start: number, end: number): vscode.Location {
    return new vscode.Location(vscode.Uri.parse(uri), this.range(uri, start, end));
  }

  dispose(): void {
    if (this.fastTimer) clearTimeout(this.fastTimer);
    this.corpusListener?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
