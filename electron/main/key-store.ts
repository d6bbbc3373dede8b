import { safeStorage } from 'electron';
import { memoryKeyStore, type KeyStore } from '../features/keys/device-channel';

/**
 * The database key, protected for this PC's Windows (or desktop) account by Electron's
 * safeStorage, so the app opens its database at start. Where the system offers no protected
 * storage (Linux without a keyring), a secret that lasts one run: the first sign-in opens it.
 */
export function systemKeyStore(): KeyStore {
  const fallback = memoryKeyStore();
  // On Linux without a keyring safeStorage "works" with a hard-coded password: that is no protection.
  const usable = () => {
    try {
      if (!safeStorage?.isEncryptionAvailable()) return false;
      // Windows (DPAPI) and macOS (Keychain) always protect; the backend is chosen only on Linux.
      return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
    } catch {
      return false;
    }
  };
  return {
    get method() {
      return usable() ? 'electron-safeStorage' : 'memory';
    },
    isAvailable: () => true,
    encrypt: (text) => (usable() ? `s:${safeStorage.encryptString(text).toString('base64')}` : `m:${fallback.encrypt(text)}`),
    decrypt: (blob) =>
      blob.startsWith('s:') ? safeStorage.decryptString(Buffer.from(blob.slice(2), 'base64')) : fallback.decrypt(blob.slice(2)),
  };
}
