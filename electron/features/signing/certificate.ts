// The facility's X.509 certificate: made here (self-signed, RSA-2048) or imported from a .p12/.pfx.
import { X509Certificate, createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/** Uzbekistan's OID for a legal entity's taxpayer number (STIR/INN), as E-IMZO certificates carry it. */
export const OID_UZ_STIR = '1.2.860.3.16.1.1';

export interface CertificateSubject {
  facilityName: string;
  stir: string | null;
  regionName: string;
  districtName: string;
}

export interface KeyAndCertificate {
  privateKeyPem: string;
  certificatePem: string;
}

export interface CertificateInfo {
  subject: string;
  fingerprint: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  keyAlgorithm: string;
}

const VALID_YEARS = 5;

export function createSelfSignedCertificate(s: CertificateSubject, now: Date): KeyAndCertificate {
  // node:crypto makes the key (milliseconds); forge's pure-JS keygen takes seconds.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // A positive 16-byte serial (the leading 01 keeps the top bit clear).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const until = new Date(cert.validity.notBefore);
  until.setUTCFullYear(until.getUTCFullYear() + VALID_YEARS);
  cert.validity.notAfter = until;
  // forge's typings say asn1.Class where it reads a universal type number.
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  const printable = forge.asn1.Type.PRINTABLESTRING as unknown as forge.asn1.Class;
  const attrs: forge.pki.CertificateField[] = [
    { shortName: 'C', value: 'UZ' },
    { shortName: 'ST', value: s.regionName, valueTagClass: utf8 },
    { shortName: 'L', value: s.districtName, valueTagClass: utf8 },
    { shortName: 'O', value: s.facilityName, valueTagClass: utf8 },
    { shortName: 'CN', value: s.facilityName, valueTagClass: utf8 },
    ...(s.stir ? [{ type: OID_UZ_STIR, value: s.stir, valueTagClass: printable }] : []),
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  return { privateKeyPem, certificatePem: forge.pki.certificateToPem(cert) };
}

export function certificateInfo(pem: string): CertificateInfo {
  const x = new X509Certificate(pem);
  return {
    subject: x.subject.replace(/\n/g, ', '),
    fingerprint: x.fingerprint256,
    serialNumber: x.serialNumber,
    notBefore: new Date(x.validFrom).toISOString(),
    notAfter: new Date(x.validTo).toISOString(),
    keyAlgorithm: `${(x.publicKey.asymmetricKeyType ?? '').toUpperCase()}-${x.publicKey.asymmetricKeyDetails?.modulusLength ?? ''}`,
  };
}

export type P12Problem = 'unreadable' | 'no_key' | 'not_rsa' | 'no_certificate';

/** Reads the key and its certificate out of a .p12/.pfx. Only RSA keys: that is what PDF signing here supports. */
export function readP12(bytes: Buffer, password: string): KeyAndCertificate | { problem: P12Problem } {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), false, password);
  } catch (e) {
    // forge cannot parse non-RSA private keys and says so in its message.
    return {
      problem:
        /unknown|oid|not rsa/i.test(String((e as Error).message)) && !/mac|password|invalid/i.test(String((e as Error).message))
          ? 'not_rsa'
          : 'unreadable',
    };
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const key = keyBags.find((b) => b.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) return { problem: keyBags.length ? 'not_rsa' : 'no_key' };
  if (!('n' in key) || !key.n) return { problem: 'not_rsa' };
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).flatMap((b) => (b.cert ? [b.cert] : []));
  const cert = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n && pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0;
  });
  if (!cert) return { problem: 'no_certificate' };
  const privateKeyPem = createPrivateKey(forge.pki.privateKeyToPem(key)).export({ type: 'pkcs8', format: 'pem' }).toString();
  return { privateKeyPem, certificatePem: forge.pki.certificateToPem(cert) };
}

/** Builds a .p12 from a key and certificate (tests, and "export a backup of the signing key" later). */
export function makeP12(kc: KeyAndCertificate, password: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(kc.privateKeyPem),
    [forge.pki.certificateFromPem(kc.certificatePem)],
    password,
    {
      algorithm: '3des',
    },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
