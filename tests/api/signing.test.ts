import { afterEach, describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { TestFacility, PASSWORD } from '../fixtures/backend';
import { SIGNING_PASSWORD, facilityWithClosedMonth } from '../fixtures/reports';
import { createSelfSignedCertificate, makeP12 } from '../../electron/features/signing/certificate';

const facilities: TestFacility[] = [];
afterEach(async () => {
  for (const f of facilities.splice(0)) await f.close();
});
async function fresh() {
  const f = await TestFacility.create();
  facilities.push(f);
  return { f, manager: await f.signIn() };
}
const create = { signingPassword: SIGNING_PASSWORD, confirmPassword: SIGNING_PASSWORD, replace: false };

describe('signing keys', () => {
  it('creates an RSA-2048 self-signed certificate for the facility and keeps the private key only encrypted', async () => {
    const { f, manager } = await fresh();
    const key = await f.ok(manager, 'signing.createKey', create);
    expect(key).toMatchObject({ status: 'active', source: 'generated', provider: 'komak-rsa', createdByName: 'Dilnoza Karimova' });
    expect(key.subject).toContain('CN=Quyoshli bolalik kunduzgi parvarish markazi');
    expect(key.subject).toContain('ST=Toshkent shahri');
    expect(key.subject).toContain('1.2.860.3.16.1.1=305123456');

    const cert = await f.ok(manager, 'signing.exportCertificate', {});
    const x = new X509Certificate(cert.pem);
    expect(x.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(x.fingerprint256).toBe(key.fingerprint);
    expect(x.verify(x.publicKey)).toBe(true); // self-signed
    // openssl prints the same fingerprint the app shows.
    const pem = join(f.dir, 'facility.pem');
    writeFileSync(pem, cert.pem);
    const o = spawnSync('openssl', ['x509', '-in', pem, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
    expect(o.stdout.trim()).toBe(`sha256 Fingerprint=${key.fingerprint}`);

    const stored = await sql<{ sealed_key: string }>`SELECT sealed_key FROM signing_keys`.execute(f.backend.db);
    const sealed = stored.rows[0]!.sealed_key;
    expect(sealed).not.toContain('PRIVATE KEY');
    expect(JSON.parse(sealed)).toMatchObject({ v: 1, kdf: 'scrypt', N: 32768, r: 8, p: 3 });
    const audit = await sql<{ action: string }>`SELECT action FROM audit_log WHERE action = 'signing.createKey'`.execute(f.backend.db);
    expect(audit.rows).toHaveLength(1);
  });

  it('refuses mismatched, short or sign-in passwords and writes nothing', async () => {
    const { f, manager } = await fresh();
    const before = await f.rowCounts();
    const mismatch = await f.call(manager, 'signing.createKey', { ...create, confirmPassword: 'something-else' });
    expect(mismatch.ok || mismatch.error.fields).toEqual({ confirmPassword: 'Parollar bir xil emas.' });
    const short = await f.call(manager, 'signing.createKey', { signingPassword: 'short', confirmPassword: 'short' });
    expect(short.ok || short.error.fields?.signingPassword).toBe('Parol kamida 8 belgidan iborat boʻlsin.');
    const same = await f.call(manager, 'signing.createKey', { signingPassword: PASSWORD, confirmPassword: PASSWORD });
    expect(same.ok || same.error.fields?.signingPassword).toBe('Imzo paroli kirish parolingizdan farq qilsin.');
    expect(await f.rowCounts()).toEqual(before);
  });

  it('replaces the active key only when told to, keeping the old certificate', async () => {
    const { f, manager } = await fresh();
    const first = await f.ok(manager, 'signing.createKey', create);
    const again = await f.call(manager, 'signing.createKey', create);
    expect(again.ok || again.error.code).toBe('conflict');
    const second = await f.ok(manager, 'signing.createKey', { ...create, replace: true });
    expect(second.fingerprint).not.toBe(first.fingerprint);
    const status = await f.ok(manager, 'signing.status', {});
    expect(status.active?.id).toBe(second.id);
    expect(status.keys.map((k) => [k.id, k.status])).toEqual([
      [second.id, 'active'],
      [first.id, 'retired'],
    ]);
    const old = await f.ok(manager, 'signing.exportCertificate', { keyId: first.id });
    expect(old.fingerprint).toBe(first.fingerprint);
  });

  it('only the manager creates or imports a key; everyone may export the certificate', async () => {
    const { f, manager } = await fresh();
    await f.ok(manager, 'signing.createKey', create);
    for (const role of ['caregiver', 'social_worker', 'accountant', 'inspector'] as const) {
      const who = await f.as(role);
      const r = await f.call(who, 'signing.createKey', { ...create, replace: true });
      expect(r.ok || r.error.code).toBe('forbidden');
      const i = await f.call(who, 'signing.importKey', { ...create, fileBase64: 'AAAA', filePassword: 'x' });
      expect(i.ok || i.error.code).toBe('forbidden');
      expect((await f.ok(who, 'signing.exportCertificate', {})).pem).toContain('BEGIN CERTIFICATE');
    }
  });

  it('imports a .p12 issued to the facility and signs with it', async () => {
    const { f, manager } = await fresh();
    const issued = createSelfSignedCertificate(
      { facilityName: 'Quyoshli bolalik', stir: '305123456', regionName: 'Toshkent shahri', districtName: 'Yashnobod tumani' },
      f.now,
    );
    const p12 = makeP12(issued, 'p12-parol');
    const before = await f.rowCounts();
    const wrong = await f.call(manager, 'signing.importKey', { ...create, fileBase64: p12.toString('base64'), filePassword: 'wrong' });
    expect(wrong.ok || wrong.error.fields?.fileBase64).toBe('Faylni ochib boʻlmadi: bu .p12/.pfx emas yoki parol notoʻgʻri.');
    const garbage = await f.call(manager, 'signing.importKey', {
      ...create,
      fileBase64: Buffer.from('not a p12').toString('base64'),
      filePassword: 'x',
    });
    expect(garbage.ok || garbage.error.code).toBe('validation');
    expect(await f.rowCounts()).toEqual(before);

    const key = await f.ok(manager, 'signing.importKey', { ...create, fileBase64: p12.toString('base64'), filePassword: 'p12-parol' });
    expect(key).toMatchObject({ source: 'imported', fingerprint: new X509Certificate(issued.certificatePem).fingerprint256 });
    const twice = await f.call(manager, 'signing.importKey', {
      ...create,
      replace: true,
      fileBase64: p12.toString('base64'),
      filePassword: 'p12-parol',
    });
    expect(twice.ok || twice.error.code).toBe('conflict');
  });

  it('a wrong signing password makes no package but is recorded', async () => {
    const { f, manager, period } = await facilityWithClosedMonth();
    facilities.push(f);
    const before = await f.rowCounts();
    const r = await f.call(manager, 'reports.makePackage', { periodId: period.id, signingPassword: 'not-the-password', lang: 'uz' });
    expect(r.ok || r.error.fields?.signingPassword).toBe('Imzo paroli notoʻgʻri.');
    const after = await f.rowCounts();
    expect(after.report_packages).toBe(before.report_packages);
    expect(after.audit_log).toBe(before.audit_log! + 1);
    const last = await sql<{ action: string; outcome: string }>`SELECT action, outcome FROM audit_log ORDER BY seq DESC LIMIT 1`.execute(
      f.backend.db,
    );
    expect(last.rows[0]).toEqual({ action: 'signing.unlock', outcome: 'failed' });
  });

  it('says so when there is no key yet', async () => {
    const { f, manager, period } = await facilityWithClosedMonth({ key: false });
    facilities.push(f);
    const r = await f.call(manager, 'reports.makePackage', { periodId: period.id, signingPassword: SIGNING_PASSWORD, lang: 'uz' });
    expect(r.ok || r.error.code).toBe('conflict');
    expect(r.ok || r.error.message).toContain('imzo kaliti hali yaratilmagan');
  });
});
