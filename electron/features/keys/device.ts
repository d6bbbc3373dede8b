/**
 * The hook for the desktop shell: Electron's safeStorage (DPAPI on Windows, the keychain or
 * libsecret elsewhere) protects the database key for this PC's user account, so the app opens
 * its database at start without asking for a password first (people still sign in to do anything).
 *
 * The backend runs in a utility process that cannot call safeStorage itself; the shell passes an
 * object that forwards these calls to the main process. Nothing outside electron/main implements
 * it with Electron; tests use a stand-in.
 */
export interface DeviceKeyProtector {
  /** A short name stored in the keyring, e.g. `electron-safeStorage`. */
  readonly method: string;
  isAvailable(): Promise<boolean>;
  /** Encrypts the key for this PC's user; returns an opaque base64 string. */
  protect(key: Buffer): Promise<string>;
  /** The key, or throws when this PC's user cannot decrypt the blob (another PC or account). */
  unprotect(blob: string): Promise<Buffer>;
}
