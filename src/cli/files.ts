// Finds and reads the articles under a folder for the command line.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeArticle, formatBytes } from '../core/text/decode';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text']);
const IGNORED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.vscode-test', '.triangulate']);

export interface Article {
  /** Path relative to the folder, with "/" separators. */
  path: string;
  text: string;
  notes: string[];
}

export interface ReadResult {
  articles: Article[];
  skipped: { path: string; reason: string }[];
}

export async function listArticles(folder: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!IGNORED_DIRS.has(e.name)) await walk(full);
      } else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
        out.push(full);
      }
    }
  }
  await walk(folder);
  return out;
}

export async function readArticles(folder: string, maxBytes: number): Promise<ReadResult> {
  const files = await listArticles(folder);
  const articles: Article[] = [];
  const skipped: ReadResult['skipped'] = [];
  for (const file of files) {
    const rel = path.relative(folder, file).split(path.sep).join('/');
    let bytes: Uint8Array;
    try {
      const stat = await fs.stat(file);
      if (stat.size > maxBytes) {
        skipped.push({ path: rel, reason: `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(stat.size)})` });
        continue;
      }
      bytes = await fs.readFile(file);
    } catch (e) {
      skipped.push({ path: rel, reason: `unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    const decoded = decodeArticle(bytes, maxBytes);
    if (!decoded.ok) skipped.push({ path: rel, reason: decoded.reason });
    else articles.push({ path: rel, text: decoded.text, notes: decoded.notes });
  }
  return { articles, skipped };
}
