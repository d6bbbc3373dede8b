import { test, expect, shot, MANAGER } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { FacilitySettingsPage } from './pages/FacilitySettingsPage';
import { TrustPages } from './pages/TrustPages';

test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

test('idle lock: set in Settings, locks to sign-in after the time without input, the backend session ends, the form comes back', async ({
  page,
}) => {
  await page.clock.install();
  const trust = new TrustPages(page);
  await trust.signInAsManager();
  await page.goto('/settings/security');
  await expect(page.getByRole('heading', { name: 'Avtomatik qulflash' })).toBeVisible();
  await expect(page.getByLabel('Daqiqa')).toHaveValue('10');
  await page.getByLabel('Daqiqa').fill('0');
  await page.getByRole('button', { name: 'Saqlash' }).click();
  await expect(page.getByText('1 dan 120 daqiqagacha boʻlgan son kiriting.')).toBeVisible();
  await page.getByLabel('Daqiqa').fill('2');
  await page.getByRole('button', { name: 'Saqlash' }).click();
  await expect(page.getByText('Saqlandi: 2 daqiqa.')).toBeVisible();
  await shot(page, '01-idle-setting-uz');

  // Half-filled form, then nobody touches the PC.
  const facility = new FacilitySettingsPage(page);
  await facility.open();
  await facility.field('address').fill('Chilonzor tumani, 9-kvartal, 14-uy');
  await page.clock.fastForward('01:30');
  await expect(facility.field('address')).toBeVisible(); // not yet
  await page.clock.fastForward('00:40');
  const signIn = new SignInPage(page);
  await signIn.expectOpen();
  await expect(page.getByText('Uzoq vaqt hech narsa bosilmagani uchun Komak qulflandi.')).toBeVisible();
  await shot(page, '02-idle-locked-uz');
  // Not only the screen: the old session is gone in the backend.
  const me = await page.request.post('/api/auth.me', { data: {} });
  expect(((await me.json()) as { ok: boolean }).ok).toBe(false);

  await signIn.signIn(MANAGER.username, MANAGER.password);
  await expect(facility.field('address')).toHaveValue('Chilonzor tumani, 9-kvartal, 14-uy');
  await expect(page.getByText('Oldingi safar kiritilgan, lekin saqlanmagan maʼlumotlar tiklandi.')).toBeVisible();
});

test('switch user on a shared PC: the next person starts at home and never sees the previous one’s drafts', async ({ page }) => {
  const trust = new TrustPages(page);
  await trust.signInAsManager();
  await trust.api('users.create', { username: 'aziza', fullName: 'Aziza Karimova', role: 'manager', password: 'Bahor-2026-kuni' });
  const facility = new FacilitySettingsPage(page);
  await facility.open();
  await facility.field('address').fill('Chilonzor tumani, 9-kvartal, 14-uy');

  const shell = new ShellPage(page);
  await shell.openUserMenu();
  await shot(page, '03-user-menu-switch');
  await page.getByRole('menuitem', { name: 'Foydalanuvchini almashtirish' }).click();
  const signIn = new SignInPage(page);
  await signIn.expectOpen();
  await expect(page.getByText('Foydalanuvchini almashtirish: kirish uchun oʻz login va parolingizni kiriting.')).toBeVisible();
  await expect(signIn.username()).toHaveValue('');
  await shot(page, '04-switch-user-signin');

  // Another manager: home first, and the same form shows the saved details, not the other person's draft.
  await signIn.signIn('aziza', 'Bahor-2026-kuni');
  await expect(page.getByRole('heading', { level: 1, name: /Aziza/ })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await facility.open();
  await expect(facility.field('address')).toHaveValue('Yunusobod tumani, Bogʻishamol koʻchasi, 12-uy');
  await expect(page.getByText('Oldingi safar kiritilgan, lekin saqlanmagan maʼlumotlar tiklandi.')).toBeHidden();

  // Back to the first manager: their draft is still theirs.
  await shell.openUserMenu();
  await page.getByRole('menuitem', { name: 'Foydalanuvchini almashtirish' }).click();
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
  await facility.open();
  await expect(facility.field('address')).toHaveValue('Chilonzor tumani, 9-kvartal, 14-uy');
});

test('idle lock page in Russian', async ({ page }) => {
  const trust = new TrustPages(page);
  await trust.signInAsManager();
  await new ShellPage(page).switchLanguage('Русский');
  await page.goto('/settings/security');
  await expect(page.getByRole('heading', { name: 'Автоматическая блокировка' })).toBeVisible();
  await shot(page, '05-idle-setting-ru');
});
