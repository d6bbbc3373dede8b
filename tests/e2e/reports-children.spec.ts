import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';

test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

test('the per-child report: placement prospects are set beside it and show in its tables (uz, ru)', async ({ page }) => {
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('navigation')).toBeVisible();
  const api = async (method: string, data: unknown) => {
    const r = await page.request.post(`/api/${method}`, { data });
    const body = (await r.json()) as { ok: boolean; data: { id: number; code: string; beds?: Array<{ id: number }> }; error?: unknown };
    expect(body.ok, JSON.stringify(body.error)).toBe(true);
    return body.data;
  };
  const room = await api('rooms.create', { name: '1', floor: 1, kind: 'bedroom', beds: ['A', 'B'] });
  const kids = [
    { lastName: 'Oʻrinboyeva', firstName: 'Madina', birthDate: '2016-03-04', sex: 'F' },
    { lastName: 'Gʻulomov', firstName: 'Sardor', birthDate: '2013-08-19', sex: 'M' },
  ];
  const codes: string[] = [];
  for (const [i, k] of kids.entries()) {
    const c = await api('clients.create', k);
    codes.push(c.code);
    await api('stays.admit', { clientId: c.id, admittedOn: '2026-01-10', referralSource: 'inson_center', bedId: room.beds![i]!.id });
  }

  await new ShellPage(page).open('reports');
  await page.getByRole('tab', { name: 'Hisobotlar' }).click(); // with no signing key yet the area opens on the key
  await page.getByRole('combobox', { name: 'Hisobot' }).click();
  await page.getByRole('option', { name: /Bolalarning rivojlanish rejasi/ }).click();
  const panel = page.getByRole('table', { name: 'Joylashtirish istiqboli' });
  await expect(panel).toBeVisible();
  const first = panel.getByRole('row').filter({ hasText: codes[0]! });
  await first.getByLabel('Istiqbol').click();
  await page.getByRole('option', { name: 'Oʻz oilasiga qaytarish' }).click();
  await first.getByLabel('Izoh').fill('Buvisi bilan uchrashuvlar');
  await first.getByRole('button', { name: 'Saqlash' }).click();
  await expect(first.getByText(`Saqlandi: ${codes[0]}`)).toBeVisible();
  // The report's own tables follow at once.
  const children = page.locator('[data-table="children"]');
  await expect(children.getByRole('row').filter({ hasText: codes[0]! })).toContainText('Oʻz oilasiga qaytarish');
  await expect(children.getByRole('row').filter({ hasText: codes[1]! })).toContainText('Yozilmagan');
  await shot(page, 'reports-children-01-uz', true);

  await new ShellPage(page).switchLanguage('Русский');
  await expect(page.getByRole('table', { name: 'Перспектива устройства' })).toBeVisible();
  await expect(children.getByRole('row').filter({ hasText: codes[0]! })).toContainText('Возврат в родную семью');
  await shot(page, 'reports-children-02-ru', true);
});
