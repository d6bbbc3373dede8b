import { hash, randomBytes } from 'node:crypto';

/** Sessions live 12 hours from the last request (a shift); the UI locks itself sooner when idle. */
export const SESSION_HOURS = 12;
export const MAX_FAILED_ATTEMPTS = 6;
export const LOCK_MINUTES = 30;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash of a token is stored, so a copy of the database cannot be used to sign in. */
export function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

export function sessionExpiry(now: Date): string {
  return new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
}
