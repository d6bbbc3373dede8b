import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { ACCOUNTANT, seedActiveLifeAdult, seedBillingMonth, seedRejectedClaim } from './billing-seed';

// The billing screens beyond the month's claim: agreements and fee contracts, tariffs and PP-41
// values, the voucher file import, the Active-Life reconciliation, and fixing what was claimed.
test.use({ facility: { kind: 'day_care', name: 'Quyoshli bolalik kunduzgi parvarish markazi' } });

async function signIn(page: Page): Promise<ShellPage> {
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const shell = new ShellPage(page);
  await expect(shell.nav()).toBeVisible();
  return shell;
}

async function pickClient(page: Page, dialog: ReturnType<Page['getByRole']>, code: string, label = /^Mijoz/) {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: new RegExp(code) }).click();
}

test('agreements and fee contracts, tariffs and a new BCV, each with its date', async ({ page, komak }) => {
  const codes = await seedBillingMonth(komak);
  const shell = await signIn(page);
  await page.goto('/billing/agreements');
  const ext = page.getByTestId('extended_care-row');
  await expect(ext).toHaveCount(1);
  await expect(ext).toContainText(codes.a);
  await expect(page.getByTestId('fee_contract-row')).toContainText('Karimova Nodira');

  // A new extended-care agreement: the rate left empty is refused on its field, nothing saved.
  await page.getByRole('button', { name: 'Kelishuv qoʻshish' }).click();
  const add = page.getByRole('dialog', { name: 'Yangi uzaytirilgan parvarish kelishuvi' });
  await pickClient(page, add, codes.b);
  await add.getByLabel('Boshlanish sanasi').fill('01.11.2026');
  await add.getByRole('button', { name: 'Saqlash' }).click();
  await expect(add.getByRole('textbox', { name: /Soatlik stavka/ })).toHaveAttribute('aria-invalid', 'true');
  await shot(page, '01-agreement-error');
  await add.getByRole('textbox', { name: /Soatlik stavka/ }).fill('12 000');
  await add.getByRole('button', { name: 'Saqlash' }).click();
  await expect(add).toBeHidden();
  await expect(ext).toHaveCount(2);
  const added = ext.filter({ hasText: codes.b });
  await expect(added).toContainText('01.11.2026 – muddatsiz');
  await expect(added).toContainText('12\u00a0000\u00a0soʻm');

  // Ended on a date: the period shows it.
  await added.getByRole('button', { name: 'Tugatish' }).click();
  const end = page.getByRole('dialog', { name: 'Qachongacha amal qiladi?' });
  await end.getByLabel('Oxirgi kun').fill('30.11.2026');
  await end.getByRole('button', { name: 'Saqlash' }).click();
  await expect(added).toContainText('01.11.2026 – 30.11.2026');

  await page.getByRole('button', { name: 'Shartnoma qoʻshish' }).click();
  const fee = page.getByRole('dialog', { name: 'Yangi oylik toʻlov shartnomasi' });
  await pickClient(page, fee, codes.b);
  await fee.getByLabel(/Toʻlovchi/).fill('Rahimova Gulnora');
  await fee.getByRole('textbox', { name: /Oylik toʻlov/ }).fill('300000');
  await fee.getByRole('button', { name: 'Saqlash' }).click();
  await expect(page.getByTestId('fee_contract-row')).toHaveCount(2);
  await shot(page, '02-agreements', true);

  // An Active-Life tariff from the provider's agreement, and a new BCV from a date.
  await page.getByRole('tab', { name: 'Stavkalar' }).click();
  await expect(page.getByText('Tarif kiritilmagan.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Tarif qoʻshish' }).click();
  const tariff = page.getByRole('dialog', { name: 'Yangi tarif' });
  await tariff.getByRole('combobox', { name: 'Xizmat' }).click();
  await page.getByRole('option', { name: 'Kunduzgi nazorat', exact: false }).click();
  await tariff.getByLabel('Amal qila boshlagan sana').fill('01.10.2026');
  await tariff.getByLabel('Tarif, soʻm').fill('85000');
  await tariff.getByRole('button', { name: 'Saqlash' }).click();
  await expect(page.getByTestId('tariff-row')).toContainText('85\u00a0000\u00a0soʻm / kun');

  await page.getByRole('button', { name: 'Yangi qiymat qoʻshish' }).click();
  const param = page.getByRole('dialog', { name: 'Yangi qiymat (sanadan boshlab)' });
  await param.getByLabel('Amal qila boshlagan sana').fill('01.01.2027');
  await param.getByLabel('BHM, soʻm').fill('450 ming');
  await param.getByRole('button', { name: 'Saqlash' }).click();
  await expect(param.getByLabel('BHM, soʻm')).toHaveAttribute('aria-invalid', 'true');
  await param.getByLabel('BHM, soʻm').fill('450 000');
  await param.getByRole('button', { name: 'Saqlash' }).click();
  await expect(param).toBeHidden();
  await expect(page.getByRole('row', { name: /BHM 01\.01\.2027/ })).toContainText('450');
  await shot(page, '03-settings', true);

  await shell.switchLanguage('Русский');
  await expect(page.getByRole('heading', { name: 'Тарифы «Шаг к активной жизни»' })).toBeVisible();
  await shot(page, '04-settings-ru', true);
  await page.getByRole('tab', { name: 'Соглашения' }).click();
  await expect(page.getByRole('heading', { name: 'Соглашения о продлённом уходе (сверх 9 часов)' })).toBeVisible();
  await shot(page, '05-agreements-ru', true);
});

