import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  answerDevice,
  deviceOverPort,
  isDeviceRequest,
  memoryKeyStore,
  type KeyStore,
} from '../../../electron/features/keys/device-channel';

/** The backend's port and main's answers, wired back to back as the two processes are. */
function wire(store: KeyStore | undefined, timeoutMs = 200) {
  const listeners: Array<(m: unknown) => void> = [];
  return deviceOverPort(
    (m) => {
      if (isDeviceRequest(m)) queueMicrotask(() => answerDevice(m, store, (r) => listeners.forEach((l) => l(r))));
    },
    (l) => void listeners.push(l),
    'main-process',
    timeoutMs,
  );
}

describe('the device key channel', () => {
  it('protects and gives back the key through the main process', async () => {
    const device = wire(memoryKeyStore());
    const key = randomBytes(32);
    expect(await device.isAvailable()).toBe(true);
    const blob = await device.protect(key);
    expect(blob).not.toContain(key.toString('base64'));
    expect((await device.unprotect(blob)).equals(key)).toBe(true);
  });

  it('fails cleanly without a key store, with another run’s secret, or when main does not answer', async () => {
    expect(await wire(undefined).isAvailable()).toBe(false);
    const blob = await wire(memoryKeyStore()).protect(randomBytes(32));
    await expect(wire(memoryKeyStore()).unprotect(blob)).rejects.toThrow();
    const silent = deviceOverPort(
      () => undefined,
      () => undefined,
      'x',
      50,
    );
    await expect(silent.protect(randomBytes(32))).rejects.toThrow();
  });
});
