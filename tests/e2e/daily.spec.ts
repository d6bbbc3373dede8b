// A caregiver's morning on the tablet (1280×800, touch): five children arrive, one is ill, two
// care-log entries, one dose given — and the whole scenario stays under 30 taps.
import { test, expect, shot } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { AttendanceSheetPage, Taps, seedDayCare, api } from './pages/DailyPages';

test.use({
  facility: { kind: 'day_care', name: 'Yunusobod tumani kunduzgi parvarish xizmati', capacity: 9 },
  viewport: { width: 1280, height: 800 },
  hasTouch: true,
});

test('a caregiver checks in five children, marks one absent, writes two entries and gives a dose in under 30 taps', async ({
  page,
  request,
}) => {
  const seed = await seedDayCare(request);
  await page.goto('/');
  await new SignInPage(page).signIn(seed.caregiver.username, seed.caregiver.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Zulfiya Karimovna!' })).toBeVisible();
  await expect(page.getByTestId('today-attendance')).toContainText('0 / 6 keldi');
  await shot(page, '01-caregiver-home');

  const taps = new Taps();
  const sheet = new AttendanceSheetPage(page);
  await taps.tap(page.getByTestId('today-attendance'), 'open attendance');
  await expect(sheet.card(seed.children[0]!.code)).toHaveAttribute('data-state', 'waiting');
  await shot(page, '02-sheet-before');

  for (const child of seed.children.slice(0, 5)) {
    await taps.tap(sheet.tapArea(child.code), `arrived ${child.code}`);
    await expect(sheet.card(child.code)).toHaveAttribute('data-state', 'here');
  }
  await expect(sheet.card(seed.children[0]!.code).getByTestId('card-status')).toHaveText(/^Keldi \d\d:\d\d$/);

  const ill = seed.children[5]!;
  await taps.tap(sheet.card(ill.code).getByRole('button', { name: 'Kelmadi' }), 'absent');
  const dialog = page.getByRole('dialog', { name: 'Zarina bugun kelmadi' });
  await expect(dialog).toBeVisible();
  await shot(page, '03-absent-dialog');
  await taps.tap(dialog.getByRole('button', { name: /Kasallik/ }), 'reason: illness');
  await expect(sheet.card(ill.code)).toHaveAttribute('data-state', 'absent');
  await expect(sheet.card(ill.code).getByTestId('card-status')).toHaveText('Kelmadi: Kasallik');
  await expect(page.getByTestId('sheet-count')).toHaveText(/^5\s*\/ 5/);
  await shot(page, '04-sheet-after');

  await taps.tap(page.locator('[data-area="careLog"]'), 'open care log');
  const aziz = seed.children[0]!;
  await taps.tap(page.locator(`li[data-client="${aziz.code}"] button`), 'choose Aziz');
  const quick = page.getByTestId('quick-entry');
  await taps.tap(quick.getByRole('button', { name: 'Hammasini yedi' }), 'ate all');
  await expect(quick.getByText('Bugun 1 ta yozuv')).toBeVisible();
  await taps.tap(quick.getByRole('button', { name: 'Xursand' }), 'cheerful');
  await expect(quick.getByText('Bugun 2 ta yozuv')).toBeVisible();
  await expect(quick.locator('[data-entry]')).toHaveCount(2);
  await shot(page, '05-care-log');

  await taps.tap(page.getByRole('tab', { name: /Dorilar/ }), 'open medication');
  const dose = page.getByTestId('dose').filter({ hasText: seed.medicine });
  await expect(dose).toHaveAttribute('data-state', 'due');
  await shot(page, '06-medication-due');
  await taps.tap(dose.getByRole('button', { name: /^Berildi/ }), 'dose given');
  await expect(dose).toHaveAttribute('data-state', 'recorded');
  await expect(dose).toContainText('Rahimova Zulfiya Karimovna');
  await shot(page, '07-medication-given');

  expect(taps.count, taps.log.join('\n')).toBeLessThan(30);
  expect(taps.count).toBe(14);
  test.info().annotations.push({ type: 'taps', description: `${taps.count} taps: ${taps.log.join(', ')}` });

  // What the taps wrote, read back through the API as the manager.
  const month = await api<{ rows: { client: { code: string }; daysPresent: number; absences: number }[] }>(request, 'attendance.month', {
    month: new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 7),
  });
  expect(month.rows.filter((r) => r.daysPresent === 1)).toHaveLength(5);
  expect(month.rows.find((r) => r.client.code === ill.code)!.absences).toBe(1);
  await page.goto('/');
  await expect(page.getByTestId('today-attendance')).toContainText('5 / 5 keldi');
  await expect(page.getByTestId('today-doses')).toContainText('Bugungi dorilar berildi');
});

