import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect, shot, MANAGER, KOMAK } from './fixtures';
import { SignInPage } from './pages/SignInPage';

/** One verified backup in the automatic folder, then bytes flipped in the middle of the database file. */
function backUpThenDamage(dbFile: string): void {
  execFileSync(process.execPath, [KOMAK, 'backup', '--db', dbFile], {
    env: { ...process.env, KOMAK_USER: MANAGER.username, KOMAK_PASSWORD: MANAGER.password },
    stdio: 'pipe',
  });
  const bytes = readFileSync(dbFile);
  for (let i = 0; i < 16; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0x5a;
  writeFileSync(dbFile, bytes);
}

test.use({
  facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 },
  beforeServe: { run: backUpThenDamage },
});

test('a damaged database: explained in plain words, the newest verified backup restored by a manager, the damaged file kept', async ({
  page,
  komak,
}) => {
  await page.goto('/');
  const signIn = new SignInPage(page);
  // The encrypted file is first read at sign-in: that is where the damage shows.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  const screen = page.getByTestId('damaged-screen');
  await expect(screen.getByRole('heading', { level: 1, name: 'Maʼlumotlar bazasini ochib boʻlmadi' })).toBeVisible();
  await expect(screen).toContainText('Hech narsa oʻchirilmagan');
  await expect(screen).toContainText('Oxirgi tekshirilgan zaxira nusxa:');
  await expect(screen).toContainText('Chilonzor oila turidagi bolalar uyi');
  await shot(page, '01-damaged-uz');

  // Nothing happens without the confirmation; a wrong password is refused.
  const restore = screen.getByRole('button', { name: 'Zaxira nusxani tiklash' });
  await expect(restore).toBeDisabled();
  await screen.getByLabel('Rahbar logini').fill(MANAGER.username);
  await screen.locator('input[autocomplete="current-password"]').fill('notthepassword');
  await screen.getByRole('checkbox').check();
  await restore.click();
  await expect(screen.getByRole('alert').filter({ hasText: 'Foydalanuvchi nomi yoki parol' })).toBeVisible();
  expect(readdirSync(join(komak.dir, 'backups')).some((n) => n.includes('damaged'))).toBe(false);

  await screen.locator('input[autocomplete="current-password"]').fill(MANAGER.password);
  await restore.click();
  await expect(screen.getByText(/Maʼlumotlar .* holatidagi nusxadan tiklandi/)).toBeVisible();
  await shot(page, '02-damaged-restored-uz');
  const kept = readdirSync(join(dirname(komak.dbFile), 'backups')).filter((n) => n.endsWith('-damaged.komak'));
  expect(kept).toHaveLength(1);

  await screen.getByRole('button', { name: 'Kirish' }).click();
  await signIn.expectOpen();
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
});

test('the damaged screen in Russian', async ({ page }) => {
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const screen = page.getByTestId('damaged-screen');
  await expect(screen).toBeVisible();
  await page.getByRole('button', { name: /^Til:/ }).click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(screen.getByRole('heading', { level: 1, name: 'Не удалось открыть базу данных' })).toBeVisible();
  await shot(page, '03-damaged-ru');
});
