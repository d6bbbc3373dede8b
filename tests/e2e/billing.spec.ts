import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { atOfficeWidths, expectNoSidewaysScroll } from './layout';
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { BillingPage } from './pages/BillingPage';
import { seedBillingMonth } from './billing-seed';

// A day care in Tashkent (× 1.1) with three children; the entrepreneur (the manager) closes October 2026.
// By hand: A 13 × 113,300 = 1,472,900; B 1,497,373 (see tests/fixtures/billing-standins.ts); C 566,500 → 3,536,773.
test.use({ facility: { kind: 'day_care', name: 'Quyoshli bolalik kunduzgi parvarish markazi' } });

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

test('the entrepreneur prepares, checks and issues the month’s claim, prints it and records its payment', async ({ page, komak }) => {
  await seedBillingMonth(komak);
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const shell = new ShellPage(page);
  await shell.open('billing');
  const billing = new BillingPage(page);
  await expect(page.getByText('Shu oy kutilayotgan subsidiya (bugungacha)')).toBeVisible();
  await shot(page, '01-overview');

  // Prepare: a draft, computed day by day, with nothing numbered or locked.
  await billing.openClaim('2026-10');
  await expect(billing.lines()).toHaveCount(3);
  await expect(billing.total()).toHaveText(nbsp('3 536 773 soʻm'));
  await expect(page.getByText('Bu loyiha: raqam berilmagan')).toBeVisible();
  // Check: the days left out, each with its reason.
  await expect(billing.exceptions()).toHaveCount(4);
  await expect(billing.exceptions().first()).toContainText('Davomat toʻliq emas');
  await shot(page, '02-claim-draft', true);

  // Issue: asked first, then numbered.
  await page.getByRole('button', { name: 'Talabnomani chiqarish' }).click();
  const ask = billing.dialog('10.2026 uchun talabnoma chiqarilsinmi?');
  await expect(ask).toBeVisible();
  await shot(page, '03-issue-confirm');
  await ask.getByRole('button', { name: 'Ha, chiqarish' }).click();
  await expect(billing.number()).toHaveText('SC-2026-0001');
  await expect(page.getByText('SC-2026-0001 raqamli talabnoma chiqarildi.')).toBeVisible();

  // The register as the agency receives it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF yuklab olish' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('SC-2026-0001_uz.pdf');
  const pdf = test.info().outputPath('SC-2026-0001_uz.pdf');
  await file.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  expect(text).toContain('Uch million besh yuz oʻttiz olti ming yetti yuz yetmish uch soʻm');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, test.info().outputPath('04-claim-pdf')]);
  await test.info().attach('04-claim-pdf', { path: test.info().outputPath('04-claim-pdf-1.png'), contentType: 'image/png' });
  expect(readFileSync(test.info().outputPath('04-claim-pdf-1.png')).length).toBeGreaterThan(10_000);

  // Sent to the agency, then its answer: paid in full.
  await page.getByRole('button', { name: 'Agentlikka yuborildi deb belgilash' }).click();
  await billing.dialog('Talabnoma qachon yuborildi?').getByRole('button', { name: 'Saqlash' }).click();
  await expect(page.getByText('Yuborilgan', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Agentlik javobini qayd etish' }).click();
  const answer = billing.dialog('Agentlik javobi: SC-2026-0001');
  await expect(answer.getByLabel('Toʻlangan summa, soʻm')).toHaveValue('3536773');
  await answer.getByLabel('Izoh (toʻlov topshiriqnomasi raqami va h.k.)').fill('Toʻlov topshiriqnomasi № 412');
  await shot(page, '05-agency-answer');
  await answer.getByRole('button', { name: 'Javobni saqlash' }).click();
  await expect(answer).toBeHidden();
  await expect(page.getByText('Toʻlangan', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Javob: .*toʻlandi 3\s536\s773/)).toBeVisible();
  await shot(page, '06-claim-paid', true);

  // The overview now shows the issued claim.
  await billing.tab('Umumiy holat').click();
  await expect(page.getByText('SC-2026-0001')).toBeVisible();
  await shot(page, '07-overview-after');
  // All seven tabs fit the office PC and the small laptop: no scroll arrows, no label cut off.
  await atOfficeWidths(page, async () => {
    await expectNoSidewaysScroll(page.locator('main .MuiTabs-scroller'), 'billing tabs');
    await expect(page.locator('main .MuiTabs-scrollButtons:not(.Mui-disabled)')).toHaveCount(0);
  });
});

test('parents’ invoices: issued for extended hours and the fee, a payment recorded with its receipt', async ({ page, komak }) => {
  await seedBillingMonth(komak);
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(new ShellPage(page).nav()).toBeVisible();
  await page.goto('/billing/invoices?month=2026-10');
  const row = page.getByTestId('invoice-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('loyiha');
  await expect(row).toContainText('422 500'.replace(' ', '\u00a0'));
  await page.getByRole('button', { name: 'Ota-onalarga hisob chiqarish' }).click();
  await expect(row).toContainText('PI-2026-0001');
  await row.getByRole('button', { name: 'Toʻlovni qayd etish' }).click();
  const pay = page.getByRole('dialog', { name: 'Toʻlov: PI-2026-0001' });
  await pay.getByLabel('Summa, soʻm').fill('200000');
  await shot(page, '01-payment');
  await pay.getByRole('button', { name: 'Saqlash' }).click();
  await expect(page.getByText(nbsp('Toʻlov qayd etildi. Qoldiq: 222 500 soʻm.'))).toBeVisible();
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Kvitansiya 1' }).click();
  expect((await download).suggestedFilename()).toBe('receipt_PI-2026-0001_1_uz.pdf');
  await shot(page, '02-invoices');

  // The vouchers imported from the file, and the rates with their dates.
  await page.getByRole('tab', { name: 'Ruxsatnomalar' }).click();
  await expect(page.getByRole('row', { name: /V-003/ })).toContainText('Muddati oʻtgan');
  await shot(page, '03-vouchers');
  await page.getByRole('tab', { name: 'Stavkalar' }).click();
  await expect(page.getByRole('row', { name: /BHM 01\.08\.2025/ })).toContainText('412');
  await shot(page, '04-rates', true);
});
