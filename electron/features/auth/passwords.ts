import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1.
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot read).
const PARAMS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}

// Verified against for unknown usernames so that a wrong name takes as long as a wrong password.
let dummy: Promise<string> | null = null;
export async function burnTime(password: string): Promise<void> {
  dummy ??= hashPassword('komak-timing-equaliser');
  await verifyPassword(await dummy, password);
}
