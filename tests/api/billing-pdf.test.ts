import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestFacility } from '../fixtures/backend';
import { seedOctober, attend } from '../fixtures/billing-standins';

let f: TestFacility;
afterEach(async () => f?.close());

/** PDFs and their first page as PNG are kept for a person to look at (KOMAK_PDF_OUT, default a temp folder). */
function keep(name: string, base64: string): string {
  const dir = process.env.KOMAK_PDF_OUT ?? join(f.dir, 'out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const provider = {
  legalName: '“Quyoshli bolalik” MChJ',
  stir: '305123456',
  bankName: 'ATB “Kapitalbank” Yashnobod filiali',
  mfo: '01018',
  account: '20208000900123456001',
  address: 'Toshkent sh., Yashnobod tumani, Aviasozlar koʻchasi 12',
  director: 'D. Karimova',
  accountant: 'N. Tursunova',
};

describe('billing documents', () => {
  it('prints the claim register in Uzbek with details, lines, total in words and signatures; Russian and English on request', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedOctober(f, acc);
    await f.ok(acc, 'billing.updateProvider', provider);
    const draft = keep('claim-draft-uz.pdf', (await f.ok(acc, 'billing.claimPdf', { month: '2026-10' })).base64);
    expect(draft).toContain('LOYIHA');
    await f.ok(acc, 'billing.issueClaim', { month: '2026-10' });
    const file = await f.ok(acc, 'billing.claimPdf', { month: '2026-10' });
    expect(file).toMatchObject({ fileName: 'SC-2026-0001_uz.pdf', mimeType: 'application/pdf' });
    const uz = keep('claim-uz.pdf', file.base64);
    for (const s of [
      'Davlat subsidiyasi boʻyicha talabnoma № SC-2026-0001',
      '2026-yil oktabr',
      '20208000900123456001',
      'D-2026-0002 — Rahimova Madina',
      'V-002',
      '3 423 473',
      'Uch million toʻrt yuz yigirma uch ming toʻrt yuz yetmish uch soʻm',
      'Ruxsatnoma muddatidan tashqarida',
      'Bosh hisobchi',
      'N. Tursunova',
      'PQ-41',
    ])
      expect(uz.replace(/\u00a0/g, ' ')).toContain(s);
    const ru = keep('claim-ru.pdf', (await f.ok(acc, 'billing.claimPdf', { month: '2026-10', lang: 'ru' })).base64);
    expect(ru).toContain('Три миллиона четыреста двадцать три тысячи четыреста семьдесят три сума');
    expect(ru).toContain('октябрь 2026 г.');
    const en = keep('claim-en.pdf', (await f.ok(acc, 'billing.claimPdf', { month: '2026-10', lang: 'en' })).base64);
    expect(en).toContain('Three million four hundred twenty-three thousand four hundred seventy-three soʻm');
    const audit = await f.backend.db.selectFrom('audit_log').select('action').where('action', '=', 'billing.claimPdf').execute();
    expect(audit).toHaveLength(4);
    expect(await f.call(await f.as('caregiver'), 'billing.claimPdf', { month: '2026-10' })).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('prints a parent invoice and a payment receipt with the amount in words', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    const { a } = await seedOctober(f, acc);
    await f.ok(acc, 'billing.updateProvider', provider);
    await f.ok(acc, 'billing.createExtendedCare', { clientId: a, validFrom: '2026-09-01', hourlyRate: 15_000 });
    await f.ok(acc, 'billing.createFeeContract', {
      clientId: a,
      payerName: 'Karimova Nodira',
      validFrom: '2026-09-01',
      monthlyFee: 400_000,
    });
    await attend(f, a, { '2026-10-19': '08:00-18:45' });
    const [inv] = await f.ok(acc, 'billing.issueInvoices', { month: '2026-10' });
    const text = keep('invoice-uz.pdf', (await f.ok(acc, 'billing.invoicePdf', { id: inv!.id! })).base64).replace(/\u00a0/g, ' ');
    for (const s of [
      'Toʻlov uchun hisob varaq № PI-2026-0001',
      'Karimova Nodira',
      '3 × 0,5 soat',
      '422 500',
      'Toʻrt yuz yigirma ikki ming besh yuz soʻm',
      'soliqdan ozod',
    ])
      expect(text).toContain(s);
    const paid = await f.ok(acc, 'billing.recordPayment', { invoiceId: inv!.id!, paidOn: '2026-11-22', amount: 200_000, method: 'cash' });
    const receipt = keep('receipt-uz.pdf', (await f.ok(acc, 'billing.receiptPdf', { paymentId: paid.payments[0]!.id })).base64).replace(
      /\u00a0/g,
      ' ',
    );
    for (const s of ['Toʻlov kvitansiyasi № PI-2026-0001/1', 'Ikki yuz ming soʻm', 'Naqd', '222 500']) expect(receipt).toContain(s);
    expect(await f.call(acc, 'billing.receiptPdf', { paymentId: 999 })).toMatchObject({ error: { code: 'not_found' } });
  });
});
