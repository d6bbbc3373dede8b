import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { ReportsPage } from './pages/ReportsPage';
import { readZip, writeZip } from '../../electron/features/reports/zip';

// A family-type home set up through the CLI; children admitted through the API, as the register would have them.
test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

const SIGNING_PASSWORD = 'Imzo-kaliti-2026';

/** The month just ended in Tashkent, the one to close (ISO dates). */
function lastMonth(): { from: string; to: string; label: string } {
  const now = new Date(Date.now() + 5 * 3600_000);
  const y = now.getUTCMonth() === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const m = now.getUTCMonth() === 0 ? 12 : now.getUTCMonth();
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${last}`, label: `01.${mm}.${y} – ${last}.${mm}.${y}` };
}

test('close a month, sign the package, find it in the register, verify it in the app', async ({ page, komak }) => {
  test.setTimeout(120_000);
  const month = lastMonth();
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();

  // Three children in the register: two there all month, one admitted on the 10th and placed with a guardian on the 20th.
  const api = async (method: string, data: unknown) => {
    const r = await page.request.post(`/api/${method}`, { data });
    const body = (await r.json()) as { ok: boolean; data: { id: number; beds?: Array<{ id: number }> }; error?: unknown };
    expect(body.ok, JSON.stringify(body.error)).toBe(true);
    return body.data;
  };
  const room = await api('rooms.create', { name: '1', floor: 1, kind: 'bedroom', beds: ['A', 'B', 'C'] });
  const kids = [
    { lastName: 'Oʻrinboyeva', firstName: 'Madina', birthDate: '2016-03-04', sex: 'F', admittedOn: '2025-12-01' },
    { lastName: 'Gʻulomov', firstName: 'Sardor', birthDate: '2013-08-19', sex: 'M', admittedOn: '2026-01-15' },
    { lastName: 'Qodirova', firstName: 'Zarina', birthDate: '2019-11-30', sex: 'F', admittedOn: month.from.slice(0, 8) + '10' },
  ];
  for (const [i, k] of kids.entries()) {
    const c = await api('clients.create', { lastName: k.lastName, firstName: k.firstName, birthDate: k.birthDate, sex: k.sex });
    await api('stays.admit', { clientId: c.id, admittedOn: k.admittedOn, referralSource: 'inson_center', bedId: room.beds![i]!.id });
    if (i === 2) await api('stays.discharge', { clientId: c.id, dischargedOn: month.from.slice(0, 8) + '20', destination: 'guardianship' });
  }

  const shell = new ShellPage(page);
  const reports = new ReportsPage(page);
  await shell.open('reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Hisobotlar' })).toBeVisible();

  // The key first: without it nothing can be signed.
  await reports.createKey(SIGNING_PASSWORD);
  await expect(page.getByTestId('fingerprint')).toHaveText(/^([0-9A-F]{8} ){7}[0-9A-F]{8}$/);
  await shot(page, '01-signing-key');
  const certDownload = page.waitForEvent('download');
  await reports.button('Sertifikatni yuklab olish (.pem)').click();
  const certPath = join(komak.dir, 'facility.pem');
  await (await certDownload).saveAs(certPath);
  expect(readFileSync(certPath, 'utf8')).toContain('BEGIN CERTIFICATE');

  // Last month's activity report, computed live.
  await reports.openTab('Hisobotlar');
  await expect(page.getByRole('heading', { level: 2, name: `Faoliyat hisoboti, ${month.label}` })).toBeVisible();
  await expect(reports.status()).toHaveText('Davr hali boshlanmagan');
  await expect(reports.cell('movement', 'Davr boshida')).toHaveText('2');
  await expect(reports.cell('movement', 'Qabul qilingan')).toHaveText('1');
  await expect(reports.cell('movement', 'Chiqarilgan')).toHaveText('1');
  await expect(reports.cell('movement', 'Davr oxirida')).toHaveText('2');
  await expect(reports.cell('destinations', 'Vasiylik yoki homiylik')).toHaveText('1');
  await shot(page, '02-report-live');
  await shot(page, '03-report-live-full', true);

  // prepared → checked → closed.
  await reports.button('Tayyorlashni boshlash').click();
  await expect(reports.status()).toHaveText('Tayyorlangan');
  await reports.button('Tekshirildi').click();
  await expect(reports.status()).toHaveText('Tekshirilgan');
  await reports.button('Davrni yopish').click();
  const confirm = page.getByRole('dialog', { name: 'Davr yopilsinmi?' });
  await shot(page, '04-close-confirm');
  await confirm.getByRole('button', { name: 'Davrni yopish' }).click();
  await expect(reports.status()).toHaveText('Yopilgan');
  await expect(page.getByText('Davr yopilgan: raqamlar yopilgan paytdagidek muzlatilgan.')).toBeVisible();
  await expect(page.getByText(/^Yopdi: Karimova Dilnoza Rustamovna/)).toBeVisible();

  // A wrong signing password is refused on the field; the right one signs and downloads the package.
  await reports.button('Imzolash va paket yaratish').click();
  const signDialog = page.getByRole('dialog', { name: 'Imzolash va paket yaratish' });
  await signDialog.getByLabel('Imzo paroli').fill('notogri-parol');
  await signDialog.getByRole('button', { name: 'Imzolash' }).click();
  await expect(signDialog.getByText('Imzo paroli notoʻgʻri.')).toBeVisible({ timeout: 20_000 });
  await shot(page, '05-sign-wrong-password');
  await signDialog.getByRole('button', { name: 'Bekor qilish' }).click();
  const download = await reports.sign(SIGNING_PASSWORD);
  const zipPath = join(komak.dir, download.suggestedFilename());
  await download.saveAs(zipPath);
  expect(download.suggestedFilename()).toMatch(/^komak_activity_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}_facility_\d{8}T\d{4}Z\.zip$/);
  await expect(page.getByText(/Paket imzolandi va yuklab olindi/)).toBeVisible();
  await shot(page, '06-signed');

  // The register: the package, its SHA-256, marked sent.
  await reports.openTab('Yuborilgan paketlar');
  const row = page.locator('[data-package]').first();
  await expect(row).toContainText('Faoliyat hisoboti');
  await expect(row).toContainText('Yuborilmagan');
  await row.getByRole('button', { name: 'Yuborildi deb belgilash' }).click();
  const sent = page.getByRole('dialog', { name: 'Paket agentlikka yuborildimi?' });
  await sent.getByLabel('Izoh (qanday va kimga yuborildi)').fill('Viloyat boshqarmasiga elektron pochta orqali');
  await sent.getByRole('button', { name: 'Yuborildi deb belgilash' }).click();
  await expect(row).toContainText('Karimova Dilnoza Rustamovna');
  await expect(row).toContainText('Viloyat boshqarmasiga elektron pochta orqali');
  // The register fits the office window: nothing (not even the hidden column heading) scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await shot(page, '07-register');

  // The agency's check, in the app: valid with the facility's certificate …
  await reports.openTab('Paketni tekshirish');
  await reports.verify(zipPath, certPath);
  await expect(reports.verdict()).toHaveAttribute('data-verdict', 'valid');
  await expect(reports.verdict()).toContainText('Haqiqiy: paket imzolangandan beri oʻzgartirilmagan');
  await expect(page.locator('[data-check][data-status="failed"]')).toHaveCount(0);
  await expect(page.locator('[data-check="pdfSignature"]')).toHaveAttribute('data-status', 'ok');
  await shot(page, '08-verify-valid', true);

  // … and a copy with one number changed in the CSV is caught.
  const entries = await readZip(readFileSync(zipPath));
  const tampered = entries.map((e) =>
    e.name === 'report.csv' ? { ...e, bytes: Buffer.from(e.bytes.toString().replace('Davr boshida,2', 'Davr boshida,3')) } : e,
  );
  const tamperedPath = join(komak.dir, 'tampered.zip');
  writeFileSync(tamperedPath, await writeZip(tampered));
  await reports.verify(tamperedPath);
  await expect(reports.verdict()).toHaveAttribute('data-verdict', 'tampered');
  await expect(page.locator('[data-check="file"][data-status="failed"]')).toContainText('Fayl: report.csv');
  await shot(page, '09-verify-tampered');

  // The same file passes the agency's command-line check with the exported certificate.
  const cli = execFileSync(
    process.execPath,
    [join(import.meta.dirname, '..', '..', 'bin', 'komak.cjs'), 'verify', zipPath, '--cert', certPath],
    { encoding: 'utf8' },
  );
  expect(cli).toContain('VALID: the package is unchanged');
});

test('an inspector reads reports and the register but cannot close or sign', async ({ page }) => {
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();
  const r = await page.request.post('/api/users.create', {
    data: { username: 'nazorat', fullName: 'Tursunov Bekzod', role: 'inspector', password: 'Nazorat-2026', lang: 'uz' },
  });
  expect((await r.json()).ok).toBe(true);
  await new ShellPage(page).signOut();
  await new SignInPage(page).signIn('nazorat', 'Nazorat-2026');
  await new ShellPage(page).open('reports');
  const reports = new ReportsPage(page);
  await expect(page.getByRole('heading', { level: 2, name: /Faoliyat hisoboti/ })).toBeVisible();
  await expect(reports.button('Tayyorlashni boshlash')).toHaveCount(0);
  await expect(reports.button('Davrni yopish')).toHaveCount(0);
  await reports.openTab('Imzo kaliti');
  await expect(page.getByText('Kalitni faqat muassasa rahbari yaratadi.')).toBeVisible();
  await expect(reports.button('Kalit yaratish')).toHaveCount(0);
  await reports.openTab('Yuborilgan paketlar');
  await expect(page.getByText('Hali paket yaratilmagan')).toBeVisible();
  await shot(page, '10-inspector');
});
