// The agency's check of a package: the same function behind `komak verify` and the in-app page.
// Needs nothing but the package bytes (and, to check who signed, the facility's certificate).
import { X509Certificate } from 'node:crypto';
import { verifyDetachedCms } from '../signing/cms-verify';
import { verifyPdfSignature } from '../signing/pdf-verify';
import { MANIFEST, MANIFEST_SIG, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, sha256Hex, type PackageManifest } from './package-format';
import { readZip, ZipFormatError, type ZipEntry } from './zip';

export type Verdict = 'valid' | 'tampered' | 'wrong_signer' | 'malformed';
type Failure = Exclude<Verdict, 'valid'>;

export const CHECK_IDS = [
  'zip',
  'manifestPresent',
  'manifestSignature',
  'manifestFormat',
  'signerBinding',
  'certificateValidity',
  'file',
  'noMissingFiles',
  'noExtraFiles',
  'reportConsistent',
  'pdfSignature',
  'expectedSigner',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface VerifyCheck {
  id: CheckId;
  status: 'ok' | 'failed' | 'skipped';
  /** The file a per-file check is about. */
  file?: string;
  /** What failed counts as, when it fails. */
  failure?: Failure;
  detail: string;
}

export interface PackageVerification {
  verdict: Verdict;
  /** Whether the signer was compared with a certificate the verifier trusts. */
  signerChecked: boolean;
  signer: { fingerprint: string; subject: string; signingTime: string | null } | null;
  summary: {
    facilityName: string;
    facilityKind: string;
    stir: string | null;
    reportKind: string;
    periodFrom: string;
    periodTo: string;
    createdAt: string;
    signedBy: string;
    training: boolean;
  } | null;
  checks: VerifyCheck[];
}

/** Exit codes of `komak verify`; documented in its --help and the README. */
export const VERIFY_EXIT: Record<Verdict, number> = { valid: 0, tampered: 10, wrong_signer: 11, malformed: 12 };

const ORDER: Failure[] = ['malformed', 'tampered', 'wrong_signer'];

export async function verifyPackage(bytes: Buffer, options: { certificatePem?: string | null } = {}): Promise<PackageVerification> {
  const checks: VerifyCheck[] = [];
  const ok = (id: CheckId, detail: string, file?: string) => checks.push({ id, status: 'ok', detail, ...(file ? { file } : {}) });
  const bad = (id: CheckId, failure: Failure, detail: string, file?: string) =>
    checks.push({ id, status: 'failed', failure, detail, ...(file ? { file } : {}) });
  const skip = (id: CheckId, detail: string) => checks.push({ id, status: 'skipped', detail });
  const result = (signer: PackageVerification['signer'], summary: PackageVerification['summary']): PackageVerification => {
    const failed = new Set(checks.filter((c) => c.status === 'failed').map((c) => c.failure!));
    const verdict = ORDER.find((f) => failed.has(f)) ?? 'valid';
    return { verdict, signerChecked: !!options.certificatePem, signer, summary, checks };
  };

  let expected: X509Certificate | null = null;
  if (options.certificatePem) expected = new X509Certificate(options.certificatePem);

  let entries: ZipEntry[];
  try {
    entries = await readZip(bytes);
    ok('zip', `${entries.length} files`);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    bad('zip', 'malformed', e.message);
    return result(null, null);
  }
  const byName = new Map(entries.map((e) => [e.name, e.bytes]));
  const mBytes = byName.get(MANIFEST);
  const sig = byName.get(MANIFEST_SIG);
  if (!mBytes && !sig) {
    bad('manifestPresent', 'malformed', 'neither manifest.json nor manifest.sig: this is not a Komak report package');
    return result(null, null);
  }
  if (!mBytes || !sig) {
    bad('manifestPresent', 'tampered', `${!mBytes ? MANIFEST : MANIFEST_SIG} was removed`);
  } else ok('manifestPresent', `${MANIFEST} and ${MANIFEST_SIG}`);

  // The signature is checked over the bytes as they are, before anything reads them.
  let signer: PackageVerification['signer'] = null;
  let signatureHolds = false;
  let cmsCert: X509Certificate | null = null;
  if (mBytes && sig) {
    const v = verifyDetachedCms(sig, mBytes);
    if (v.ok) {
      signatureHolds = true;
      cmsCert = new X509Certificate(v.certificatePem);
      signer = { fingerprint: v.fingerprint, subject: cmsCert.subject.replace(/\n/g, ', '), signingTime: v.signingTime };
      ok('manifestSignature', `valid, signed ${v.signingTime ?? 'at an unstated time'} with certificate SHA-256 ${v.fingerprint}`);
      if (v.validAtSigning) ok('certificateValidity', `certificate valid ${cmsCert.validFrom} – ${cmsCert.validTo}`);
      else
        bad(
          'certificateValidity',
          'wrong_signer',
          `the certificate was not valid at the signing time (${cmsCert.validFrom} – ${cmsCert.validTo})`,
        );
    } else bad('manifestSignature', 'tampered', `${v.problem}: ${v.detail}`);
  } else skip('manifestSignature', 'nothing to check');

  let manifest: PackageManifest | null = null;
  if (mBytes) {
    const parsed = parseManifest(mBytes);
    if (typeof parsed === 'string') {
      // A manifest whose signature failed is tampered whatever it says; only a signed one can be malformed.
      if (signatureHolds) bad('manifestFormat', 'malformed', parsed);
      else skip('manifestFormat', parsed);
    } else {
      manifest = parsed;
      ok('manifestFormat', `${PACKAGE_FORMAT} v${parsed.formatVersion}`);
    }
  }
  const summary: PackageVerification['summary'] = manifest
    ? {
        facilityName: manifest.facility.name,
        facilityKind: manifest.facility.kind,
        stir: manifest.facility.stir,
        reportKind: manifest.report.kind,
        periodFrom: manifest.report.periodFrom,
        periodTo: manifest.report.periodTo,
        createdAt: manifest.createdAt,
        signedBy: manifest.signedBy,
        training: manifest.training,
      }
    : null;

  if (manifest && cmsCert) {
    if (manifest.signer.certificateSha256 === cmsCert.fingerprint256)
      ok('signerBinding', 'the manifest names the certificate that signed it');
    else bad('signerBinding', 'tampered', 'the manifest names another certificate than the one that signed it');
  }

  if (manifest) {
    const listed = new Set(manifest.files.map((f) => f.name));
    for (const f of manifest.files) {
      const b = byName.get(f.name);
      if (!b) continue;
      if (b.length !== f.size) bad('file', 'tampered', `size ${b.length}, manifest says ${f.size}`, f.name);
      else if (sha256Hex(b) !== f.sha256) bad('file', 'tampered', 'SHA-256 differs from the manifest', f.name);
      else ok('file', `${f.size} bytes, SHA-256 ${f.sha256.slice(0, 16)}…`, f.name);
    }
    const missing = manifest.files.filter((f) => !byName.has(f.name)).map((f) => f.name);
    if (missing.length) bad('noMissingFiles', 'tampered', `missing: ${missing.join(', ')}`);
    else ok('noMissingFiles', 'every listed file is present');
    const extra = entries.map((e) => e.name).filter((n) => n !== MANIFEST && n !== MANIFEST_SIG && !listed.has(n));
    if (extra.length) bad('noExtraFiles', 'tampered', `not in the manifest: ${extra.join(', ')}`);
    else ok('noExtraFiles', 'no file outside the manifest');

    // Only a report.json that matches its listing can be compared with what the manifest says of it.
    const jsonTampered = checks.some((c) => c.id === 'file' && c.file === 'report.json' && c.status === 'failed');
    const jsonBytes = byName.get('report.json');
    const consistency = jsonTampered || !jsonBytes ? undefined : checkReportJson(manifest, jsonBytes);
    if (consistency === undefined) skip('reportConsistent', 'report.json was changed or removed');
    else if (consistency === null) ok('reportConsistent', 'report.json is the report the manifest describes');
    else bad('reportConsistent', signatureHolds ? 'malformed' : 'tampered', consistency);

    const pdf = byName.get('report.pdf');
    if (!pdf) skip('pdfSignature', 'no report.pdf');
    else {
      const v = verifyPdfSignature(pdf);
      if (!v.ok) bad('pdfSignature', 'tampered', `${v.problem}: ${v.detail}`);
      else if (cmsCert && v.fingerprint !== cmsCert.fingerprint256)
        bad('pdfSignature', 'tampered', 'the PDF was signed by another certificate than the manifest');
      else ok('pdfSignature', `valid, covers the whole file, signed ${v.signingTime ?? ''}`.trim());
    }
  }

  if (!expected) skip('expectedSigner', 'no facility certificate given: who signed was not checked (give --cert FACILITY.pem)');
  else if (!cmsCert) skip('expectedSigner', 'no valid signature to compare');
  else if (cmsCert.fingerprint256 === expected.fingerprint256)
    ok('expectedSigner', `signed with the given certificate (SHA-256 ${expected.fingerprint256})`);
  else bad('expectedSigner', 'wrong_signer', `signed by ${cmsCert.fingerprint256}, expected ${expected.fingerprint256}`);

  return result(signer, summary);
}

function parseManifest(bytes: Buffer): PackageManifest | string {
  let m: unknown;
  try {
    m = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'manifest.json is not JSON';
  }
  const o = m as Partial<PackageManifest>;
  if (o?.format !== PACKAGE_FORMAT) return 'manifest.json is not a Komak package manifest';
  if (o.formatVersion !== PACKAGE_FORMAT_VERSION) return `unknown package format version ${String(o.formatVersion)}`;
  const filesOk =
    Array.isArray(o.files) &&
    o.files.every(
      (f) =>
        f && typeof f.name === 'string' && typeof f.size === 'number' && typeof f.sha256 === 'string' && /^[0-9a-f]{64}$/.test(f.sha256),
    );
  if (!filesOk || !o.facility || !o.report || !o.signer || typeof o.createdAt !== 'string') return 'manifest.json lacks required fields';
  return o as PackageManifest;
}

/** report.json must be the report the manifest names: same kind, period and facility, and its hash frozen at closing. */
function checkReportJson(m: PackageManifest, bytes: Buffer): string | null {
  if (!m.files.some((f) => f.name === 'report.json')) return 'the manifest does not list report.json';
  if (sha256Hex(bytes) !== m.report.figuresSha256) return 'report.json is not the figures frozen when the period was closed';
  let r: { kind?: string; period?: { from?: string; to?: string }; facility?: { stir?: string | null; name?: string } };
  try {
    r = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'report.json is not JSON';
  }
  if (r.kind !== m.report.kind || r.period?.from !== m.report.periodFrom || r.period?.to !== m.report.periodTo)
    return 'report.json is for another report or period';
  if (r.facility?.name !== m.facility.name || (r.facility?.stir ?? null) !== m.facility.stir) return 'report.json is from another facility';
  return null;
}
