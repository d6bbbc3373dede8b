// Checks the signature embedded in a PDF ourselves (no PDF library): find the signature's
// /ByteRange, make sure it covers the whole file but the /Contents hole, and verify the CMS in
// that hole over the two ranges. One signature per PDF is what Komak makes and accepts.
import { verifyDetachedCms, type CmsVerdict } from './cms-verify';
import { parseDer, DerError } from './der';

export type PdfSignatureVerdict =
  | (Extract<CmsVerdict, { ok: true }> & { ok: true })
  | {
      ok: false;
      problem: 'no_signature' | 'several_signatures' | 'not_whole_file' | 'malformed' | Extract<CmsVerdict, { ok: false }>['problem'];
      detail: string;
    };

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

export function verifyPdfSignature(pdf: Buffer): PdfSignatureVerdict {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(BYTE_RANGE)];
  if (ranges.length === 0) return { ok: false, problem: 'no_signature', detail: 'the PDF carries no signature' };
  if (ranges.length > 1) return { ok: false, problem: 'several_signatures', detail: 'the PDF was signed or changed again after signing' };
  const [a, b, c, d] = ranges[0]!.slice(1).map(Number) as [number, number, number, number];
  // The signed ranges must start at byte 0, leave only the /Contents hole, and end at the file's end:
  // anything appended after signing (an incremental update) would fall outside them.
  if (a !== 0 || b <= 0 || c <= b || c + d !== pdf.length) {
    return { ok: false, problem: 'not_whole_file', detail: 'the signature does not cover the whole file' };
  }
  const hole = pdf.subarray(b, c).toString('latin1');
  const m = /^<([0-9A-Fa-f]+)>$/.exec(hole);
  if (!m) return { ok: false, problem: 'malformed', detail: 'the signature value is not where the byte range says' };
  const padded = Buffer.from(m[1]!, 'hex');
  let cms: Buffer;
  try {
    cms = padded.subarray(0, parseDer(padded).end);
  } catch (e) {
    if (e instanceof DerError) return { ok: false, problem: 'malformed', detail: e.message };
    throw e;
  }
  if (padded.subarray(cms.length).some((x) => x !== 0)) return { ok: false, problem: 'malformed', detail: 'bytes after the signature' };
  const verdict = verifyDetachedCms(cms, [pdf.subarray(0, b), pdf.subarray(c, c + d)]);
  return verdict;
}
