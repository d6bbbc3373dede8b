import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf, dataTable, countTable, heading, paragraph, type PdfDocumentSpec } from '../../../electron/features/documents/pdf';

const dir = mkdtempSync(join(tmpdir(), 'komak-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const facility = {
  name: 'Xotin-qizlarni reabilitatsiya qilish markazi (Qoʻqon filiali)',
  kind: 'women_center' as const,
  address: 'Fargʻona viloyati, Qoʻqon shahri, Navoiy koʻchasi 5',
  stir: '305123456',
  training: false,
};

const longWord = 'A-2026-00042/REFERRAL/INSON-MARKAZI-QOʻQON-SHAHRI-0000000000000000000001';

function spec(overrides: Partial<PdfDocumentSpec> = {}): PdfDocumentSpec {
  const rows = Array.from({ length: 90 }, (_, i) => [
    `${i + 1}`,
    `Oʻgʻil bola Gʻulomov ${i + 1} — Ўғил қиз ҳовли`,
    1000 * i,
    i === 3 ? longWord : 'Qashqadaryo viloyati',
  ]);
  return {
    lang: 'uz',
    facility,
    title: 'Murojaatlar statistikasi — oʻgʻil, gʻisht',
    subtitle: '01.01.2026 – 31.08.2026',
    generatedAt: new Date('2026-09-01T07:05:00Z'),
    content: [
      heading('Kirill: ў қ ғ ҳ Ў Қ Ғ Ҳ'),
      paragraph('Matn: oʻ gʻ Oʻ Gʻ — Русский текст — English text.'),
      countTable(
        'uz',
        { label: 'Zoʻravonlik turi', count: 'Soni', percent: '%' },
        [
          { label: 'Jismoniy', count: 2709, percent: 24.8 },
          { label: 'Oila (maishiy)', count: 7362, percent: 67.4 },
          { label: 'Er va xotin', count: 5535, percent: 50.7, level: 1 },
          { label: 'Qoraqalpogʻiston', count: '<5', percent: null },
        ],
        { title: 'Zoʻravonlik turlari', total: { label: 'Jami', count: 10927 } },
      ),
      dataTable(
        [{ header: '№', width: 24 }, { header: 'Nomi' }, { header: 'Summa', width: 70, align: 'right' }, { header: 'Viloyat', width: 110 }],
        rows,
      ),
    ],
    signatures: [{ role: 'Markaz rahbari', name: 'Dilnoza Karimova' }, { role: 'Psixolog' }],
    ...overrides,
  };
}

function text(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], {
    encoding: 'utf8',
  });
}
function pages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

describe('renderPdf', () => {
  it('writes Uzbek Latin ʻ (U+02BB) and Uzbek Cyrillic so that the text comes back', async () => {
    const file = join(dir, 'plain.pdf');
    const pdf = await renderPdf(spec());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(file, pdf);
    const all = text(file);
    expect(all).toContain('oʻ gʻ Oʻ Gʻ');
    expect(all).toContain('ў қ ғ ҳ Ў Қ Ғ Ҳ');
    expect(all).toContain('Murojaatlar statistikasi — oʻgʻil, gʻisht');
    expect(all).toContain('Qoʻqon shahri');
    expect(all).toContain('STIR: 305123456');
    expect(all).toContain('Xotin-qizlarni reabilitatsiya qilish va moslashtirish markazi');
    expect(all).toContain('Yaratilgan: 01.09.2026 12:05'); // 07:05 UTC is 12:05 in Tashkent
    expect(all).toContain('7 362');
    expect(all).toContain('24,8');
    expect(all).toContain('Dilnoza Karimova');
    expect(all).not.toContain('OʻQUV');
    // Roboto would be embedded if any text fell back to the default font.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain('NotoSans');
    expect(fonts).not.toContain('Roboto');
  });

  it('numbers pages "n / N" and repeats the facility name on later pages', async () => {
    const file = join(dir, 'pages.pdf');
    writeFileSync(file, await renderPdf(spec()));
    const n = pages(file);
    expect(n).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= n; p++) expect(text(file, p)).toMatch(new RegExp(`\\b${p} ?/ ?${n}\\s*$`));
    expect(text(file, 2)).toContain('Xotin-qizlarni reabilitatsiya qilish markazi (Qoʻqon filiali)');
  });

  it('keeps every word inside the page, even a very long code in a table cell', async () => {
    const file = join(dir, 'bbox.pdf');
    writeFileSync(file, await renderPdf(spec()));
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], {
      encoding: 'utf8',
    });
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)![1]);
    const xMax = [...html.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xMax.length).toBeGreaterThan(100);
    expect(Math.max(...xMax)).toBeLessThanOrEqual(pageWidth - 39);
    // The long code in the narrow last column is wrapped, not cut.
    expect(text(file).replace(/\s+/g, '')).toContain(longWord.replace(/\s+/g, ''));
  });

  it('marks every page of a training facility’s document as not real data', async () => {
    const file = join(dir, 'training.pdf');
    writeFileSync(file, await renderPdf(spec({ facility: { ...facility, training: true } })));
    const n = pages(file);
    expect(n).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= n; p++) {
      const pageText = text(file, p);
      expect(pageText).toContain('OʻQUV — haqiqiy maʼlumot emas');
      expect(pageText).toContain('TRAINING — not real data');
    }
  });

  it('gives the same bytes for the same input, and labels in Russian and English', async () => {
    const a = await renderPdf(spec());
    const b = await renderPdf(spec());
    expect(a.equals(b)).toBe(true);
    const ru = join(dir, 'ru.pdf');
    writeFileSync(ru, await renderPdf(spec({ lang: 'ru' })));
    expect(text(ru)).toContain('Сформировано: 01.09.2026 12:05');
    expect(text(ru)).toContain('ИНН: 305123456');
    const en = join(dir, 'en.pdf');
    writeFileSync(en, await renderPdf(spec({ lang: 'en' })));
    expect(text(en)).toContain('Generated: 01.09.2026 12:05');
  });

  it('never leaves a table title alone at the bottom of a page', async () => {
    for (let filler = 18; filler <= 30; filler++) {
      const file = join(dir, `orphan-${filler}.pdf`);
      const content = [
        ...Array.from({ length: filler }, (_, i) => paragraph(`Satr ${i + 1}`)),
        dataTable(
          [{ header: 'Viloyat' }, { header: 'Soni', width: 60, align: 'right' }],
          [
            ['Birinchi qator', 1],
            ['Ikkinchi qator', 2],
          ],
          { title: 'Hududlar boʻyicha' },
        ),
      ];
      writeFileSync(file, await renderPdf(spec({ content, signatures: [] })));
      const n = pages(file);
      const pageOfHeading = Array.from({ length: n }, (_, i) => i + 1).find((p) => text(file, p).includes('Hududlar boʻyicha'))!;
      expect(text(file, pageOfHeading), `filler ${filler}`).toContain('Birinchi qator');
    }
  });
});
