// The signed report package, version 1. Changing anything here that a verifier reads means a new
// PACKAGE_FORMAT_VERSION, and the verifier keeps reading the old one: packages are kept for years.
import { createHash } from 'node:crypto';

export const PACKAGE_FORMAT = 'komak-report-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const MANIFEST = 'manifest.json';
export const MANIFEST_SIG = 'manifest.sig';

export interface ManifestFile {
  name: string;
  size: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  mediaType: string;
}

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  formatVersion: number;
  facility: {
    name: string;
    kind: string;
    stir: string | null;
    regionSoato: string;
    districtSoato: string;
  };
  report: {
    kind: string;
    title: string;
    periodFrom: string;
    periodTo: string;
    /** Version of report.json's schema (docs/report-schema.md). */
    schemaVersion: number;
    closedAt: string;
    closedBy: string;
    /** The period's figures as frozen at closing: SHA-256 of report.json. */
    figuresSha256: string;
    containsPersonalData: boolean;
  };
  app: { name: 'Komak'; version: string };
  createdAt: string;
  signedBy: string;
  /** The last entry of the facility's audit trail when the package was made. */
  auditHead: { seq: number; hash: string };
  signer: {
    /** SHA-256 fingerprint of the signing certificate, as `openssl x509 -fingerprint -sha256` prints it. */
    certificateSha256: string;
    subject: string;
    provider: string;
  };
  /** A training (demo) facility: the package is not a real report. */
  training: boolean;
  files: ManifestFile[];
}

export const sha256Hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export function describeFile(name: string, bytes: Buffer, mediaType: string): ManifestFile {
  return { name, size: bytes.length, sha256: sha256Hex(bytes), mediaType };
}

/** The exact bytes that are signed: two-space JSON with a final newline, keys in declaration order. */
export function manifestBytes(m: PackageManifest): Buffer {
  return Buffer.from(`${JSON.stringify(m, null, 2)}\n`, 'utf8');
}

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
