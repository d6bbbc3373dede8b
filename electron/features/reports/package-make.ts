// Makes the signed package: report.pdf signed inside, every file hashed into manifest.json, and
// manifest.sig — a detached CMS signature over manifest.json's exact bytes.
import { X509Certificate } from 'node:crypto';
import type { PdfSignatureInfo, Signer } from '../signing/signer';
import {
  MANIFEST,
  MANIFEST_SIG,
  MEDIA_TYPES,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  describeFile,
  manifestBytes,
  type PackageManifest,
} from './package-format';
import { writeZip, type ZipEntry } from './zip';

export interface PackageFile {
  name: string;
  bytes: Buffer;
  mediaType: string;
}

export interface PackageInput {
  /** Everything the manifest says about the facility, report, app and trail. */
  about: Omit<PackageManifest, 'format' | 'formatVersion' | 'signer' | 'files'>;
  reportJson: Buffer;
  /** The PDF as rendered; it is signed here. */
  reportPdf: Buffer;
  /** CSV and XLSX renderings, in the order they go into the zip. */
  tables: PackageFile[];
  signer: Signer;
  signerProvider: string;
  pdfSignature: PdfSignatureInfo;
}

export interface MadePackage {
  bytes: Buffer;
  manifest: PackageManifest;
}

export async function makePackage(p: PackageInput): Promise<MadePackage> {
  const signingTime = new Date(p.about.createdAt);
  const cert = new X509Certificate(p.signer.certificatePem());
  const signedPdf = await p.signer.signPdf(p.reportPdf, p.pdfSignature, signingTime);
  const files: PackageFile[] = [
    { name: 'report.json', bytes: p.reportJson, mediaType: MEDIA_TYPES.json },
    { name: 'report.pdf', bytes: signedPdf, mediaType: MEDIA_TYPES.pdf },
    ...p.tables,
  ];
  const names = new Set<string>([MANIFEST, MANIFEST_SIG]);
  for (const f of files) {
    if (names.has(f.name)) throw new Error(`Duplicate package file ${f.name}`);
    names.add(f.name);
  }
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    ...p.about,
    signer: { certificateSha256: cert.fingerprint256, subject: cert.subject.replace(/\n/g, ', '), provider: p.signerProvider },
    files: files.map((f) => describeFile(f.name, f.bytes, f.mediaType)),
  };
  // Keys in a fixed order whatever order `about` was built in.
  const ordered: PackageManifest = {
    format: manifest.format,
    formatVersion: manifest.formatVersion,
    facility: manifest.facility,
    report: manifest.report,
    app: manifest.app,
    createdAt: manifest.createdAt,
    signedBy: manifest.signedBy,
    auditHead: manifest.auditHead,
    signer: manifest.signer,
    training: manifest.training,
    files: manifest.files,
  };
  const mBytes = manifestBytes(ordered);
  const signature = await p.signer.signDetached(mBytes, signingTime);
  const entries: ZipEntry[] = [
    { name: MANIFEST, bytes: mBytes },
    { name: MANIFEST_SIG, bytes: signature },
    ...files.map((f) => ({ name: f.name, bytes: f.bytes })),
  ];
  return { bytes: await writeZip(entries), manifest: ordered };
}
