// Glob matching for workspace-relative paths, with the syntax VS Code's glob patterns use: `**`, `*`,
// `?`, `{a,b}` and `[...]`. findFiles applies include/exclude itself; this is for the events that do not go
// through it (file watcher events, opened documents). Pure, no Node API.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  re = new RegExp(`^${translate(glob.replace(/\\/g, '/'))}$`);
  if (cache.size > 200) cache.clear();
  cache.set(glob, re);
  return re;
}

function translate(g: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" matches everything below.
        const atStart = i === 0 || g[i - 1] === '/';
        if (atStart && g[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else if (atStart && i + 2 === g.length) {
          out += '.*';
          i += 1;
        } else {
          out += '[^/]*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) {
      out += '|';
    } else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = g.slice(i + 1, close);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else {
      out += c.replace(/[.+^$()|\\/\]]/g, '\\$&');
    }
  }
  return out;
}

/** Whether a workspace-relative path ("a/b.md") matches a glob. */
export function matchGlob(glob: string, path: string): boolean {
  return globToRegExp(glob).test(path);
}

/** Whether a workspace-relative path is an article: matches the include pattern and no exclude pattern. */
export function isIncluded(path: string, include: string, exclude: readonly string[]): boolean {
  return matchGlob(include, path) && !exclude.some((g) => matchGlob(g, path));
}

/** One glob for findFiles' exclude parameter. */
export function combineGlobs(globs: readonly string[]): string | undefined {
  if (!globs.length) return undefined;
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
