// The one seam between Komak and whatever holds the facility's key. The package format (CMS
// detached over manifest.json, a PDF signature over report.pdf) stays the same whoever signs:
// a national provider (E-IMZO) is another implementation of this interface (see README).
import { SignPdf } from '@signpdf/signpdf';
import { Signer as PdfSignerBase } from '@signpdf/utils';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { signDetachedCms, type RsaKeyMaterial } from './cms';

export interface PdfSignatureInfo {
  /** Shown by PDF readers as the signer's name, reason and place. */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
}

export interface Signer {
  /** The certificate that verifies this signer's signatures (PEM). */
  certificatePem(): string;
  /** A detached CMS SignedData (DER) over exactly these bytes, with the certificate inside. */
  signDetached(bytes: Buffer, signingTime: Date): Promise<Buffer>;
  /** The PDF with an embedded signature over all of its bytes (adbe.pkcs7.detached). */
  signPdf(pdf: Buffer, info: PdfSignatureInfo, signingTime: Date): Promise<Buffer>;
}

/** @signpdf asks a signer object for the CMS over the PDF's byte ranges. */
class CmsPdfSigner extends PdfSignerBase {
  constructor(private readonly key: RsaKeyMaterial) {
    super();
  }
  override async sign(bytes: Buffer, signingTime?: Date): Promise<Buffer> {
    return signDetachedCms(bytes, this.key, signingTime ?? new Date());
  }
}

// An RSA-2048 signature with its certificate is ~2 KB of DER; the placeholder holds 8 KB.
const PDF_SIGNATURE_BYTES = 8192;

/** A signer over an RSA key held in memory for the length of one operation (the manager's password opened it). */
export class RsaKeySigner implements Signer {
  constructor(private readonly key: RsaKeyMaterial) {}

  certificatePem(): string {
    return this.key.certificatePem;
  }

  async signDetached(bytes: Buffer, signingTime: Date): Promise<Buffer> {
    return signDetachedCms(bytes, this.key, signingTime);
  }

  async signPdf(pdf: Buffer, info: PdfSignatureInfo, signingTime: Date): Promise<Buffer> {
    const withPlaceholder = plainAddPlaceholder({
      pdfBuffer: pdf,
      ...info,
      signingTime,
      signatureLength: PDF_SIGNATURE_BYTES,
      appName: 'Komak',
    });
    return new SignPdf().sign(withPlaceholder, new CmsPdfSigner(this.key), signingTime);
  }
}
