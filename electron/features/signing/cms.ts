// Detached CMS (RFC 5652) SignedData with an RSA key: the format `openssl cms -verify` reads and
// the one a PDF signature (adbe.pkcs7.detached) carries. Written by hand over node:crypto so the
// signer's name and serial are copied byte for byte from its certificate (node-forge re-encodes
// UTF-8 names twice, which breaks signer matching for names with oʻ, gʻ or Cyrillic).
import { X509Certificate, createHash, createPrivateKey, sign } from 'node:crypto';
import { bytesOf, child, parseDer } from './der';
import { nullValue, octets, oid, seq, setOf, smallInt, tagged, time } from './der-write';

export interface RsaKeyMaterial {
  /** PKCS#8 or PKCS#1 PEM of the private key. Held in memory only for one signing operation. */
  privateKeyPem: string;
  certificatePem: string;
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

const algorithm = (dotted: string) => seq(oid(dotted), nullValue());
const attribute = (type: string, value: Buffer) => seq(oid(type), setOf(value));

/**
 * Signs `content` (one buffer or the parts of it, e.g. a PDF's two byte ranges) and returns the DER
 * of a detached SignedData holding the signer's certificate. Signed attributes: content type,
 * signing time, SHA-256 message digest. RSA PKCS#1 v1.5 is deterministic: the same content, key
 * and time give the same bytes.
 */
export function signDetachedCms(content: Buffer | Buffer[], key: RsaKeyMaterial, signingTime: Date): Buffer {
  const certDer = Buffer.from(new X509Certificate(key.certificatePem).raw);
  const cert = parseDer(certDer);
  const tbs = child(cert, 0);
  const offset = child(tbs, 0).tag === 0xa0 ? 1 : 0;
  const serial = bytesOf(certDer, child(tbs, offset));
  const issuer = bytesOf(certDer, child(tbs, offset + 2));

  const digest = createHash('sha256');
  for (const part of Array.isArray(content) ? content : [content]) digest.update(part);
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, time(signingTime)),
    attribute(OID.messageDigest, octets(digest.digest())),
  ];
  const signedAttrsSet = setOf(...attrs);
  const signature = sign('sha256', signedAttrsSet, createPrivateKey(key.privateKeyPem));
  // In the SignerInfo the same attributes travel as [0] IMPLICIT: only the tag changes.
  const signedAttrs = Buffer.from(signedAttrsSet);
  signedAttrs[0] = 0xa0;

  const signerInfo = seq(
    smallInt(1),
    seq(issuer, serial),
    algorithm(OID.sha256),
    signedAttrs,
    algorithm(OID.rsaEncryption),
    octets(signature),
  );
  const signedData = seq(smallInt(1), setOf(algorithm(OID.sha256)), seq(oid(OID.data)), tagged(0, certDer), setOf(signerInfo));
  return seq(oid(OID.signedData), tagged(0, signedData));
}

/** DER → PEM with the `CMS` label (what `openssl cms -inform PEM` expects). */
export function cmsToPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CMS-----\n${lines.join('\n')}\n-----END CMS-----\n`;
}