test('a mistaken tap is undone, leaving asks first, and the manager corrects a past day in the month sheet', async ({ page, request }) => {
  const seed = await seedDayCare(request);
  await page.goto('/');
  await new SignInPage(page).signIn(seed.caregiver.username, seed.caregiver.password);
  await page.locator('[data-area="attendance"]').tap();
  const sheet = new AttendanceSheetPage(page);
  const child = seed.children[1]!;
  await sheet.tapArea(child.code).tap();
  await expect(sheet.card(child.code)).toHaveAttribute('data-state', 'here');
  // A second tap at once asks before marking a departure.
  await sheet.tapArea(child.code).tap();
  await expect(page.getByRole('dialog', { name: 'Madina ketdimi?' })).toBeVisible();
  await page.getByRole('button', { name: 'Bekor qilish' }).tap();
  await expect(sheet.card(child.code)).toHaveAttribute('data-state', 'here');
  // Undo from the notice takes the arrival back.
  await sheet.tapArea(seed.children[2]!.code).tap();
  await expect(page.getByText(/Sardor keldi — \d\d:\d\d/)).toBeVisible();
  await page.getByRole('button', { name: 'Bekor qilish' }).tap();
  await expect(sheet.card(seed.children[2]!.code)).toHaveAttribute('data-state', 'waiting');

  // The manager corrects yesterday on the month sheet, with a reason.
  await page.context().clearCookies();
  await page.goto('/');
  await new SignInPage(page).signIn('rahbar', 'Bahor-2026-kuni');
  await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();
  await page.goto('/attendance/month');
  // The month view says what it is (not the day sheet's tapping), and its totals count the days nobody marked.
  await expect(page.getByText('Oy boʻyicha har bir bolaning kelgan kunlari', { exact: false })).toBeVisible();
  await expect(page.getByText('Bolaning kartochkasini bossangiz', { exact: false })).toHaveCount(0);
  await expect(page.locator('th[title^="Belgilanmagan kunlar"]')).toHaveText('Belg.');
  await expect(page.getByText('Kun + Kelm. + Belg. =', { exact: false })).toBeVisible();
  const yesterday = new Date(Date.now() + 5 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
  const row = page.locator(`tr[data-client="${child.code}"]`);
  if (yesterday.slice(0, 7) === new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 7)) {
    await row.getByRole('button', { name: new RegExp(yesterday.split('-').reverse().join('\\.')) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Keldi' }).click();
    await dialog.getByLabel('Keldi').fill('810');
    await dialog.getByLabel('Ketdi').fill('16:40');
    await dialog.getByLabel('Tuzatish sababi').click();
    await expect(dialog.getByLabel('Keldi')).toHaveValue('08:10');
    await dialog.getByLabel('Tuzatish sababi').fill('Qogʻoz jurnaldan koʻchirildi');
    await shot(page, '08-correct-day');
    await dialog.getByRole('button', { name: 'Saqlash' }).click();
    await expect(page.getByText('Tuzatish saqlandi.')).toBeVisible();
    await expect(row).toContainText('8,5');
  }
  await shot(page, '09-month-tabel');
});
