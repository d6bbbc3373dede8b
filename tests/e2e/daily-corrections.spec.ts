// Corrections and lists on the tablet (1024×768, touch): the manager's absence reasons, a past day
// corrected from the sheet with its stamp; a caregiver's PRN dose struck out, a past roll call read
// back, an incident report that survives a reload.
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { AttendanceSheetPage, inRussian, seedDayCare, seedHome } from './pages/DailyPages';

test.describe('day care', () => {
  test.use({
    facility: { kind: 'day_care', name: 'Yunusobod tumani kunduzgi parvarish xizmati', capacity: 9 },
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
  });

  test('the manager adds an absence reason and corrects yesterday from the sheet; the card says who, when and why', async ({
    page,
    request,
  }) => {
    const seed = await seedDayCare(request);
    await page.goto('/');
    await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
    await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();

    // The list of reasons: a new one with its letter; bad input names the field.
    await page.goto('/attendance/reasons');
    await expect(page.locator('[data-reason="illness"]')).toContainText('Kasallik');
    await page.getByRole('button', { name: 'Sabab qoʻshish' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Sabab qoʻshish' });
    await dialog.getByLabel('Sabab nomi').fill('Karantin');
    await dialog.getByRole('button', { name: 'Saqlash' }).tap();
    await expect(dialog.getByText('Toʻldirish shart.')).toBeVisible();
    await dialog.getByLabel('Tabeldagi harf').fill('Q');
    await dialog.getByRole('button', { name: 'Saqlash' }).tap();
    await expect(page.locator('[data-reason="karantin"]')).toContainText('Karantin');
    await page
      .locator('[data-reason="holiday"]')
      .getByRole('switch', { name: /Ishlatiladi/ })
      .tap();
    await expect(page.locator('[data-reason="holiday"]')).toContainText('Ishlatilmaydi');
    await shot(page, '01-reasons-uz');

    // Yesterday's sheet: read back, corrected from the card with a reason.
    await page.goto('/attendance/today');
    const sheet = new AttendanceSheetPage(page);
    await page.getByRole('button', { name: 'Oldingi kun' }).tap();
    await expect(page.getByText(/kunining varagʻi. Kunni tuzatish uchun/)).toBeVisible();
    const aziz = seed.children[0]!;
    await sheet.card(aziz.code).getByRole('button', { name: 'Tuzatish' }).tap();
    const correct = page.getByRole('dialog');
    await correct.getByRole('button', { name: 'Keldi', exact: true }).tap();
    await correct.getByLabel('Keldi', { exact: true }).fill('08:30');
    await correct.getByLabel('Ketdi', { exact: true }).fill('16:00');
    await expect(correct.getByRole('button', { name: 'Saqlash' })).toBeDisabled();
    await correct.getByLabel('Tuzatish sababi').fill('Qogʻoz jurnaldan koʻchirildi');
    await correct.getByRole('button', { name: 'Saqlash' }).tap();
    await expect(sheet.card(aziz.code).getByTestId('card-correction')).toContainText(
      /Tuzatildi: Karimova Dilnoza Rustamovna, \d\d\.\d\d\.\d{4} \d\d:\d\d — Qogʻoz jurnaldan koʻchirildi/,
    );
    await expect(sheet.card(aziz.code)).toHaveAttribute('data-state', 'gone');
    await shot(page, '02-past-day-corrected-uz');

    await inRussian(page);
    await page.getByRole('button', { name: 'Предыдущий день' }).tap();
    await expect(sheet.card(aziz.code).getByTestId('card-correction')).toContainText('Исправлено');
    await shot(page, '03-past-day-corrected-ru');
    await page.goto('/attendance/reasons');
    await expect(page.locator('[data-reason="karantin"]')).toContainText('Используется');
    await shot(page, '04-reasons-ru');
  });
});

test.describe('family-type home', () => {
  test.use({
    facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 },
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
  });

  test('a PRN dose struck out, yesterday’s roll call read back, an incident report kept over a reload', async ({ page, request }) => {
    const seed = await seedHome(request);
    await page.goto('/');
    await new SignInPage(page).signIn(seed.caregiver.username, seed.caregiver.password);
    await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();

    // As-needed dose given to the wrong child: struck out with a reason; the count goes back.
    await page.goto('/care-log/medication');
    const prn = page.getByTestId('prn');
    await prn.getByRole('button', { name: 'Berish' }).tap();
    const give = page.getByRole('dialog', { name: /Paratsetamol — Sevara/ });
    await give.getByLabel('Nega berilmoqda').fill('Harorat 38,2 °C');
    await give.getByRole('button', { name: 'Berish' }).tap();
    await expect(prn).toContainText('Bugun: 1 / 3');
    await prn.getByTestId('prn-dose').getByRole('button', { name: 'Tuzatish' }).tap();
    const fix = page.getByRole('dialog', { name: /Paratsetamol, .* tuzatish/ });
    await expect(fix.getByRole('button', { name: 'Saqlash' })).toBeDisabled();
    await fix.getByLabel('Tuzatish sababi').fill('Boshqa bolaga berilgan deb yozilgan');
    await fix.getByRole('button', { name: 'Saqlash' }).tap();
    await expect(prn).toContainText('Bugun: 0 / 3');
    await expect(prn.locator('[data-struck="true"]')).toContainText('ustidan chizilgan');
    await expect(prn.locator('[data-struck="false"]')).toContainText('Boshqa bolaga berilgan deb yozilgan');
    await shot(page, '05-prn-corrected-uz');
    // Yesterday's round: read back; only the manager records it late.
    await page.getByRole('button', { name: 'Oldingi kun' }).tap();
    await expect(page.getByTestId('round-past')).toContainText('Kechikib faqat rahbar kiritadi');
    await expect(prn.getByRole('button', { name: 'Berish' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Bugun' }).tap();

    // Yesterday's roll call: the caregiver reads it, only the manager could record it.
    await page.goto('/attendance/roll-call');
    await page.getByRole('button', { name: 'Oldingi kun' }).tap();
    await expect(page.getByText(/Oʻtgan kunni faqat rahbar kirita oladi/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yoʻqlamani saqlash' })).toHaveCount(0);
    await shot(page, '06-roll-call-past-uz');

    // An incident report interrupted by a reload comes back.
    await page.goto('/care-log/incidents');
    await page
      .getByRole('button', { name: /Hodisa haqida xabar berish/ })
      .first()
      .tap();
    const form = page.getByRole('dialog', { name: 'Hodisa hisoboti' });
    await form.getByLabel('Qayerda').fill('Oshxona');
    await form.getByLabel('Nima boʻldi').fill('Issiq choy toʻkilib, qoʻliga tegdi.');
    await page.reload();
    await page
      .getByRole('button', { name: /Hodisa haqida xabar berish/ })
      .first()
      .tap();
    await expect(form.getByLabel('Qayerda')).toHaveValue('Oshxona');
    await expect(form.getByText('Oldingi safar kiritilgan')).toBeVisible();
    await shot(page, '07-incident-draft-uz');
    // Cancelling asks first; throwing it away clears it.
    await form.getByRole('button', { name: 'Bekor qilish' }).tap();
    await page.getByRole('button', { name: 'Saqlamasdan chiqish' }).tap();
    await page
      .getByRole('button', { name: /Hodisa haqida xabar berish/ })
      .first()
      .tap();
    await expect(form.getByLabel('Qayerda')).toHaveValue('');
    await form.getByRole('button', { name: 'Bekor qilish' }).tap();

    await inRussian(page);
    await page.goto('/care-log/medication');
    await expect(page.getByTestId('prn')).toContainText('зачёркнуто');
    await shot(page, '08-prn-corrected-ru');
    await page.goto('/attendance/roll-call');
    await page.getByRole('button', { name: 'Предыдущий день' }).tap();
    await shot(page, '09-roll-call-past-ru');
  });
});
