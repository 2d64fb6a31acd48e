// Editor decorations from the analysis. Decorations rather than semantic tokens: the status of a figure is
// a background (semantic tokens can only colour the text, and would fight the TextMate grammar's colours),
// every layer can be switched off on its own, conflicts get a mark in the overview ruler, and the colours
// are theme colours (contributes.colors) that themes and users can change.

import * as vscode from 'vscode';
import { decorationModel, DECORATION_KINDS, emptyModel, type DecorationKind, type DecorationModel, type Layer } from './views/decorations';
import type { Session } from './session';
import type { Articles } from './articles';
import { SECTION } from './settings';

function color(id: string): vscode.ThemeColor {
  return new vscode.ThemeColor(`triangulate.${id}`);
}

const STYLES: Record<DecorationKind, vscode.DecorationRenderOptions> = {
  conflict: {
    backgroundColor: color('conflictBackground'),
    border: '1px solid',
    borderColor: color('conflictBorder'),
    borderRadius: '2px',
    overviewRulerColor: color('conflictOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  },
  corroborated: { backgroundColor: color('corroboratedBackground'), borderRadius: '2px' },
  single: { backgroundColor: color('singleBackground'), borderRadius: '2px' },
  entity: { borderColor: color('entityUnderline'), borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0' },
  claim: { backgroundColor: color('claimBackground') },
};

export const LAYER_SETTINGS: Record<Layer, string> = { figures: 'highlights.figures', entities: 'highlights.entities', claims: 'highlights.claims' };

export class Highlights implements vscode.Disposable {
  private types = new Map<DecorationKind, vscode.TextEditorDecorationType>();
  private applied = new Map<string, DecorationModel>();
  private disposables: vscode.Disposable[] = [];
  /** Milliseconds from the last edit of a document (in an editor) to its decorations set, and when, by URI. */
  readonly latency = new Map<string, { ms: number; at: number }>();

  constructor(private readonly session: Session, private readonly articles: Articles) {
    // Created in order: later types draw over earlier ones (a figure's background over its claim's).
    for (const kind of DECORATION_KINDS) this.types.set(kind, vscode.window.createTextEditorDecorationType({ ...STYLES[kind], rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }));
    this.disposables.push(
      ...this.types.values(),
      session.onDidChangeFast(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.refresh(editors)),
    );
  }

  /** Recomputes and sets the decorations of the given (default: visible) editors. */
  refresh(editors: readonly vscode.TextEditor[] = vscode.window.visibleTextEditors): void {
    const { corpus, settings } = this.session;
    for (const editor of editors) {
      const uri = editor.document.uri.toString();
      if (!corpus.has(uri)) {
        if (this.applied.has(uri)) this.set(editor, emptyModel());
        this.applied.delete(uri);
        continue;
      }
      // Offsets are into the analysed text; while an edit waits for analysis, VS Code moves the existing
      // decorations with the text, which is right until the analysis catches up.
      if (corpus.text(uri) !== editor.document.getText()) continue;
      const model = decorationModel(corpus, uri, settings.highlights)!;
      this.set(editor, model);
      this.applied.set(uri, model);
      const edited = this.articles.editedAt.get(uri);
      if (edited !== undefined) {
        this.articles.editedAt.delete(uri);
        const ms = Date.now() - edited;
        this.latency.set(uri, { ms, at: Date.now() });
        this.session.log.trace(`edit → decorations ${ms} ms (${this.articles.pathOf(uri)})`);
      }
    }
  }

  private set(editor: vscode.TextEditor, model: DecorationModel): void {
    const doc = editor.document;
    for (const kind of DECORATION_KINDS) {
      editor.setDecorations(this.types.get(kind)!, model[kind].map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))));
    }
  }

  /** What was last set on the editors of a document (for tests). */
  appliedTo(uri: string): DecorationModel | undefined {
    return this.applied.get(uri);
  }

  /** Flips a layer by writing its setting where it is currently defined (user settings by default). */
  async toggle(layer: Layer): Promise<boolean> {
    this.articles.flush();
    const config = vscode.workspace.getConfiguration(SECTION);
    const key = LAYER_SETTINGS[layer];
    const next = !this.session.settings.highlights[layer];
    const info = config.inspect(key);
    const target = info?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(key, next, target);
    return next;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
