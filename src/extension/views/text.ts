// Small text helpers shared by the view models: Markdown escaping, command links, sentence snippets,
// document names. Pure (no `vscode`), so the views can be unit-tested and benchmarked.

import type { Corpus } from '../../core/corpus';

/** Escapes text for a Markdown string (the characters VS Code's MarkdownString.appendText escapes, plus HTML and &). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-!~|<>&]/g, '\\$&');
}

/** Collapses runs of white space (line breaks in a sentence would end a Markdown paragraph). */
export function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export const OPEN_FIGURE = 'triangulate.openFigure';

export interface Target {
  uri: string;
  start: number;
  end: number;
}

/** A `command:` URI for a trusted MarkdownString: `triangulate.openFigure` with [uri, start, end]. */
export function openLink(target: Target): string {
  const args = encodeURIComponent(JSON.stringify([target.uri, target.start, target.end])).replace(/[()']/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `command:${OPEN_FIGURE}?${args}`;
}

/** Parses the arguments back out of a link made by openLink (for tests and for the code action). */
export function parseOpenLinks(markdown: string): Target[] {
  const out: Target[] = [];
  for (const m of markdown.matchAll(/command:triangulate\.openFigure\?([^\s)"]+)/g)) {
    const [uri, start, end] = JSON.parse(decodeURIComponent(m[1])) as [string, number, number];
    out.push({ uri, start, end });
  }
  return out;
}

export interface Snippet {
  before: string;
  figure: string;
  after: string;
}

/** The sentence around a figure, cut at word boundaries to about `max` characters, with ellipses. */
export function snippet(sentence: string, figureStart: number, figureEnd: number, max = 220): Snippet {
  let before = sentence.slice(0, figureStart);
  const figure = sentence.slice(figureStart, figureEnd);
  let after = sentence.slice(figureEnd);
  const room = Math.max(0, max - figure.length);
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    if (keepBefore < before.length) {
      const cut = before.slice(before.length - keepBefore);
      const space = cut.indexOf(' ');
      before = '…' + (space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut);
    }
    if (keepAfter < after.length) {
      const cut = after.slice(0, keepAfter);
      const space = cut.lastIndexOf(' ');
      after = (space > 0 ? cut.slice(0, space) : cut) + '…';
    }
  }
  return { before: flat2(before), figure: flat(figure), after: flat2(after) };
}

function flat2(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** The snippet as Markdown: the figure in bold, the rest escaped, in curly quotes. */
export function snippetMarkdown(s: Snippet): string {
  return `“${escapeMarkdown(s.before.trimStart())}**${escapeMarkdown(s.figure)}**${escapeMarkdown(s.after.trimEnd())}”`;
}

/** The last path segment of a URI, decoded. */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A document's name for people: its title, or its file name when it has none. */
export function documentTitle(corpus: Corpus, uri: string): string {
  const title = corpus.get(uri)?.title?.trim();
  return title ? flat(title) : fileName(uri);
}

export function truncate(s: string, max: number): string {
  const f = flat(s);
  if (f.length <= max) return f;
  const cut = f.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}