test('vouchers from a file (problems first, then all rows) and the state’s confirmed days against ours', async ({ page, komak }) => {
  await seedBillingMonth(komak);
  const d = await seedActiveLifeAdult(komak);
  const shell = await signIn(page);
  await page.goto('/billing/vouchers');
  const header = 'voucher_no,client_code,program,issued_by,valid_from,valid_to';
  const bad = join(komak.dir, 'bad-vouchers.csv');
  writeFileSync(
    bad,
    `${header}\nV-AL-1,D-2026-0099,active_life_day_supervision,Inson,2026-10-01,2027-03-31\nV-AL-2,${d},holiday,Inson,2026-10-01,2026-12-31\n`,
  );
  const good = join(komak.dir, 'vouchers-al.csv');
  writeFileSync(good, `${header}\nV-AL-1,${d},active_life_day_supervision,"Yunusobod tumani ""Inson"" markazi",2026-10-01,2027-03-31\n`);

  await page.getByRole('button', { name: 'Fayldan import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ruxsatnomalarni fayldan import qilish' });
  await dialog.getByTestId('voucher-file').setInputFiles(bad);
  await expect(dialog.getByTestId('vimport-result')).toContainText('hech narsa import qilinmadi');
  await expect(dialog.getByTestId('vimport-problem').first()).toContainText('2');
  await expect(dialog.getByRole('button', { name: /ruxsatnomani import qilish/ })).toBeDisabled();
  await shot(page, '01-voucher-import-problems');
  await dialog.getByTestId('voucher-file').setInputFiles(good);
  await expect(dialog.getByTestId('vimport-result')).toHaveText('1 ta qator tekshirildi, xato yoʻq.');
  await dialog.getByRole('button', { name: '1 ta ruxsatnomani import qilish' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('1 ta ruxsatnoma import qilindi.')).toBeVisible();
  await expect(page.getByRole('row', { name: /V-AL-1/ })).toContainText(d);

  // Before the state's file: our five days wait, unconfirmed.
  await page.goto('/billing/reconciliation?month=2026-10');
  await expect(page.getByText('Bu oy uchun tasdiqlash fayli hali import qilinmagan', { exact: false })).toBeVisible();
  await expect(page.getByTestId('not-confirmed')).toHaveCount(5);
  const wrong = join(komak.dir, 'confirmed-bad.csv');
  writeFileSync(wrong, 'voucher_no,date\nV-AL-1,2026-10-05\nV-AL-1,5-oktabr\n');
  await page.getByTestId('confirmation-file').setInputFiles(wrong);
  await expect(page.getByTestId('recon-errors')).toContainText('3-qator');
  await expect(page.getByTestId('not-confirmed')).toHaveCount(5);
  const confirmed = join(komak.dir, 'confirmed.csv');
  writeFileSync(confirmed, 'voucher_no,date\nV-AL-1,2026-10-05\nV-AL-1,2026-10-06\nV-AL-1,07.10.2026\nV-AL-1,2026-10-12\n');
  await page.getByTestId('confirmation-file').setInputFiles(confirmed);
  await expect(page.getByText('4 ta kun import qilindi.')).toBeVisible();
  await expect(page.getByTestId('recon-matched')).toHaveText('Mos kelgan kunlar: 3');
  await expect(page.getByTestId('not-confirmed')).toHaveText(['V-AL-108.10.2026', 'V-AL-109.10.2026']);
  await expect(page.getByTestId('not-recorded')).toHaveText(['V-AL-112.10.2026']);
  await shot(page, '02-reconciliation', true);
  await shell.switchLanguage('Русский');
  await expect(page.getByText('Совпавших дней: 3')).toBeVisible();
  await shot(page, '03-reconciliation-ru', true);
  await page.getByRole('tab', { name: 'Направления' }).click();
  await page.getByRole('button', { name: 'Импорт из файла' }).click();
  await shot(page, '04-voucher-import-ru');
});

test('a rejected line claimed again and a claimed day corrected: the next claim carries both, referencing SC-2026-0001', async ({
  page,
  komak,
}) => {
  const codes = await seedRejectedClaim(komak);
  const shell = await signIn(page);
  await page.goto('/billing/claim?month=2026-10');
  const rejected = page.getByTestId('claim-line').filter({ hasText: codes.c });
  await expect(rejected).toContainText('PMPK xulosasi ilova qilinmagan');
  await rejected.getByRole('button', { name: 'Qayta talab qilish' }).click();
  const reclaim = page.getByRole('dialog', { name: 'Rad etilgan qatorni qayta talab qilish' });
  await reclaim.getByRole('button', { name: 'Qayta talab qilish' }).click();
  await expect(reclaim.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await reclaim.getByRole('textbox').fill('PMPK xulosasi 18.11.2026 da topshirildi');
  await shot(page, '01-reclaim');
  await reclaim.getByRole('button', { name: 'Qayta talab qilish' }).click();
  await expect(page.getByText('5 kun keyingi talabnomaga qoʻshiladi.')).toBeVisible();
  // Asked once: the days now wait for the next claim, so the line offers nothing more.
  await expect(rejected.getByRole('button', { name: 'Qayta talab qilish' })).toHaveCount(0);

  // The manager corrects a claimed day: the child was ill on 13.10, not present.
  await page.getByRole('button', { name: 'Chiqarilgan kunni tuzatish' }).click();
  const fix = page.getByRole('dialog', { name: 'Chiqarilgan kunni tuzatish' });
  await pickClient(page, fix, codes.a);
  await fix.getByLabel('Sana').fill('13.10.2026');
  await fix.getByRole('button', { name: 'Kelmadi' }).click();
  await fix.getByRole('button', { name: 'Saqlash' }).click();
  await expect(fix.getByRole('textbox', { name: /Tuzatish sababi/ })).toHaveAttribute('aria-invalid', 'true');
  await fix.getByRole('textbox', { name: /Tuzatish sababi/ }).fill('Tabelda xato: bola kasal edi');
  await shot(page, '02-correction');
  await fix.getByRole('button', { name: 'Saqlash' }).click();
  await expect(fix).toBeHidden();
  await expect(page.getByTestId('correction-row')).toHaveCount(6);
  await shot(page, '03-claim-corrections', true);

  await page.goto('/billing/claim?month=2026-11');
  const lines = page.getByTestId('claim-line');
  await expect(lines.filter({ hasText: codes.c })).toContainText('Tuzatish: SC-2026-0001');
  await expect(lines.filter({ hasText: codes.c })).toContainText('566\u00a0500');
  await expect(lines.filter({ hasText: codes.a })).toContainText('\u2212113\u00a0300');
  await shot(page, '04-november-adjustments', true);
  await shell.switchLanguage('Русский');
  await expect(lines.filter({ hasText: codes.c })).toContainText('SC-2026-0001');
  await shot(page, '05-november-adjustments-ru', true);
});

test('the accountant closes the month in Russian, without the manager’s corrections or PP-41 values', async ({ page, komak }) => {
  await seedRejectedClaim(komak);
  // The manager opens the bookkeeper's account (in Russian), then signs out.
  const shell = await signIn(page);
  const created = await page.request.post('/api/users.create', { data: { ...ACCOUNTANT, role: 'accountant', lang: 'ru' } });
  expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
  await shell.signOut();
  await new SignInPage(page).signIn(ACCOUNTANT.username, ACCOUNTANT.password);
  await expect(new ShellPage(page).nav()).toBeVisible();
  await page.goto('/billing/claim?month=2026-10');
  await expect(page.getByTestId('claim-number')).toHaveText('SC-2026-0001');
  // The accountant may claim a rejected line again, but only the manager corrects attendance.
  await expect(page.getByRole('button', { name: 'Заявить повторно' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Исправления заявленных дней' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Исправить заявленный день' })).toHaveCount(0);
  await shot(page, '01-accountant-claim-ru', true);
  await page.getByRole('tab', { name: 'Ставки' }).click();
  await expect(page.getByText('Ставки может менять только руководитель.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Добавить значение' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Добавить тариф' })).toBeVisible();
  await page.getByRole('tab', { name: 'Соглашения' }).click();
  await expect(page.getByRole('button', { name: 'Добавить соглашение' })).toBeVisible();
  await shot(page, '02-accountant-agreements-ru', true);
});
