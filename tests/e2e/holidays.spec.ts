// The holiday calendar of a day care: the manager adds the national holidays and a transfer day in
// Settings; the attendance sheet then expects nobody on them and says why, in Uzbek and Russian.
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { inRussian, seedDayCare } from './pages/DailyPages';

test.use({
  facility: { kind: 'day_care', name: 'Yunusobod tumani kunduzgi parvarish xizmati', capacity: 9 },
  viewport: { width: 1280, height: 1120 },
});

const today = new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
const shown = (iso: string) => iso.split('-').reverse().join('.');

test('the manager adds national holidays and a transfer day; the sheet shows the holiday banner and expects nobody', async ({
  page,
  request,
}) => {
  await seedDayCare(request);
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();

  await page.goto('/settings/holidays');
  await expect(page.getByRole('heading', { name: 'Bayram kunlari' })).toBeVisible();
  await expect(page.getByText('2026 yil uchun bayramlar kiritilmagan.')).toBeVisible();
  await page.getByRole('button', { name: '2026 yilning davlat bayramlarini qoʻshish' }).click();
  await expect(page.getByText('7 ta davlat bayrami qoʻshildi.')).toBeVisible();
  await expect(page.locator('tr[data-date]')).toHaveCount(7);
  await expect(page.locator('tr[data-date="2026-03-21"]')).toContainText('21.03.2026Navroʻz');

  // A transfer day by hand: today. A name left empty is named first.
  await page.getByLabel('Sana').last().fill(shown(today));
  await page.getByRole('button', { name: 'Qoʻshish', exact: true }).click();
  await expect(page.getByText('Toʻldirish shart.')).toBeVisible();
  await page.getByLabel('Nomi').fill('Koʻchirilgan dam olish kuni');
  await page.getByRole('button', { name: 'Qoʻshish', exact: true }).click();
  await expect(page.locator(`tr[data-date="${today}"]`)).toContainText('Koʻchirilgan dam olish kuni');
  await shot(page, '01-settings-holidays-uz');

  await page.goto('/attendance/today');
  const banner = page.getByTestId('holiday-banner');
  await expect(banner).toContainText('Bugun bayram: Koʻchirilgan dam olish kuni — markaz yopiq');
  await expect(page.getByTestId('sheet-count')).toHaveText(/^0\s*\/ 0/);
  await expect(page.getByText('Bayram — kutilmaydi')).toHaveCount(6);
  await shot(page, '02-sheet-holiday-today-uz');
  await page.getByTestId('day-picker').getByRole('textbox', { name: 'Kun' }).fill('21.03.2026');
  await expect(banner).toContainText('21.03.2026 — bayram: Navroʻz, markaz yopiq');
  await shot(page, '03-sheet-navruz-uz');

  await page.goto(`/attendance/month?m=${today.slice(0, 7)}`);
  await expect(page.locator('th[data-holiday]')).toHaveCount(1);
  await expect(page.getByTestId('tabel-holidays')).toContainText(`${shown(today)} — Koʻchirilgan dam olish kuni`);
  await shot(page, '04-tabel-holiday-uz');

  await inRussian(page);
  await page.goto('/attendance/today');
  await expect(banner).toContainText('Сегодня праздник: Koʻchirilgan dam olish kuni — центр закрыт');
  await shot(page, '05-sheet-holiday-today-ru');
  await page.goto('/settings/holidays');
  await expect(page.getByRole('heading', { name: 'Праздничные дни' })).toBeVisible();
  // Removing asks first; the day is a working day again.
  await page.locator(`tr[data-date="${today}"]`).getByRole('button').click();
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('День снова станет рабочим');
  await shot(page, '06-settings-remove-ru');
  await ask.getByRole('button', { name: 'Удалить' }).click();
  await expect(page.locator(`tr[data-date="${today}"]`)).toHaveCount(0);
  await expect(page.locator('tr[data-date]')).toHaveCount(7);
  await shot(page, '07-settings-holidays-ru');
  await page.goto('/attendance/today');
  await expect(page.getByTestId('holiday-banner')).toHaveCount(0);
});
