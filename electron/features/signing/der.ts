// A minimal DER reader that keeps byte offsets, so a verifier can hash the exact bytes it was
// given (the signed attributes of a CMS signature are signed as encoded, not as re-encoded).

export interface DerNode {
  /** The identifier octet (class, constructed bit and tag number < 31). */
  tag: number;
  /** Offsets into the source buffer: the whole element, and its contents. */
  start: number;
  contentStart: number;
  end: number;
  children: DerNode[];
}

export class DerError extends Error {}

const CONSTRUCTED = 0x20;

export function parseDer(buf: Buffer, start = 0, end = buf.length, depth = 0): DerNode {
  if (depth > 40) throw new DerError('nesting too deep');
  if (start + 2 > end) throw new DerError('truncated element');
  const tag = buf[start]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used in CMS');
  let pos = start + 1;
  const first = buf[pos++]!;
  let length: number;
  if (first < 0x80) length = first;
  else {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new DerError('indefinite or oversized length');
    if (pos + count > end) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[pos++]!;
  }
  const contentStart = pos;
  const elementEnd = contentStart + length;
  if (elementEnd > end) throw new DerError('element runs past its parent');
  const children: DerNode[] = [];
  if (tag & CONSTRUCTED) {
    let p = contentStart;
    while (p < elementEnd) {
      const child = parseDer(buf, p, elementEnd, depth + 1);
      children.push(child);
      p = child.end;
    }
  }
  return { tag, start, contentStart, end: elementEnd, children };
}

export const bytesOf = (buf: Buffer, n: DerNode) => buf.subarray(n.start, n.end);
export const contentOf = (buf: Buffer, n: DerNode) => buf.subarray(n.contentStart, n.end);

export function child(n: DerNode, i: number): DerNode {
  const c = n.children[i];
  if (!c) throw new DerError('missing element');
  return c;
}

/** Dotted form of an OBJECT IDENTIFIER's contents. */
export function oidOf(buf: Buffer, n: DerNode): string {
  if (n.tag !== 0x06) throw new DerError('expected an object identifier');
  const bytes = contentOf(buf, n);
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}
