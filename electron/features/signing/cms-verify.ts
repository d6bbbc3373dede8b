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
    // Anything unreadable inside (a damaged certificate, a key node:crypto refuses) is a bad signature, never a crash.
    return {
      ok: false,
      problem: 'malformed',
      detail: e instanceof DerError ? e.message : `unreadable signature (${(e as Error).message})`,
    };
  }
}

const SIGNATURE_ALGORITHMS = new Set([
  '1.2.840.113549.1.1.1', // rsaEncryption
  '1.2.840.113549.1.1.11', // sha256WithRSAEncryption
  '1.2.840.113549.1.1.12', // sha384WithRSAEncryption
  '1.2.840.113549.1.1.13', // sha512WithRSAEncryption
]);

/** An AlgorithmIdentifier: the OID, and parameters that are absent or NULL. */
function algorithm(buf: Buffer, n: DerNode): string {
  if (n.tag !== 0x30 || n.children.length < 1 || n.children.length > 2) throw new DerError('algorithm identifier');
  const params = n.children[1];
  if (params && !(params.tag === 0x05 && params.end === params.contentStart)) throw new DerError('algorithm parameters');
  return oidOf(buf, child(n, 0));
}

function expectTag(n: DerNode, tag: number, what: string): DerNode {
  if (n.tag !== tag) throw new DerError(what);
  return n;
}

const isVersion = (buf: Buffer, n: DerNode, v: number) => n.tag === 0x02 && n.end - n.contentStart === 1 && buf[n.contentStart] === v;

/**
 * Strict: every element of the SignedData is checked against the shape Komak writes (RFC 5652,
 * version 1, issuer-and-serial signer, signed attributes), so no byte of a signature can change
 * unnoticed, whether or not the signature value covers it.
 */
function check(buf: Buffer, content: Buffer[]): CmsVerdict {
  const root = parseDer(buf);
  if (root.end !== buf.length) return fail('malformed', 'bytes after the signature');
  if (root.tag !== 0x30 || root.children.length !== 2 || oidOf(buf, child(root, 0)) !== OID.signedData)
    return fail('malformed', 'not a CMS SignedData');
  const wrapper = expectTag(child(root, 1), 0xa0, 'content wrapper');
  if (wrapper.children.length !== 1) return fail('malformed', 'content wrapper');
  const signedData = expectTag(child(wrapper, 0), 0x30, 'SignedData');
  const parts = signedData.children;
  if (!isVersion(buf, child(signedData, 0), 1)) return fail('unsupported', 'SignedData version');
  const digestSet = expectTag(child(signedData, 1), 0x31, 'digest algorithms');
  for (const d of digestSet.children) if (!DIGESTS[algorithm(buf, d)]) return fail('unsupported', 'digest algorithm');
  const encap = expectTag(child(signedData, 2), 0x30, 'encapsulated content');
  if (encap.children.length !== 1) return fail('unsupported', 'the signature is not detached');
  if (oidOf(buf, child(encap, 0)) !== OID.data) return fail('unsupported', 'content type');
  const middle = parts.slice(3, -1);
  if (middle.some((p) => p.tag !== 0xa0) || middle.length > 1) return fail('unsupported', 'unexpected elements');
  const certificates = middle.flatMap((p) => p.children);
  const signerInfos = parts[parts.length - 1]!;
  if (parts.length < 4 || signerInfos.tag !== 0x31 || signerInfos.children.length !== 1)
    return fail('unsupported', 'expected exactly one signer');
  const si = expectTag(child(signerInfos, 0), 0x30, 'signer info');
  if (si.children.length !== 6 || !isVersion(buf, child(si, 0), 1)) return fail('unsupported', 'signer info version');

  const sid = expectTag(child(si, 1), 0x30, 'signer identifier');
  const digestName = DIGESTS[algorithm(buf, child(si, 2))];
  if (!digestName) return fail('unsupported', 'digest algorithm');
  const signedAttrs = child(si, 3);
  if (signedAttrs.tag !== 0xa0) return fail('unsupported', 'no signed attributes');
  if (!SIGNATURE_ALGORITHMS.has(algorithm(buf, child(si, 4)))) return fail('unsupported', 'signature algorithm');
  const signature = expectTag(child(si, 5), 0x04, 'signature value');

  const attrs = new Map<string, DerNode>();
  for (const a of signedAttrs.children) {
    expectTag(a, 0x30, 'attribute');
    const values = expectTag(child(a, 1), 0x31, 'attribute values');
    if (a.children.length !== 2 || values.children.length !== 1) throw new DerError('attribute');
    const type = oidOf(buf, child(a, 0));
    if (attrs.has(type)) throw new DerError('repeated attribute');
    attrs.set(type, child(values, 0));
  }
  const ct = attrs.get(OID.contentType);
  const md = attrs.get(OID.messageDigest);
  if (!ct || oidOf(buf, ct) !== OID.data || !md || md.tag !== 0x04) return fail('malformed', 'content type or message digest attribute');
  const hash = createHash(digestName);
  for (const c of content) hash.update(c);
  if (!hash.digest().equals(contentOf(buf, md))) return fail('digest_mismatch', 'the signed content was changed');

  const cert = certificates.find((c) => sameSigner(buf, c, sid));
  if (!cert) return fail('no_signer_certificate', 'the signer certificate is not in the signature');
  const x509 = new X509Certificate(bytesOf(buf, cert));
  // A self-issued certificate must carry its own valid signature: a changed byte in it shows here.
  if (selfIssued(buf, cert) && !x509.verify(x509.publicKey)) return fail('bad_signature', 'the certificate was changed');
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they travel in.
  const toVerify = Buffer.from(bytesOf(buf, signedAttrs));
  toVerify[0] = 0x31;
  const good = verify(
    digestName,
    toVerify,
    createPublicKey(x509.publicKey.export({ type: 'spki', format: 'pem' })),
    contentOf(buf, signature),
  );
  if (!good) return fail('bad_signature', 'the signature does not match the signed attributes');

  const st = attrs.get(OID.signingTime);
  const signingTime = st ? parseTime(buf, st) : null;
  const validAtSigning =
    !signingTime || (Date.parse(x509.validFrom) <= Date.parse(signingTime) && Date.parse(signingTime) <= Date.parse(x509.validTo));
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

/** Issuer and subject are the same name, byte for byte: the certificate must verify with its own key. */
function selfIssued(buf: Buffer, cert: DerNode): boolean {
  const tbs = child(cert, 0);
  const offset = child(tbs, 0).tag === 0xa0 ? 1 : 0;
  return bytesOf(buf, child(tbs, offset + 2)).equals(bytesOf(buf, child(tbs, offset + 4)));
}

function parseTime(buf: Buffer, n: DerNode): string | null {
  const s = contentOf(buf, n).toString('latin1');
  const m =
    n.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return null;
  const year = n.tag === 0x17 ? (Number(m[1]) < 50 ? 2000 : 1900) + Number(m[1]) : Number(m[1]);
  return `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
}

const fail = (problem: CmsProblem, detail: string): CmsVerdict => ({ ok: false, problem, detail });
