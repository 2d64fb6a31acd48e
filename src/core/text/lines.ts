// Line and column arithmetic over UTF-16 offsets, the way VS Code counts: "\r\n", "\r" and "\n" all end a line.

export interface Position {
  line: number;
  character: number;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(starts: readonly number[], offset: number, length = Number.POSITIVE_INFINITY): Position {
  offset = Math.max(0, Math.min(offset, length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export function offsetAt(starts: readonly number[], position: Position, length: number): number {
  if (position.line < 0) return 0;
  if (position.line >= starts.length) return length;
  return Math.min(starts[position.line] + Math.max(0, position.character), length);
}

/** End of the line's content (before its line break). */
export function lineContentEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > starts[line] && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}
