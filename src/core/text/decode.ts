// Bytes to text for any host (Node, the extension host, a web worker): UTF-8 with or without a BOM,
// UTF-16 with a BOM; binary files and oversized files are refused with a reason; invalid UTF-8 is decoded
// with replacement characters and reported, never silently.

interface Decoder {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: { new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): Decoder };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) return { ok: false, reason: `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(bytes.length)})` };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(label).decode(bytes), notes: [`decoded as ${label.toUpperCase()}`] };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of head) {
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (head.length > 64 && control / head.length > 0.1) return { ok: false, reason: 'binary file (mostly control characters)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
    return { ok: true, text, notes: [`invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with �`] };
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}
