import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';

/**
 * The cryptography of the keyring. The database key is 32 random bytes; it is only ever stored
 * wrapped (AES-256-GCM) under a key-encryption key derived from a password (Argon2id) or from the
 * recovery key (HKDF: it already carries 160 random bits, so a slow hash adds nothing).
 */

/** OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1. */
export const PASSWORD_KDF = { alg: 'argon2id', memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export interface KdfParams {
  alg: 'argon2id';
  memoryCost: number;
  timeCost: number;
  parallelism: number;
  salt: string; // base64
}

/** One wrapped copy of the database key. Base64 fields; nothing here is secret. */
export interface WrappedKey {
  iv: string;
  data: string;
  tag: string;
}

export const newDatabaseKey = (): Buffer => randomBytes(32);
export const newSalt = (): string => randomBytes(16).toString('base64');

/** Names a database key without revealing it, so two keyrings can be matched. */
export function keyIdOf(key: Buffer): string {
  return createHmac('sha256', key).update('komak-key-id').digest('hex').slice(0, 32);
}

/** The keyring lists users under this tag, not by name, so the file does not name the staff. */
export function userTag(keyringSalt: string, username: string): string {
  return createHmac('sha256', Buffer.from(keyringSalt, 'base64')).update(`user:${username}`).digest('hex').slice(0, 40);
}

export function newKdfParams(): KdfParams {
  return { ...PASSWORD_KDF, salt: newSalt() };
}

// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot read).
export async function passwordKek(password: string, kdf: KdfParams): Promise<Buffer> {
  return hashRaw(password, {
    algorithm: 2,
    memoryCost: kdf.memoryCost,
    timeCost: kdf.timeCost,
    parallelism: kdf.parallelism,
    outputLen: 32,
    salt: Buffer.from(kdf.salt, 'base64'),
  });
}

export function recoveryKek(recoveryBytes: Buffer, salt: string): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryBytes, Buffer.from(salt, 'base64'), 'komak-recovery-kek', 32));
}

/** `aad` binds a wrapped key to its place in the keyring, so entries cannot be swapped around. */
export function wrapKey(kek: Buffer, key: Buffer, aad: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The key, or null when the KEK is wrong (GCM authenticates, so a wrong password never yields a key). */
export function unwrapKey(kek: Buffer, w: WrappedKey, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

// Derived for unknown usernames so that a wrong name costs as much time as a wrong password.
const DUMMY_KDF: KdfParams = { ...PASSWORD_KDF, salt: Buffer.alloc(16, 7).toString('base64') };
export async function burnKdfTime(password: string): Promise<void> {
  await passwordKek(password, DUMMY_KDF);
}
