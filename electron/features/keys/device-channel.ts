import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DeviceKeyProtector } from './device';

/**
 * The device hook across the process boundary. The backend runs in a utility process, which
 * cannot use Electron's safeStorage; the main process can. The backend's DeviceKeyProtector sends
 * small requests over its port, and the main process answers them with a KeyStore (safeStorage on
 * the desktop, or a secret that lives as long as the app, so a restarted backend reopens the
 * database without asking anyone to sign in again).
 */
export interface DeviceRequest {
  device: { id: number; op: 'available' | 'protect' | 'unprotect'; data?: string };
}
export interface DeviceReply {
  deviceReply: { id: number; ok: boolean; value?: string | boolean };
}

/** What the main process offers: encrypts a short text for this PC's user, and back. */
export interface KeyStore {
  readonly method: string;
  isAvailable(): boolean;
  encrypt(text: string): string;
  decrypt(blob: string): string;
}

export const isDeviceRequest = (m: unknown): m is DeviceRequest =>
  !!m && typeof m === 'object' && typeof (m as DeviceRequest).device?.id === 'number';

/** Backend side: a DeviceKeyProtector whose work is done by the main process. */
export function deviceOverPort(
  post: (m: DeviceRequest) => void,
  onMessage: (l: (m: unknown) => void) => void,
  method: string,
  timeoutMs = 5000,
): DeviceKeyProtector {
  let next = 1;
  const waiting = new Map<number, (r: DeviceReply['deviceReply'] | null) => void>();
  onMessage((m) => {
    const r = (m as DeviceReply | null)?.deviceReply;
    if (r && typeof r.id === 'number') waiting.get(r.id)?.(r);
  });
  const ask = (op: DeviceRequest['device']['op'], data?: string) =>
    new Promise<DeviceReply['deviceReply']>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => done(null), timeoutMs);
      const done = (r: DeviceReply['deviceReply'] | null) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (r?.ok) resolve(r);
        else reject(new Error('The main process could not do this.'));
      };
      waiting.set(id, done);
      post({ device: { id, op, data } });
    });
  return {
    method,
    isAvailable: async () => (await ask('available').catch(() => null))?.value === true,
    protect: async (key) => String((await ask('protect', key.toString('base64'))).value),
    unprotect: async (blob) => Buffer.from(String((await ask('unprotect', blob)).value), 'base64'),
  };
}

/** Main side: answers one request with the key store. */
export function answerDevice(request: DeviceRequest, store: KeyStore | undefined, post: (m: DeviceReply) => void): void {
  const { id, op, data } = request.device;
  try {
    if (!store) throw new Error('no key store');
    if (op === 'available') return post({ deviceReply: { id, ok: true, value: store.isAvailable() } });
    if (op === 'protect') return post({ deviceReply: { id, ok: true, value: store.encrypt(String(data)) } });
    return post({ deviceReply: { id, ok: true, value: store.decrypt(String(data)) } });
  } catch {
    post({ deviceReply: { id, ok: false } });
  }
}

/**
 * A key store that forgets at exit: the fallback where the operating system offers no protected
 * storage. The database then opens by itself again only after a backend restart within one run.
 */
export function memoryKeyStore(): KeyStore {
  const secret = randomBytes(32);
  return {
    method: 'memory',
    isAvailable: () => true,
    encrypt(text) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const data = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), data]).toString('base64');
    },
    decrypt(blob) {
      const b = Buffer.from(blob, 'base64');
      const d = createDecipheriv('aes-256-gcm', secret, b.subarray(0, 12));
      d.setAuthTag(b.subarray(12, 28));
      return Buffer.concat([d.update(b.subarray(28)), d.final()]).toString('utf8');
    },
  };
}
