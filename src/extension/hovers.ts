// The hover provider: the pure hover model wrapped in a MarkdownString that trusts one command only.

import * as vscode from 'vscode';
import { EntityDirectory, hoverAt } from './views/hover';
import { OPEN_FIGURE } from './views/text';
import type { Session } from './session';
import type { Articles } from './articles';

export class HoverProvider implements vscode.HoverProvider {
  private entities = new EntityDirectory();

  constructor(private readonly session: Session, private readonly articles: Articles) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    this.articles.flush(document.uri);
    const { corpus, version } = this.session;
    const uri = document.uri.toString();
    if (!corpus.has(uri) || corpus.text(uri) !== document.getText()) return undefined;
    const model = hoverAt(corpus, uri, document.offsetAt(position), { directory: this.entities, version });
    if (!model) return undefined;
    const md = new vscode.MarkdownString(model.markdown, true);
    md.isTrusted = { enabledCommands: [OPEN_FIGURE] };
    return new vscode.Hover(md, new vscode.Range(document.positionAt(model.span.start), document.positionAt(model.span.end)));
  }
}
