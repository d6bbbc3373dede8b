import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * The keyring lives beside the database (`<db>.keyring`) because it must be read before the
 * database can be opened. It holds the database key only in wrapped form, users only under an
 * HMAC tag, and the facility's name and kind in clear for the sign-in screen. Nothing in it opens
 * the database without a password, the recovery key or this PC's protected store.
 */
const wrapped = z.object({ iv: z.string(), data: z.string(), tag: z.string() });
const kdf = z.object({
  alg: z.literal('argon2id'),
  memoryCost: z.number().int().positive(),
  timeCost: z.number().int().positive(),
  parallelism: z.number().int().positive(),
  salt: z.string(),
});
export const keyringSchema = z.object({
  format: z.literal('komak-keyring'),
  version: z.literal(1),
  /** HMAC of the database key: tells whether two keyrings hold the same key. */
  keyId: z.string(),
  /** Salt of the user tags. */
  salt: z.string(),
  facility: z.object({ name: z.string(), kind: z.string() }).nullable(),
  users: z.record(z.string(), z.object({ wraps: z.array(wrapped.extend({ kdf })) })),
  recovery: z.object({ salt: z.string(), wrapped, createdAt: z.string() }).nullable(),
  /** The key protected by the operating system for this PC's user (Electron safeStorage). */
  device: z.object({ method: z.string(), blob: z.string() }).nullable(),
  updatedAt: z.string(),
});
export type Keyring = z.infer<typeof keyringSchema>;
export type UserWrap = Keyring['users'][string]['wraps'][number];

export const keyringFile = (dbFile: string) => `${dbFile}.keyring`;

export class KeyringUnreadableError extends Error {
  constructor(file: string, detail: string) {
    super(`The keyring ${file} cannot be read: ${detail}`);
    this.name = 'KeyringUnreadableError';
  }
}

export function readKeyring(file: string): Keyring | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KeyringUnreadableError(file, (e as Error).message);
  }
  const r = keyringSchema.safeParse(parsed);
  if (!r.success) throw new KeyringUnreadableError(file, 'unexpected content');
  return r.data;
}

/** Replaces the file atomically: a crash leaves either the old keyring or the new one, never half. */
export function writeKeyring(file: string, ring: Keyring): void {
  writeFileAtomic(file, `${JSON.stringify(ring, null, 2)}\n`);
}

export function writeFileAtomic(file: string, content: string | Buffer, mode = 0o600): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  syncDir(dirname(file));
}

function syncDir(dir: string): void {
  // Directories cannot be fsynced on Windows; the rename is still atomic there.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not supported on this platform */
  }
}
