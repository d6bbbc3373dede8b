import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestFacility } from '../fixtures/backend';
import type { CallContext } from '../../electron/backend';
import { facilityWithClosedMonth, makePackage, SIGNING_PASSWORD } from '../fixtures/reports';
import { readZip, writeZip, type ZipEntry } from '../../electron/features/reports/zip';
import { verifyPackage, VERIFY_EXIT } from '../../electron/features/reports/package-verify';
import { createSelfSignedCertificate } from '../../electron/features/signing/certificate';
import { RsaKeySigner } from '../../electron/features/signing/signer';
import { sha256Hex, type PackageManifest } from '../../electron/features/reports/package-format';
import { renderPdf } from '../../electron/features/documents/pdf';

let f: TestFacility;
let other: TestFacility;
let manager: CallContext;
let periodId: number;
let pkg: Buffer;
let certPem: string;
let otherCertPem: string;
let dir: string;

beforeAll(async () => {
  ({
    f,
    manager,
    period: { id: periodId },
  } = await facilityWithClosedMonth().then((r) => ({ ...r })));
  f.now = new Date('2026-11-22T10:30:00Z');
  pkg = (await makePackage(f, manager, periodId)).bytes;
  certPem = (await f.ok(manager, 'signing.exportCertificate', {})).pem;
  ({ f: other } = await facilityWithClosedMonth());
  otherCertPem = (await other.ok(await other.signIn(), 'signing.exportCertificate', {})).pem;
  dir = mkdtempSync(join(tmpdir(), 'komak-pkg-'));
}, 60_000);
afterAll(async () => {
  await f.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});

const entries = () => readZip(pkg);
async function rezip(change: (e: ZipEntry[]) => ZipEntry[]): Promise<Buffer> {
  return writeZip(change(await entries()));
}
const flipByte = (b: Buffer, at = Math.floor(b.length / 2)) => {
  const c = Buffer.from(b);
  c[at] = c[at]! ^ 0x01;
  return c;
};

