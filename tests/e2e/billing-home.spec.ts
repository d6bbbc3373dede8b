import type { Page } from '@playwright/test';
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { ACCOUNTANT, seedBillingMonth } from './billing-seed';

// The home page's "month to close" card (October, on 22.11.2026) and the way from billing's
// exceptions to that month's attendance sheet.
test.use({ facility: { kind: 'day_care', name: 'Quyoshli bolalik kunduzgi parvarish markazi' } });

async function signInAsAccountant(page: Page): Promise<ShellPage> {
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const shell = new ShellPage(page);
  await expect(shell.nav()).toBeVisible();
  // The manager sees the same card under their own summary.
  await expect(page.getByTestId('month-to-close')).toContainText('Yopiladigan oy: 2026-yil oktabr');
  await shot(page, '00-manager-home', true);
  const created = await page.request.post('/api/users.create', { data: { ...ACCOUNTANT, role: 'accountant', lang: 'uz' } });
  expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
  await shell.signOut();
  await new SignInPage(page).signIn(ACCOUNTANT.username, ACCOUNTANT.password);
  await expect(shell.nav()).toBeVisible();
  return shell;
}

test('the accountant’s home shows the month to close, and its exceptions lead to that month’s attendance sheet', async ({
  page,
  komak,
}) => {
  await seedBillingMonth(komak);
  const shell = await signInAsAccountant(page);
  const card = page.getByTestId('month-to-close');
  await expect(card).toContainText('Yopiladigan oy: 2026-yil oktabr');
  await expect(card).toContainText('Talabnoma hali chiqarilmagan');
  await expect(card.getByTestId('closing-days')).toHaveText(/31 \/ 29$/);
  await expect(card.getByTestId('closing-exceptions')).toHaveText(/4$/);
  await shot(page, '01-accountant-home', true);

  await card.getByRole('link', { name: 'Oy davomat jadvali' }).click();
  await expect(page).toHaveURL(/\/attendance\/month\?m=2026-10$/);
  await expect(page.getByTestId('tabel-month')).toHaveText('Oktabr 2026');

  await page.goto('/billing/claim?month=2026-10');
  await page.getByRole('link', { name: '2026-yil oktabr davomat jadvalini ochish' }).click();
  await expect(page).toHaveURL(/\/attendance\/month\?m=2026-10$/);
  await expect(page.getByTestId('tabel-month')).toHaveText('Oktabr 2026');
  // October's sheet, with the half-filled day the claim lists as an exception.
  await expect(page.getByRole('row').filter({ hasText: 'Rahimova Madina' })).toContainText('!');
  await shot(page, '02-october-sheet', true);

  await shell.switchLanguage('Русский');
  await page.goto('/');
  await expect(card).toContainText('Месяц к закрытию: октябрь 2026');
  await shot(page, '03-accountant-home-ru', true);
});

test.describe('a facility without billing', () => {
  test.use({ facility: { kind: 'family_home', name: 'Mehribonlik oilaviy bolalar uyi' } });

  test('shows no month to close on the manager’s home', async ({ page }) => {
    // The card is empty until its figures arrive, so prove they are not even asked for.
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('billing.') && asked.push(r.url()));
    await page.goto('/');
    await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
    await expect(new ShellPage(page).nav()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Boʻlimlaringiz' })).toBeVisible();
    await expect(page.getByTestId('month-to-close')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
  });
});
