// Every call that shows UI and waits for the user, behind one object. The extension uses `defaultUi`;
// the integration tests replace members of the instance the API exposes (a save dialog answers at once,
// a warning is recorded), so that commands run end to end without anyone clicking.

import * as vscode from 'vscode';

export interface Ui {
  /** Shown, never awaited by the caller (it settles only when the message is dismissed). */
  showWarningMessage(message: string, ...items: string[]): Thenable<string | undefined>;
  showInformationMessage(message: string, ...items: string[]): Thenable<string | undefined>;
  showErrorMessage(message: string, ...items: string[]): Thenable<string | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  showSaveDialog(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
  openFolder(uri: vscode.Uri, options: { forceNewWindow: boolean }): Thenable<unknown>;
}

export function defaultUi(): Ui {
  return {
    showWarningMessage: (message, ...items) => vscode.window.showWarningMessage(message, ...items),
    showInformationMessage: (message, ...items) => vscode.window.showInformationMessage(message, ...items),
    showErrorMessage: (message, ...items) => vscode.window.showErrorMessage(message, ...items),
    showQuickPick: (items, options) => vscode.window.showQuickPick(items, options),
    showSaveDialog: (options) => vscode.window.showSaveDialog(options),
    openFolder: (uri, options) => vscode.commands.executeCommand('vscode.openFolder', uri, options),
  };
}
