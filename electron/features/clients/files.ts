import { createHash } from 'node:crypto';

/** What the first bytes of a file say it is; the declared type must agree (no renamed executables). */
export function sniffMime(data: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A file name safe to show and to save: no folders, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').slice(0, 200) || 'file';
}
