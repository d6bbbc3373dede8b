// Zip files for report packages: written deterministically (fixed order, fixed timestamp, no
// extended-time fields), read strictly (flat names, no duplicates, bounded sizes).
import { ZipFile } from 'yazl';
import { fromBufferPromise } from 'yauzl';

export interface ZipEntry {
  name: string;
  bytes: Buffer;
}

/**
 * Every entry gets the same DOS timestamp, built from local-time parts so it reads as
 * 2000-01-01 00:00 on any machine whatever its time zone; the real creation time is in the manifest.
 */
const FIXED_MTIME = () => new Date(2000, 0, 1, 0, 0, 0);

export function writeZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries)
    zip.addBuffer(e.bytes, e.name, { mtime: FIXED_MTIME(), mode: 0o100644, forceDosTimestamp: true, compressionLevel: 9 });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

export class ZipFormatError extends Error {}

export const ZIP_LIMITS = { entries: 64, totalBytes: 64 * 1024 * 1024 };

/** Reads every entry; throws ZipFormatError for anything that is not a plain flat zip of files. */
export async function readZip(bytes: Buffer): Promise<ZipEntry[]> {
  let zip;
  try {
    zip = await fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
  } catch (e) {
    throw new ZipFormatError(`not a zip file (${(e as Error).message})`);
  }
  const out: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (out.length >= ZIP_LIMITS.entries) throw new ZipFormatError('too many files');
      if (name.includes('/') || name.includes('\\') || name === '' || name.startsWith('.'))
        throw new ZipFormatError(`unexpected entry name "${name}"`);
      if (seen.has(name)) throw new ZipFormatError(`"${name}" appears twice`);
      if (entry.isEncrypted()) throw new ZipFormatError(`"${name}" is encrypted`);
      total += entry.uncompressedSize;
      if (total > ZIP_LIMITS.totalBytes) throw new ZipFormatError('the files are too large');
      seen.add(name);
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      out.push({ name, bytes: Buffer.concat(chunks) });
    }
  } catch (e) {
    if (e instanceof ZipFormatError) throw e;
    throw new ZipFormatError(`damaged zip file (${(e as Error).message})`);
  } finally {
    zip.close();
  }
  return out;
}
