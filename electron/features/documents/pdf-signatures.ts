// The signature block at the end of a document: one line per named role, never split across pages.
import type { Content } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import { translator } from '../../i18n/index';

export interface SignatureLine {
  /** The role as printed, already translated: "Markaz rahbari", "Bosh hisobchi". */
  role: string;
  /** Printed under the line when known; otherwise a blank line for the name is left. */
  name?: string | null;
}

/** Role | signature line | name | date, with small captions under the lines, and the seal place. */
export function signatureBlock(lang: Lang, lines: SignatureLine[], options: { seal?: boolean } = {}): Content {
  const t = translator(lang);
  const caption = (text: string) => ({
    text: `(${text})`,
    fontSize: 7,
    color: '#555555',
    alignment: 'center' as const,
  });
  // A fresh object per use: pdfmake writes layout positions into the nodes it is given.
  const rule = (width: number) => ({
    canvas: [{ type: 'line' as const, x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
  });
  const rows = lines.map((l) => ({
    columns: [
      { width: 150, text: l.role, bold: true, margin: [0, 14, 6, 0] },
      {
        width: 130,
        stack: [{ text: ' ', margin: [0, 10, 0, 0] }, rule(120), caption(t('pdf.signature'))],
      },
      {
        width: '*',
        stack: [{ text: l.name ?? ' ', margin: [0, 10, 0, 0] }, rule(140), { ...caption(t('pdf.fullName')), alignment: 'left' as const }],
      },
      {
        width: 70,
        stack: [{ text: ' ', margin: [0, 10, 0, 0] }, rule(65), caption(t('pdf.date'))],
      },
    ],
    columnGap: 6,
    margin: [0, 4, 0, 4],
  }));
  const seal = options.seal ? [{ text: t('pdf.stamp'), margin: [0, 8, 0, 0], color: '#555555' }] : [];
  return {
    stack: [...rows, ...seal] as Content[],
    unbreakable: true,
    margin: [0, 18, 0, 0],
    fontSize: 9,
  } as Content;
}
