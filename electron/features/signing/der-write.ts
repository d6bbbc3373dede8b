// Just enough DER encoding to write a CMS SignedData: lengths, and the few types it uses.

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export const tlv = (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
export const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
/** A SET OF in DER order: members sorted by their encodings. */
export const setOf = (...items: Buffer[]) => tlv(0x31, Buffer.concat([...items].sort(Buffer.compare)));
export const octets = (b: Buffer) => tlv(0x04, b);
export const nullValue = () => Buffer.from([0x05, 0x00]);
export const smallInt = (n: number) => tlv(0x02, Buffer.from([n]));
/** Context-specific constructed [n] (IMPLICIT when the content is the members, EXPLICIT when it is one element). */
export const tagged = (n: number, content: Buffer) => tlv(0xa0 + n, content);

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [40 * parts[0]! + parts[1]!];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime for 1950–2049, GeneralizedTime after (RFC 5280 §4.1.2.5). */
export function time(d: Date): Buffer {
  const iso = d.toISOString();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = d.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'latin1'))
    : tlv(0x18, Buffer.from(`${digits}Z`, 'latin1'));
}
