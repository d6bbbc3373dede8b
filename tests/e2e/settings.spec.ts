import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { UsersSettingsPage } from './pages/UsersSettingsPage';
import { FacilitySettingsPage } from './pages/FacilitySettingsPage';

// These start on a facility set up through the CLI, as a facility moving from paper would.
test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

test.beforeEach(async ({ page }) => {
  // Reloading with unsaved work asks the browser first; say "leave" so the test can check the draft came back.
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
});

test('facility details: checked per field, saved, a draft survives a reload, leaving asks first', async ({ page }) => {
  const shell = new ShellPage(page);
  const facility = new FacilitySettingsPage(page);
  await facility.open();
  await expect(facility.field('name')).toHaveValue('Chilonzor oila turidagi bolalar uyi');

  await facility.field('phone').fill('71 123');
  await facility.field('capacity').fill('0');
  await facility.save();
  await expect(facility.fieldMessage('phone')).toHaveText('Telefon raqamini +998 XX XXX XX XX koʻrinishida kiriting.');
  await expect(facility.fieldMessage('capacity')).toHaveText('Sigʻim 1 dan 1000 gacha butun son boʻlishi kerak.');
  await shot(page, '01-facility-errors');

  // Correcting a field clears its message at once.
  await facility.field('phone').fill('+998 71 276 40 12');
  await expect(facility.fieldMessage('phone')).toHaveText('+998 XX XXX XX XX, ixtiyoriy');
  await facility.field('capacity').fill('10');
  await facility.field('name').fill('Chilonzor tumanidagi 3-son oila turidagi bolalar uyi');
  await facility.save();
  await expect(page.getByText('Muassasa maʼlumotlari saqlandi.')).toBeVisible();
  await expect(shell.facilityName()).toHaveText('Chilonzor tumanidagi 3-son oila turidagi bolalar uyi');
  await expect(facility.field('phone')).toHaveValue('+998 71 276 40 12');

  // Half-filled: a reload brings the draft back and says so.
  await facility.field('address').fill('Chilonzor tumani, 9-kvartal, 14-uy');
  await page.reload();
  await expect(page.getByText('Oldingi safar kiritilgan, lekin saqlanmagan maʼlumotlar tiklandi.')).toBeVisible();
  await expect(facility.field('address')).toHaveValue('Chilonzor tumani, 9-kvartal, 14-uy');

  // Leaving asks; staying keeps the text; leaving without saving drops it.
  await shell.open('home');
  const ask = page.getByRole('dialog', { name: 'Saqlanmagan oʻzgarishlar bor' });
  await expect(ask).toBeVisible();
  await shot(page, '02-leave-guard');
  await ask.getByRole('button', { name: 'Shaklga qaytish' }).click();
  await expect(facility.field('address')).toHaveValue('Chilonzor tumani, 9-kvartal, 14-uy');
  await shell.open('home');
  await ask.getByRole('button', { name: 'Saqlamasdan chiqish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
  await shell.open('settings');
  await expect(facility.field('address')).toHaveValue('Yunusobod tumani, Bogʻishamol koʻchasi, 12-uy');
});

test('users: deactivate and reactivate with confirmation, reset a password, an accountant sees her areas', async ({ page }) => {
  const shell = new ShellPage(page);
  const users = new UsersSettingsPage(page);
  await users.open();
  await users.startAdding();
  await users.fill({ fullName: 'Rahimova Gulnora Baxtiyorovna', username: 'gulnora', role: 'Buxgalter', password: 'Gulnora-2026' });
  await shot(page, '03-create-accountant');
  await users.submit();
  await expect(users.row('gulnora')).toContainText('Buxgalter');

  await users.row('gulnora').getByRole('button', { name: 'Faolsizlantirish' }).click();
  const confirm = page.getByRole('dialog', { name: 'Rahimova Gulnora Baxtiyorovna faolsizlantirilsinmi?' });
  await expect(confirm).toBeVisible();
  await shot(page, '04-confirm-deactivate');
  await confirm.getByRole('button', { name: 'Faolsizlantirish' }).click();
  await expect(users.row('gulnora')).toContainText('Faolsizlantirilgan');
  await users.row('gulnora').getByRole('button', { name: 'Qayta faollashtirish' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Qayta faollashtirish' }).click();
  await expect(users.row('gulnora').getByText('Faol', { exact: true })).toBeVisible();

  await users.row('gulnora').getByRole('button', { name: 'Parolni tiklash' }).click();
  const reset = page.getByRole('dialog', { name: 'Yangi parol: Rahimova Gulnora Baxtiyorovna' });
  await reset.locator('input[autocomplete="new-password"]').first().fill('Yangi-parol-77');
  await reset.locator('input[autocomplete="new-password"]').last().fill('Yangi-parol-77');
  await shot(page, '05-reset-password');
  await reset.getByRole('button', { name: 'Parolni tiklash' }).click();
  await expect(reset).toBeHidden();

  // The manager cannot deactivate herself: her row has no such button.
  await expect(users.row(MANAGER.username).getByRole('button')).toHaveCount(0);

  await shell.signOut();
  const signIn = new SignInPage(page);
  await signIn.signIn('gulnora', 'Gulnora-2026');
  await expect(page.getByRole('alert')).toHaveText('Foydalanuvchi nomi yoki parol notoʻgʻri.');
  await signIn.signIn('gulnora', 'Yangi-parol-77');
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Gulnora Baxtiyorovna!' })).toBeVisible();
  // A family home has no vouchers (billing is day care's) and its attendance is the roll call, not hers.
  expect(await shell.navAreas()).toEqual(['home', 'reports']);
  await shot(page, '06-home-accountant');
});

test('own password change from the user menu, and the shell on a 1280×800 tablet', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.openUserMenu();
  await shot(page, '07-user-menu');
  await page.getByRole('menuitem', { name: 'Parolni oʻzgartirish' }).click();
  const dialog = page.getByRole('dialog', { name: 'Parolni oʻzgartirish' });
  await dialog.locator('input[autocomplete="current-password"]').fill('not-my-password');
  await dialog.locator('input[autocomplete="new-password"]').first().fill('Kuz-2026-yangi');
  await dialog.locator('input[autocomplete="new-password"]').last().fill('Kuz-2026-yangi');
  await dialog.getByRole('button', { name: 'Parolni oʻzgartirish' }).click();
  await expect(dialog.locator('.MuiFormHelperText-root.Mui-error')).toHaveText('Joriy parol notoʻgʻri.');
  await shot(page, '08-change-password-error');
  await dialog.locator('input[autocomplete="current-password"]').fill(MANAGER.password);
  await dialog.getByRole('button', { name: 'Parolni oʻzgartirish' }).click();
  await expect(dialog.getByText('Parol oʻzgartirildi.', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Yopish' }).click();

  await shell.signOut();
  await new SignInPage(page).signIn(MANAGER.username, 'Kuz-2026-yangi');
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();

  // A tablet: navigation starts as icons; targets are at least 44 px.
  await page.evaluate(() => localStorage.removeItem('komak.nav'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
  const navWidth = await shell.nav().evaluate((el) => el.getBoundingClientRect().width);
  expect(navWidth).toBeLessThan(100);
  for (const box of await shell
    .nav()
    .locator('[data-area]')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
  await shot(page, '09-tablet-home');
  await shell.open('beds');
  await expect(page.getByRole('heading', { level: 1, name: 'Oʻrinlar' })).toBeVisible();
  await page.mouse.move(640, 700);
  await shot(page, '10-tablet-beds-empty');

  // Keyboard: the focused control shows a ring.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
  await shot(page, '11-tablet-keyboard-focus');
});
