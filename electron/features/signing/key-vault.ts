// The facility's private key at rest: AES-256-GCM under a key derived (scrypt) from the signing
// password the manager chose. The password is never stored; a wrong one fails the GCM tag.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';

export interface SealedKey {
  v: 1;
  kdf: 'scrypt';
  /** scrypt cost parameters, kept with the key so they can be raised later without breaking old keys. */
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

// OWASP lists equivalent scrypt settings; N=2^15, r=8, p=3 needs 128·N·r = 32 MiB while signing
// (N=2^17, p=1, the first one, needs 128 MiB — too much beside a PDF on an office PC). Keys sealed
// with other settings still open with their own, and are sealed again with these (`needsReseal`).
export const SCRYPT_COST = { N: 2 ** 15, r: 8, p: 3 };

function deriveKey(password: string, salt: Buffer, c: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: c.N, r: c.r, p: c.p, maxmem: 129 * c.N * c.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scryptCb(password.normalize('NFC'), salt, 32, options, (e, k) => (e ? reject(e) : resolve(k))));
}

/** `binding` (the certificate fingerprint) is authenticated with the key, so a sealed key cannot be moved to another certificate. */
export async function sealPrivateKey(
  privateKeyPem: string,
  password: string,
  binding: string,
  cost: { N: number; r: number; p: number } = SCRYPT_COST,
): Promise<SealedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(password, salt, cost);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(binding, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(privateKeyPem, 'utf8'), cipher.final()]);
  return {
    v: 1,
    kdf: 'scrypt',
    ...cost,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** True when the key was sealed with other cost settings than today's. */
export function needsReseal(sealed: SealedKey): boolean {
  return sealed.N !== SCRYPT_COST.N || sealed.r !== SCRYPT_COST.r || sealed.p !== SCRYPT_COST.p;
}

/** The private key PEM, or null when the password is wrong (or the sealed key was altered). */
export async function openPrivateKey(sealed: SealedKey, password: string, binding: string): Promise<string | null> {
  const key = await deriveKey(password, Buffer.from(sealed.salt, 'base64'), sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(Buffer.from(binding, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