describe('a signed report package', () => {
  it('holds the report, its renderings, the manifest and its signature, in a fixed order', async () => {
    const e = await entries();
    expect(e.map((x) => x.name)).toEqual(['manifest.json', 'manifest.sig', 'report.json', 'report.pdf', 'report.csv', 'report.xlsx']);
    const m = JSON.parse(e[0]!.bytes.toString('utf8')) as PackageManifest;
    expect(m).toMatchObject({
      format: 'komak-report-package',
      formatVersion: 1,
      facility: {
        name: 'Quyoshli bolalik kunduzgi parvarish markazi',
        kind: 'day_care',
        stir: '305123456',
        regionSoato: '1726',
        districtSoato: '1726290',
      },
      report: {
        kind: 'activity',
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
        schemaVersion: 1,
        closedBy: 'Dilnoza Karimova',
        containsPersonalData: false,
      },
      app: { name: 'Komak' },
      createdAt: '2026-11-22T10:30:00.000Z',
      signedBy: 'Dilnoza Karimova',
      training: false,
    });
    for (const file of m.files) {
      const b = e.find((x) => x.name === file.name)!.bytes;
      expect(file).toMatchObject({ size: b.length, sha256: sha256Hex(b) });
    }
    // report.json is the period's frozen bytes; the audit head is the trail's last entry before the package.
    const period = await sql<{ figures_sha256: string }>`SELECT figures_sha256 FROM report_periods WHERE id = ${periodId}`.execute(
      f.backend.db,
    );
    expect(m.report.figuresSha256).toBe(period.rows[0]!.figures_sha256);
    expect(sha256Hex(e[2]!.bytes)).toBe(m.report.figuresSha256);
    const made = await sql<{
      seq: number;
      prev_hash: string;
    }>`SELECT seq, prev_hash FROM audit_log WHERE action = 'reports.makePackage'`.execute(f.backend.db);
    expect(m.auditHead).toEqual({ seq: made.rows[0]!.seq - 1, hash: made.rows[0]!.prev_hash });
  });

  it('verifies, and says who signed it', async () => {
    const v = await verifyPackage(pkg, { certificatePem: certPem });
    expect(v.verdict).toBe('valid');
    expect(v.checks.filter((c) => c.status !== 'ok')).toEqual([]);
    expect(v.checks.filter((c) => c.id === 'file').map((c) => c.file)).toEqual(['report.json', 'report.pdf', 'report.csv', 'report.xlsx']);
    expect(v.signer?.subject).toContain('CN=Quyoshli bolalik kunduzgi parvarish markazi');
    expect(v.summary).toMatchObject({ reportKind: 'activity', periodFrom: '2026-10-01', training: false });
    const unchecked = await verifyPackage(pkg);
    expect(unchecked).toMatchObject({ verdict: 'valid', signerChecked: false });
    expect(unchecked.checks.find((c) => c.id === 'expectedSigner')?.status).toBe('skipped');
  });

  it('checks with openssl and pdfsig, independently of Komak', async () => {
    const e = await entries();
    for (const x of e) writeFileSync(join(dir, x.name), x.bytes);
    writeFileSync(join(dir, 'facility.pem'), certPem);
    writeFileSync(join(dir, 'other.pem'), otherCertPem);
    const cms = (ca: string) =>
      spawnSync(
        'openssl',
        [
          'cms',
          '-verify',
          '-binary',
          '-inform',
          'DER',
          '-in',
          'manifest.sig',
          '-content',
          'manifest.json',
          '-CAfile',
          ca,
          '-out',
          '/dev/null',
        ],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
    const good = cms('facility.pem');
    expect(good.stderr).toContain('Verification successful');
    expect(good.status).toBe(0);
    expect(cms('other.pem').status).not.toBe(0);
    const smime = spawnSync(
      'openssl',
      [
        'smime',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        'manifest.sig',
        '-content',
        'manifest.json',
        '-CAfile',
        'facility.pem',
        '-out',
        '/dev/null',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(smime.status).toBe(0);

    writeFileSync(join(dir, 'manifest.json'), flipByte(e[0]!.bytes, 40));
    expect(cms('facility.pem').status).not.toBe(0);

    const pdfsig = spawnSync('pdfsig', [join(dir, 'report.pdf')], { encoding: 'utf8' });
    expect(pdfsig.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(pdfsig.stdout).toContain('Total document signed');
    expect(pdfsig.stdout).toContain('Signer Certificate Common Name: Quyoshli bolalik kunduzgi parvarish markazi');
    writeFileSync(join(dir, 'bad.pdf'), flipByte(e[3]!.bytes, 100));
    expect(spawnSync('pdfsig', [join(dir, 'bad.pdf')], { encoding: 'utf8' }).stdout).not.toContain('Signature is Valid');
  });
});

describe('tampering', () => {
  const names = ['manifest.json', 'manifest.sig', 'report.json', 'report.pdf', 'report.csv', 'report.xlsx'];
  it.each(names)('one byte of %s changed → tampered', async (name) => {
    const changed = await rezip((e) => e.map((x) => (x.name === name ? { ...x, bytes: flipByte(x.bytes) } : x)));
    const v = await verifyPackage(changed, { certificatePem: certPem });
    expect(v.verdict).toBe('tampered');
    expect(VERIFY_EXIT[v.verdict]).toBe(10);
  });

  it('no single changed byte of manifest.sig or manifest.json goes unnoticed (sampled across the file)', async () => {
    const e = await entries();
    for (const name of ['manifest.sig', 'manifest.json']) {
      const original = e.find((x) => x.name === name)!.bytes;
      const step = Math.max(1, Math.floor(original.length / 150));
      for (let i = 0; i < original.length; i += step) {
        const changed = await writeZip(e.map((x) => (x.name === name ? { ...x, bytes: flipByte(original, i) } : x)));
        const v = await verifyPackage(changed, { certificatePem: certPem });
        expect(v.verdict, `${name} byte ${i}`).not.toBe('valid');
      }
    }
  }, 60_000);

  it.each(names)('%s removed → tampered', async (name) => {
    const v = await verifyPackage(await rezip((e) => e.filter((x) => x.name !== name)), { certificatePem: certPem });
    expect(v.verdict).toBe('tampered');
  });

  it('a file added → tampered', async () => {
    const v = await verifyPackage(await rezip((e) => [...e, { name: 'notes.txt', bytes: Buffer.from('extra') }]));
    expect(v.verdict).toBe('tampered');
    expect(v.checks.find((c) => c.id === 'noExtraFiles')).toMatchObject({ status: 'failed', detail: 'not in the manifest: notes.txt' });
  });

  it('the manifest re-indented (same content, other bytes) → tampered', async () => {
    const v = await verifyPackage(
      await rezip((e) =>
        e.map((x) =>
          x.name === 'manifest.json' ? { ...x, bytes: Buffer.from(JSON.stringify(JSON.parse(x.bytes.toString()), null, 4)) } : x,
        ),
      ),
    );
    expect(v.verdict).toBe('tampered');
    expect(v.checks.find((c) => c.id === 'manifestSignature')?.status).toBe('failed');
  });

  it('another facility’s certificate → wrong signer', async () => {
    const v = await verifyPackage(pkg, { certificatePem: otherCertPem });
    expect(v.verdict).toBe('wrong_signer');
    expect(VERIFY_EXIT[v.verdict]).toBe(11);
  });

  it('changed and signed again with someone else’s key: consistent, but not from the facility', async () => {
    const forger = new RsaKeySigner(
      createSelfSignedCertificate(
        { facilityName: 'Quyoshli bolalik kunduzgi parvarish markazi', stir: '305123456', regionName: 'x', districtName: 'y' },
        f.now,
      ),
    );
    const e = await entries();
    const manifest = JSON.parse(e[0]!.bytes.toString()) as PackageManifest;
    const fake = await renderPdf({
      lang: 'uz',
      facility: { name: manifest.facility.name, kind: 'day_care', address: 'x', stir: '305123456', training: false },
      title: 'Soxta hisobot',
      generatedAt: f.now,
      content: [],
    });
    const pdf = await forger.signPdf(fake, { name: 'x', reason: 'x', location: 'x', contactInfo: '' }, f.now);
    const { X509Certificate } = await import('node:crypto');
    manifest.signer.certificateSha256 = new X509Certificate(forger.certificatePem()).fingerprint256;
    manifest.files = manifest.files.map((x) => (x.name === 'report.pdf' ? { ...x, size: pdf.length, sha256: sha256Hex(pdf) } : x));
    const mBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    const forged = await writeZip([
      { name: 'manifest.json', bytes: mBytes },
      { name: 'manifest.sig', bytes: await forger.signDetached(mBytes, f.now) },
      e[2]!,
      { name: 'report.pdf', bytes: pdf },
      ...e.slice(4),
    ]);
    expect((await verifyPackage(forged)).verdict).toBe('valid');
    expect((await verifyPackage(forged, { certificatePem: certPem })).verdict).toBe('wrong_signer');
  });

  it('not a zip, or a zip without a manifest → malformed', async () => {
    expect((await verifyPackage(Buffer.from('%PDF-1.7 not a zip'))).verdict).toBe('malformed');
    expect((await verifyPackage(pkg.subarray(0, pkg.length - 30))).verdict).toBe('malformed');
    const v = await verifyPackage(await writeZip([{ name: 'report.csv', bytes: Buffer.from('a,b') }]));
    expect(v.verdict).toBe('malformed');
    expect(VERIFY_EXIT[v.verdict]).toBe(12);
  });
});

describe('the register of sent reports', () => {
  it('keeps the package byte for byte, marks it sent once, and shows it to the inspector', async () => {
    const list = await f.ok(manager, 'reports.packages', {});
    expect(list).toHaveLength(1);
    const item = list[0]!;
    expect(item).toMatchObject({
      periodId,
      kind: 'activity',
      from: '2026-10-01',
      createdBy: 'Dilnoza Karimova',
      sentAt: null,
      superseded: false,
      size: pkg.length,
    });
    expect(item.sha256).toBe(createHash('sha256').update(pkg).digest('hex'));
    const again = Buffer.from((await f.ok(manager, 'reports.getPackage', { packageId: item.id })).base64, 'base64');
    expect(again.equals(pkg)).toBe(true);

    const inspector = await f.as('inspector');
    expect((await f.ok(inspector, 'reports.packages', {}))[0]!.id).toBe(item.id);
    const refused = await f.call(inspector, 'reports.markSent', { packageId: item.id });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    const caregiver = await f.as('caregiver');
    expect((await f.call(caregiver, 'reports.packages', {})).ok).toBe(false);

    const sent = await f.ok(manager, 'reports.markSent', { packageId: item.id, note: 'Viloyat boʻlimiga elektron pochta orqali' });
    expect(sent).toMatchObject({ sentBy: 'Dilnoza Karimova', sentNote: 'Viloyat boʻlimiga elektron pochta orqali' });
    expect((await f.call(manager, 'reports.markSent', { packageId: item.id })).ok).toBe(false);
    await expect(sql`UPDATE report_packages SET bytes = x'00' WHERE id = ${item.id}`.execute(f.backend.db)).rejects.toThrow(/kept as made/);
    await expect(sql`DELETE FROM report_packages`.execute(f.backend.db)).rejects.toThrow(/kept as made/);
  });

  it('in the app: the verdict with labels in the user’s language, and whether this facility signed it', async () => {
    const v = await f.ok(manager, 'reports.verifyPackage', { packageBase64: pkg.toString('base64') });
    expect(v).toMatchObject({ verdict: 'valid', signerIsThisFacility: true });
    expect(v.checks.find((c) => c.id === 'pdfSignature')?.label).toBe('report.pdf ichidagi imzo');
    const foreign = await f.ok(manager, 'reports.verifyPackage', { packageBase64: pkg.toString('base64'), certificatePem: otherCertPem });
    expect(foreign.verdict).toBe('wrong_signer');
    const bad = await f.call(manager, 'reports.verifyPackage', { packageBase64: '' });
    expect(bad.ok || bad.error.fields).toEqual({ packageBase64: 'Toʻldirish shart.' });
  });

  it('a package made before the period was reopened is marked superseded', async () => {
    await f.ok(manager, 'reports.reopen', { periodId, reason: 'Kechikkan hujjat qoʻshildi' });
    const [first] = await f.ok(manager, 'reports.packages', {});
    expect(first!.superseded).toBe(true);
    await f.ok(manager, 'reports.check', { periodId });
    await f.ok(manager, 'reports.close', { periodId });
    const second = await f.ok(manager, 'reports.makePackage', { periodId, signingPassword: SIGNING_PASSWORD, lang: 'ru' });
    expect(second.package.superseded).toBe(false);
    const list = await f.ok(manager, 'reports.packages', {});
    expect(list.map((p) => p.superseded)).toEqual([false, true]);
  });
});
