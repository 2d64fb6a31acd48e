import * as vscode from 'vscode';

// Placeholder activation: the editor layer is built on the core in a later step.
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('triangulate.analyseWorkspace', () => undefined),
  );
}

export function deactivate(): void {}
