import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';

test('before sign-in the language is chosen on the screen and remembered on this PC; place names follow it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Til: Oʻzbekcha/ }).click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Какое у вас учреждение?' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Какое у вас учреждение?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.locator('[data-kind="women_center"]').click();
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('combobox', { name: 'Область' }).click();
  await expect(page.getByRole('option', { name: 'город Ташкент' })).toBeVisible();
  await page.getByRole('option', { name: 'Самаркандская область' }).click();
  await page.getByRole('combobox', { name: 'Район (город)' }).click();
  await expect(page.getByRole('option', { name: 'город Самарканд' })).toBeVisible();
  await shot(page, '01-wizard-russian-districts');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Язык: Русский/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facility details' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveText('Samarkand Region');
  await shot(page, '02-wizard-english');
});

test.describe('on a facility set up from the command line', () => {
  test.use({
    facility: { kind: 'trafficking_shelter', name: 'Samarqand viloyati reabilitatsiya markazi', region: '1718', district: '1718401' },
  });

  test('the sign-in screen in Russian, and the user’s own language wins after sign-in', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Til: Oʻzbekcha/ }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await new SignInPage(page).expectOpen('Вход в систему');
    await new SignInPage(page).signIn(MANAGER.username, 'wrong-password');
    await expect(page.getByRole('alert')).toHaveText('Неверное имя пользователя или пароль.');
    await shot(page, '03-sign-in-russian');
    // The manager's account was created in Uzbek: after sign-in the app follows her setting.
    await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Reabilitatsiya markazi');
  });
});
