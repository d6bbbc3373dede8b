import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { createSelfSignedCertificate, readP12, makeP12 } from '../../../electron/features/signing/certificate';
import { signDetachedCms } from '../../../electron/features/signing/cms';
import { verifyDetachedCms } from '../../../electron/features/signing/cms-verify';
import { needsReseal, openPrivateKey, SCRYPT_COST, sealPrivateKey } from '../../../electron/features/signing/key-vault';
import { parseDer, oidOf, child } from '../../../electron/features/signing/der';
import { oid, time } from '../../../electron/features/signing/der-write';

const now = new Date('2026-11-22T09:00:00Z');
const key = createSelfSignedCertificate(
  { facilityName: 'Oʻgʻil-qizlar uyi «Quyosh» Ўқ', stir: '305123456', regionName: 'Toshkent shahri', districtName: 'Yashnobod tumani' },
  now,
);

describe('detached CMS signatures', () => {
  it('verify over the exact content, with the signer and time read back', () => {
    const content = Buffer.from('{"a":1}\n');
    const sig = signDetachedCms(content, key, now);
    const v = verifyDetachedCms(sig, content);
    expect(v).toMatchObject({ ok: true, signingTime: '2026-11-22T09:00:00.000Z', validAtSigning: true });
    expect(v.ok && v.fingerprint).toBe(new X509Certificate(key.certificatePem).fingerprint256);
    // Deterministic: the same content, key and time give the same bytes.
    expect(signDetachedCms(content, key, now).equals(sig)).toBe(true);
  });

  it('never verify as the same signer, and never crash, when any single byte of the signature or content changes', () => {
    const content = Buffer.from('hisobot: 42 oʻrin-kun\n');
    const sig = signDetachedCms(content, key, now);
    const fingerprint = new X509Certificate(key.certificatePem).fingerprint256;
    for (let i = 0; i < sig.length; i++) {
      const bad = Buffer.from(sig);
      bad[i] = bad[i]! ^ 0x01;
      const v = verifyDetachedCms(bad, content);
      // Either it fails, or (a byte in the embedded certificate's subject, say) it names another
      // certificate — which the package's signer binding and --cert refuse.
      expect(v.ok && v.fingerprint === fingerprint, `byte ${i}`).toBe(false);
    }
    for (let i = 0; i < content.length; i++) {
      const bad = Buffer.from(content);
      bad[i] = bad[i]! ^ 0x01;
      expect(verifyDetachedCms(sig, bad)).toMatchObject({ ok: false, problem: 'digest_mismatch' });
    }
    expect(verifyDetachedCms(sig.subarray(0, 100), content)).toMatchObject({ ok: false, problem: 'malformed' });
    expect(verifyDetachedCms(Buffer.alloc(0), content).ok).toBe(false);
  });

  it('say when the certificate was not valid at the signing time', () => {
    const v = verifyDetachedCms(signDetachedCms(Buffer.from('x'), key, new Date('2040-01-01T00:00:00Z')), Buffer.from('x'));
    expect(v).toMatchObject({ ok: true, validAtSigning: false, signingTime: '2040-01-01T00:00:00.000Z' });
  });
});

describe('DER helpers', () => {
  it('write and read object identifiers and times', () => {
    for (const o of ['1.2.840.113549.1.7.2', '2.16.840.1.101.3.4.2.1', '1.2.860.3.16.1.1']) expect(oidOf(oid(o), parseDer(oid(o)))).toBe(o);
    expect(time(new Date('2026-11-22T09:00:00Z')).toString('latin1').slice(2)).toBe('261122090000Z');
    expect(time(new Date('2051-01-01T00:00:00Z'))[0]).toBe(0x18); // GeneralizedTime after 2049
    expect(() => child(parseDer(oid('1.2.3')), 0)).toThrow();
  });
});

describe('the key at rest', () => {
  it('opens only with the right password and for its own certificate', async () => {
    const sealed = await sealPrivateKey(key.privateKeyPem, 'Imzo-kaliti-2026', 'AA:BB');
    expect(JSON.stringify(sealed)).not.toContain('PRIVATE KEY');
    expect(await openPrivateKey(sealed, 'Imzo-kaliti-2026', 'AA:BB')).toBe(key.privateKeyPem);
    expect(await openPrivateKey(sealed, 'Imzo-kaliti-2027', 'AA:BB')).toBeNull();
    expect(await openPrivateKey(sealed, 'Imzo-kaliti-2026', 'AA:BC')).toBeNull();
    expect(await openPrivateKey({ ...sealed, ciphertext: Buffer.from('x').toString('base64') }, 'Imzo-kaliti-2026', 'AA:BB')).toBeNull();
  });

  it('opens a key sealed with older cost settings, and asks for it to be sealed again with today’s (32 MiB)', async () => {
    const old = await sealPrivateKey(key.privateKeyPem, 'Imzo-kaliti-2026', 'AA:BB', { N: 2 ** 17, r: 8, p: 1 });
    expect(needsReseal(old)).toBe(true);
    expect(await openPrivateKey(old, 'Imzo-kaliti-2026', 'AA:BB')).toBe(key.privateKeyPem);
    const today = await sealPrivateKey(key.privateKeyPem, 'Imzo-kaliti-2026', 'AA:BB');
    expect(needsReseal(today)).toBe(false);
    expect(128 * SCRYPT_COST.N * SCRYPT_COST.r).toBe(32 * 1024 * 1024);
  });

  it('reads a .p12 back to the same key and certificate', () => {
    const p12 = makeP12(key, 'p');
    const r = readP12(p12, 'p');
    expect('problem' in r).toBe(false);
    if ('problem' in r) return;
    expect(new X509Certificate(r.certificatePem).fingerprint256).toBe(new X509Certificate(key.certificatePem).fingerprint256);
    expect(readP12(p12, 'wrong')).toEqual({ problem: 'unreadable' });
    expect(readP12(Buffer.from('nonsense'), '')).toEqual({ problem: 'unreadable' });
  });
});
