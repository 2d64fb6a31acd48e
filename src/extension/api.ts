// What activate() returns: enough for the integration tests (and other extensions) to wait for the index,
// read the corpus and the views' models, and answer the UI in their place.

import type { Corpus } from '../core/corpus';
import type { Settings } from './settings';
import type { Ui } from './ui';
import type { DecorationModel } from './views/decorations';
import type { StatusSummary } from './views/statusBar';
import type { TreeNode } from './views/tree';

export interface TreeApi {
  getChildren(node?: TreeNode): TreeNode[];
  getParent(node: TreeNode): TreeNode | undefined;
}

export interface TriangulateApi {
  /** The current corpus (replaced when triangulate.referenceDate changes). */
  readonly corpus: Corpus;
  /** Resolves when the first indexing of the workspace has finished. */
  readonly ready: Promise<void>;
  /** Resolves when no edit waits for analysis, no indexing runs and the views have refreshed. */
  idle(): Promise<void>;
  /** The validated settings in effect. */
  settings(): Settings;
  /** The UI seam: replace members to answer dialogs in tests. */
  readonly ui: Ui;
  readonly trees: { documents: TreeApi; conflicts: TreeApi };
  /** The decorations last set on a document's editors. */
  decorations(uri: string): DecorationModel | undefined;
  /** Milliseconds from the last edit of a document in an editor to its updated decorations (150 ms of it is the typing pause). */
  editLatency(uri: string): { ms: number; at: number } | undefined;
  /** The status bar item's text and tooltip. */
  status(): StatusSummary | undefined;
  /** Reveals (selects, and expands to `expand` levels) a node of one of the views by its id. */
  revealInTree(view: 'documents' | 'conflicts', id: string, expand?: number): Promise<void>;
  /** Files matching the include pattern that could not be read, with the reason. */
  skipped(): { uri: string; path: string; reason: string }[];
}
