import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { AppealsPage } from './pages/AppealsPage';

test.use({
  facility: {
    kind: 'women_center',
    name: 'Xotin-qizlarni reabilitatsiya qilish va moslashtirish markazi, Toshkent shahar boʻlinmasi',
    district: '1726262',
    address: 'Uchtepa tumani, Lutfiy koʻchasi 8',
    capacity: 20,
  },
});

test('an appeal is corrected from its details: a wrong client code is refused, the change is saved and shown', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const shell = new ShellPage(page);
  const appeals = new AppealsPage(page);
  await shell.open('appeals');
  const form = appeals.form();
  await form.getByRole('radio', { name: 'Ayol', exact: true }).check();
  await form.getByRole('radio', { name: 'Jismoniy', exact: true }).check();
  await form.getByRole('button', { name: 'Saqlash' }).click();
  const code = `A-${new Date().getFullYear()}-00001`;
  await appeals.expectSaved(code);

  await appeals.openTab('list');
  await appeals.row(code).click();
  const details = page.getByRole('dialog', { name: `Murojaat ${code}` });
  await details.getByRole('button', { name: 'Tuzatish' }).click();
  const correction = page.getByRole('dialog', { name: `Murojaat ${code}ni tuzatish` });
  await expect(correction).toBeVisible();
  // The appeal's own values are in the form.
  await expect(correction.getByRole('radio', { name: 'Jismoniy', exact: true })).toBeChecked();
  await correction.getByRole('radio', { name: 'Iqtisodiy', exact: true }).check();
  await correction.locator('select[name="outcome"]').selectOption({ index: 1 });
  await correction.locator('input[name="clientId"]').fill('W-2099-0001');
  await correction.getByRole('button', { name: 'Tuzatishni saqlash' }).click();
  await expect(correction.getByText('Bunday kodli xizmat oluvchi reestrda yoʻq.')).toBeVisible();
  await shot(page, 'appeals-correction-01-uz-error', true);
  // An emptied date is caught before the round trip.
  await correction.locator('input[name="appealDate"]').fill('');
  await correction.locator('input[name="clientId"]').fill('');
  await correction.getByRole('button', { name: 'Tuzatishni saqlash' }).click();
  await expect(correction.getByText('Toʻldirish shart.')).toBeVisible();
  await correction.locator('input[name="appealDate"]').fill('01.11.2026');
  await correction.getByRole('button', { name: 'Tuzatishni saqlash' }).click();
  await expect(correction).toBeHidden();
  await expect(details.getByText(`Murojaat ${code} tuzatildi.`)).toBeVisible();
  await expect(details).toContainText('Iqtisodiy');
  await expect(details).toContainText('01.11.2026');
  await shot(page, 'appeals-correction-02-uz-details');
  await details.getByRole('button', { name: 'Yopish' }).click();
  await expect(appeals.row(code)).toContainText('Iqtisodiy');

  // The same dialog in Russian.
  await shell.switchLanguage('Русский');
  await appeals.row(code).click();
  await page
    .getByRole('dialog', { name: `Обращение ${code}` })
    .getByRole('button', { name: 'Исправить' })
    .click();
  const ru = page.getByRole('dialog', { name: `Исправление обращения ${code}` });
  await expect(ru.getByRole('button', { name: 'Сохранить исправление' })).toBeVisible();
  await shot(page, 'appeals-correction-03-ru', true);
});
