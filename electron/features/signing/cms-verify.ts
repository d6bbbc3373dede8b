// Checks a detached CMS SignedData with node:crypto alone (independent of the node-forge code
// that signs), over the exact bytes received. Used for manifest.sig and for PDF signatures.
import { X509Certificate, createHash, createPublicKey, verify } from 'node:crypto';
import { type DerNode, DerError, bytesOf, child, contentOf, oidOf, parseDer } from './der';

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
};
const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export type CmsProblem = 'malformed' | 'unsupported' | 'digest_mismatch' | 'bad_signature' | 'no_signer_certificate';

export type CmsVerdict =
  | {
      ok: true;
      certificatePem: string;
      /** SHA-256 of the signer certificate's DER, upper-case hex with colons (as openssl prints it). */
      fingerprint: string;
      signingTime: string | null;
      /** The signer's certificate covered the signing time (or no time was signed). */
      validAtSigning: boolean;
    }
  | { ok: false; problem: CmsProblem; detail: string };

export function verifyDetachedCms(cms: Buffer, content: Buffer | Buffer[]): CmsVerdict {
  try {
    return check(cms, Array.isArray(content) ? content : [content]);
  } catch (e) {
    if (e instanceof DerError) return { ok: false, problem: 'malformed', detail: e.message };
    throw e;
  }
}

function check(buf: Buffer, content: Buffer[]): CmsVerdict {
  const root = parseDer(buf);
  if (root.tag !== 0x30 || oidOf(buf, child(root, 0)) !== OID.signedData) return fail('malformed', 'not a CMS SignedData');
  const signedData = child(child(root, 1), 0);
  const parts = signedData.children;
  const encap = child(signedData, 2);
  if (encap.children.length > 1) return fail('unsupported', 'the signature is not detached');
  const certificates = parts.filter((p) => p.tag === 0xa0).flatMap((p) => p.children);
  const signerInfos = parts[parts.length - 1]!;
  if (signerInfos.tag !== 0x31 || signerInfos.children.length !== 1) return fail('unsupported', 'expected exactly one signer');
  const si = child(signerInfos, 0);

  const sid = child(si, 1);
  const digestName = DIGESTS[oidOf(buf, child(child(si, 2), 0))];
  if (!digestName) return fail('unsupported', 'digest algorithm');
  const signedAttrs = child(si, 3);
  if (signedAttrs.tag !== 0xa0) return fail('unsupported', 'no signed attributes');
  const signature = child(si, 5);
  if (signature.tag !== 0x04) return fail('malformed', 'signature value');

  const attrs = new Map<string, DerNode>();
  for (const a of signedAttrs.children) attrs.set(oidOf(buf, child(a, 0)), child(child(a, 1), 0));
  const ct = attrs.get(OID.contentType);
  const md = attrs.get(OID.messageDigest);
  if (!ct || oidOf(buf, ct) !== OID.data || !md) return fail('malformed', 'content type or message digest attribute');
  const hash = createHash(digestName);
  for (const c of content) hash.update(c);
  if (!hash.digest().equals(contentOf(buf, md))) return fail('digest_mismatch', 'the signed content was changed');

  const cert = certificates.find((c) => sameSigner(buf, c, sid));
  if (!cert) return fail('no_signer_certificate', 'the signer certificate is not in the signature');
  const x509 = new X509Certificate(bytesOf(buf, cert));
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they travel in.
  const toVerify = Buffer.from(bytesOf(buf, signedAttrs));
  toVerify[0] = 0x31;
  const good = verify(digestName, toVerify, createPublicKey(x509.publicKey.export({ type: 'spki', format: 'pem' })), contentOf(buf, signature));
  if (!good) return fail('bad_signature', 'the signature does not match the signed attributes');

  const st = attrs.get(OID.signingTime);
  const signingTime = st ? parseTime(buf, st) : null;
  const validAtSigning = !signingTime || (Date.parse(x509.validFrom) <= Date.parse(signingTime) && Date.parse(signingTime) <= Date.parse(x509.validTo));
  return { ok: true, certificatePem: x509.toString(), fingerprint: x509.fingerprint256, signingTime, validAtSigning };
}

/** IssuerAndSerialNumber of the signer info equals the certificate's issuer and serial, byte for byte. */
function sameSigner(buf: Buffer, cert: DerNode, sid: DerNode): boolean {
  if (sid.tag !== 0x30) return false;
  const tbs = child(cert, 0);
  const offset = child(tbs, 0).tag === 0xa0 ? 1 : 0;
  const serial = child(tbs, offset);
  const issuer = child(tbs, offset + 2);
  return bytesOf(buf, issuer).equals(bytesOf(buf, child(sid, 0))) && bytesOf(buf, serial).equals(bytesOf(buf, child(sid, 1)));
}

function parseTime(buf: Buffer, n: DerNode): string | null {
  const s = contentOf(buf, n).toString('latin1');
  const m = n.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return null;
  const year = n.tag === 0x17 ? (Number(m[1]) < 50 ? 2000 : 1900) + Number(m[1]) : Number(m[1]);
  return `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
}

const fail = (problem: CmsProblem, detail: string): CmsVerdict => ({ ok: false, problem, detail });
