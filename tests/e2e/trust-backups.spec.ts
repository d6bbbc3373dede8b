import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, shot, MANAGER } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { TrustPages } from './pages/TrustPages';

test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

test.describe('without the automatic daily backup', () => {
  // The daily backup would be made a second after the first sign-in: this test must see "no backup yet".
  test.beforeAll(() => {
    process.env.KOMAK_AUTO_BACKUP = 'off';
  });
  test.afterAll(() => {
    delete process.env.KOMAK_AUTO_BACKUP;
  });

  test('backups: the warning until a backup exists, back up to a chosen folder, inspect it, restore with a revert point', async ({
    page,
    komak,
  }) => {
    const trust = new TrustPages(page);
    await trust.signInAsManager();
    // No backup yet: the manager is told on the home page, with the way to fix it.
    const banner = page.getByTestId('backup-stale-banner');
    await expect(banner).toContainText('Oxirgi zaxira nusxa 2 kundan eski');
    await shot(page, '01-home-backup-warning');
    await banner.getByRole('link', { name: 'Zaxira nusxalar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zaxira nusxalar' })).toBeVisible();
    await expect(page.getByTestId('backup-last')).toHaveText('Hali birorta ham zaxira nusxa olinmagan.');
    await expect(page.getByTestId('backup-stale')).toBeVisible();
    await expect(banner).toBeHidden(); // said once, on this page beside the button

    // A relative path is refused with a message at the field; nothing is written.
    await page.getByLabel('Papka (ixtiyoriy)').fill('fleshka');
    await page.getByRole('button', { name: 'Hozir zaxiralash' }).click();
    await expect(page.getByText('Papka yoki faylning toʻliq yoʻlini kiriting.')).toBeVisible();

    const usb = join(komak.dir, 'usb');
    await page.getByLabel('Papka (ixtiyoriy)').fill(usb);
    await page.getByRole('button', { name: 'Hozir zaxiralash' }).click();
    await expect(page.getByText('Zaxira nusxa yozildi va tekshirildi')).toBeVisible();
    expect(readdirSync(usb).filter((n) => n.endsWith('.komak'))).toHaveLength(1);
    await expect(page.getByTestId('backup-stale')).toBeHidden();
    await expect(page.getByTestId('backup-last')).toHaveText(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    await expect(trust.rows('backup')).toHaveCount(1);
    await expect(trust.rows('backup').first()).toContainText('Qoʻlda');
    await expect(trust.rows('backup').first()).toContainText('Butun');
    await shot(page, '02-backups-uz', true);

    // What it holds, before anything is restored.
    await trust.rows('backup').first().getByRole('button', { name: 'Ichini koʻrish' }).click();
    const inspect = page.getByRole('dialog', { name: 'Zaxira nusxa ichida' });
    await expect(inspect.getByTestId('inspect-holds')).toContainText('Chilonzor oila turidagi bolalar uyi');
    await expect(inspect.getByRole('row', { name: /Foydalanuvchilar/ })).toContainText('1');
    await shot(page, '03-backup-inspect');

    // Something added after the backup is gone after the restore; the current data was kept as a revert point.
    await trust.api('users.create', { username: 'aziza', fullName: 'Aziza Karimova', role: 'caregiver', password: 'Bahor-2026-kuni' });
    await inspect.getByRole('button', { name: 'Shu nusxadan tiklash' }).click();
    const confirm = page.getByRole('dialog', { name: 'Maʼlumotlar shu nusxadan tiklansinmi?' });
    await expect(confirm).toContainText('avval qaytish nuqtasi sifatida alohida nusxaga saqlanadi');
    await shot(page, '04-restore-confirm');
    await confirm.getByRole('button', { name: 'Tiklash' }).click();
    await expect(page.getByText('Maʼlumotlar tiklandi. Qaytish nuqtasi:')).toBeVisible();
    const revert = readdirSync(join(komak.dir, 'backups')).filter((n) => n.endsWith('.komak'));
    expect(revert.filter((n) => n.includes('pre-restore'))).toHaveLength(1);
    await page.getByRole('button', { name: 'Kirish' }).click();
    await new SignInPage(page).expectOpen();
    await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
    const users = await trust.api<Array<{ username: string }>>('users.list');
    expect(users.map((u) => u.username)).toEqual([MANAGER.username]);
    await expect(page.getByTestId('backup-stale-banner')).toBeHidden();
    expect(existsSync(usb)).toBe(true);
  });
});

test('backups page in Russian, and only the manager sees Backups and Audit', async ({ page }) => {
  const trust = new TrustPages(page);
  await trust.signInAsManager();
  await trust.api('backup.create', {});
  const shell = new ShellPage(page);
  expect(await shell.navAreas()).toEqual(expect.arrayContaining(['backups', 'audit']));
  await shell.switchLanguage('Русский');
  await page.goto('/backups');
  await expect(page.getByRole('heading', { level: 1, name: 'Резервные копии' })).toBeVisible();
  // The daily backup may land in the same minute: look for the manual one among the rows.
  await expect(trust.rows('backup').filter({ hasText: 'Вручную' })).toHaveCount(1);
  await shot(page, '05-backups-ru', true);

  await trust.api('users.create', { username: 'aziza', fullName: 'Aziza Karimova', role: 'caregiver', password: 'Bahor-2026-kuni' });
  await shell.switchLanguage('Oʻzbekcha');
  await shell.signOut();
  await new SignInPage(page).signIn('aziza', 'Bahor-2026-kuni');
  await expect(page.getByRole('navigation')).toBeVisible();
  const areas = await shell.navAreas();
  expect(areas).not.toContain('backups');
  expect(areas).not.toContain('audit');
  await expect(page.getByTestId('backup-stale-banner')).toBeHidden();
  await page.goto('/audit');
  await expect(page.getByText('Bu boʻlim sizning rolingiz uchun emas')).toBeVisible();
});
