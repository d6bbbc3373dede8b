import type { Keyring, UserWrap } from './keyring';
import { newKdfParams, passwordKek, recoveryKek, newSalt, userTag, wrapKey } from './key-crypto';
import { newRecoveryKey } from './recovery-key';

/** What handlers may do to the keyring; staged during a call and applied around its commit. */
export interface KeyService {
  /** False on an unencrypted database: every other call is then a no-op. */
  readonly enabled: boolean;
  /** Wraps the database key for this user's (new) password; older wraps go after the commit. */
  setUserPassword(username: string, password: string): Promise<void>;
  /** Removes the user's wrapped key (deactivated accounts cannot open the database). */
  removeUser(username: string): void;
  /** True when the user has no single current wrap (created while the keyring was elsewhere, reactivated, or a crash mid-change). */
  needsWrap(username: string): boolean;
  /** A new recovery key, shown once; the previous one stops working after the commit. Null when not encrypted. */
  newRecoveryKey(createdAt: string): string | null;
  /** The facility's name and kind shown on the sign-in screen before the database is open. */
  setFacilityDisplay(d: { name: string; kind: string }): void;
}

export const userAad = (keyId: string, tag: string) => `komak-keyring:v1:${keyId}:user:${tag}`;
export const recoveryAad = (keyId: string) => `komak-keyring:v1:${keyId}:recovery`;

/**
 * The order that keeps the keyring and the database consistent through a crash:
 * `prepare` (inside the transaction, before COMMIT) adds new wraps beside the old ones and
 * writes the file; `finish` (after COMMIT) drops the old wraps and removed users; `abort`
 * (after a rollback) takes the added wraps out again. A crash between leaves extra wraps, which
 * the next sign-in of that user tidies up — never a keyring that cannot open the database.
 */
export class KeyChanges implements KeyService {
  private added = new Map<string, UserWrap>();
  private removed = new Set<string>();
  private recovery: Keyring['recovery'] | undefined;
  private display: Keyring['facility'] | undefined;
  private before: Pick<Keyring, 'recovery' | 'facility'> | null = null;

  constructor(
    private readonly ring: () => Keyring | null,
    private readonly key: Buffer | null,
    private readonly save: (ring: Keyring) => void,
  ) {}

  get enabled(): boolean {
    return !!this.ring() && !!this.key;
  }

  private tag(username: string): string {
    return userTag(this.ring()!.salt, username);
  }

  async setUserPassword(username: string, password: string): Promise<void> {
    const ring = this.ring();
    if (!ring || !this.key) return;
    const tag = this.tag(username);
    const kdf = newKdfParams();
    this.added.set(tag, { ...wrapKey(await passwordKek(password, kdf), this.key, userAad(ring.keyId, tag)), kdf });
    this.removed.delete(tag);
  }

  removeUser(username: string): void {
    if (!this.enabled) return;
    const tag = this.tag(username);
    this.removed.add(tag);
    this.added.delete(tag);
  }

  needsWrap(username: string): boolean {
    const ring = this.ring();
    if (!ring || !this.key) return false;
    return (ring.users[this.tag(username)]?.wraps.length ?? 0) !== 1;
  }

  newRecoveryKey(createdAt: string): string | null {
    const ring = this.ring();
    if (!ring || !this.key) return null;
    const { text, bytes } = newRecoveryKey();
    const salt = newSalt();
    this.recovery = { salt, wrapped: wrapKey(recoveryKek(bytes, salt), this.key, recoveryAad(ring.keyId)), createdAt };
    return text;
  }

  setFacilityDisplay(d: { name: string; kind: string }): void {
    this.display = d;
  }

  get pending(): boolean {
    return this.added.size > 0 || this.removed.size > 0 || this.recovery !== undefined || this.display !== undefined;
  }

  /** Before COMMIT: new wraps join the old ones; the recovery key and display change now. */
  prepare(now: string): void {
    const ring = this.ring();
    if (!ring || !this.pending) return;
    this.before = { recovery: ring.recovery, facility: ring.facility };
    for (const [tag, wrap] of this.added) (ring.users[tag] ??= { wraps: [] }).wraps.push(wrap);
    if (this.recovery !== undefined) ring.recovery = this.recovery;
    if (this.display !== undefined) ring.facility = this.display;
    ring.updatedAt = now;
    this.save(ring);
  }

  /** After COMMIT: only the new wrap remains for a changed user; removed users go. */
  finish(now: string): void {
    const ring = this.ring();
    if (!ring || (this.added.size === 0 && this.removed.size === 0)) return;
    for (const [tag, wrap] of this.added) ring.users[tag] = { wraps: [wrap] };
    for (const tag of this.removed) delete ring.users[tag];
    ring.updatedAt = now;
    this.save(ring);
  }

  /** After a rollback: the wraps added by `prepare` are taken out again. */
  abort(now: string): void {
    const ring = this.ring();
    const previous = this.before;
    if (!ring || !previous) return;
    for (const [tag, wrap] of this.added) {
      const entry = ring.users[tag];
      if (!entry) continue;
      entry.wraps = entry.wraps.filter((w) => w !== wrap);
      if (entry.wraps.length === 0) delete ring.users[tag];
    }
    if (this.recovery !== undefined) ring.recovery = previous.recovery;
    if (this.display !== undefined) ring.facility = previous.facility;
    ring.updatedAt = now;
    this.save(ring);
  }
}
