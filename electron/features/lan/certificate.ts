import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import forge from 'node-forge';

export interface FacilityCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the certificate, `AB:CD:…`: what a tablet shows when it is first asked to trust it. */
  fingerprint: string;
  createdAt: string;
  validUntil: string;
}

/** The names a tablet may use to reach this PC: its host name and its addresses on the office network. */
export function lanNames(): { dns: string[]; ips: string[] } {
  const host = hostname().toLowerCase();
  const dns = [...new Set([host, `${host}.local`, 'localhost'])];
  const ips = ['127.0.0.1'];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) ips.push(a.address);
  }
  return { dns, ips: [...new Set(ips)] };
}

export function fingerprintOf(certPem: string): string {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(certPem))).getBytes(), 'binary');
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/.{2}/g)!.join(':');
}

/**
 * A self-signed certificate for the facility's LAN mode (RSA-2048, SHA-256, server use only,
 * three years). No public authority can vouch for a PC in an office, so tablets trust it once,
 * after comparing the fingerprint Komak prints with the one they show.
 */
export function createFacilityCertificate(facilityName: string, now: Date, names = lanNames()): FacilityCertificate {
  // Node generates the key (fast, native); node-forge builds and signs the X.509 certificate.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 5 * 60_000);
  const until = new Date(now);
  until.setUTCFullYear(until.getUTCFullYear() + 3);
  cert.validity.notAfter = until;
  const subject = [
    { name: 'commonName', value: names.dns[0] ?? 'komak' },
    { name: 'organizationName', value: facilityName.slice(0, 64) },
    { name: 'organizationalUnitName', value: 'Komak LAN' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [...names.dns.map((value) => ({ type: 2, value })), ...names.ips.map((ip) => ({ type: 7, ip }))],
    },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  return { certPem, keyPem, fingerprint: fingerprintOf(certPem), createdAt: now.toISOString(), validUntil: until.toISOString() };
}
