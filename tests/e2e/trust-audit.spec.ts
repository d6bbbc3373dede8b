import { test, expect, shot } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { TrustPages } from './pages/TrustPages';

test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

test('audit viewer: the chain verdict, filters by person, action and period, paging, and looking is itself audited', async ({ page }) => {
  const trust = new TrustPages(page);
  await trust.signInAsManager();
  const aziza = await trust.api<{ id: number }>('users.create', {
    username: 'aziza',
    fullName: 'Aziza Karimova',
    role: 'caregiver',
    password: 'Bahor-2026-kuni',
  });
  // Enough entries for more than one page of 50.
  for (let i = 0; i < 55; i++) await trust.api('security.setIdleLock', { minutes: 10 + (i % 5) });
  for (let i = 0; i < 3; i++) await trust.api('audit.verify');

  await trust.openAudit();
  await expect(page.getByTestId('audit-verdict')).toContainText('Jurnal butun');
  await expect(trust.rows('audit')).toHaveCount(50);
  await shot(page, '01-audit-uz');

  // Paging back in time and forward again.
  const firstSeq = await trust.rows('audit').first().locator('td').first().innerText();
  await page.getByRole('button', { name: 'Eskiroq' }).click();
  await expect(page.getByText('2-sahifa')).toBeVisible();
  await expect(trust.rows('audit').first().locator('td').first()).not.toHaveText(firstSeq);
  await page.getByRole('button', { name: 'Yangiroq' }).click();
  // Back on the first page, with the viewer's own looking added on top.
  await expect(page.getByText('1-sahifa')).toBeVisible();
  expect(Number(await trust.rows('audit').first().locator('td').first().innerText())).toBeGreaterThan(Number(firstSeq));

  // By action area: only sign-ins, of both people.
  await page.getByLabel('Amal').fill('users.');
  await page.getByRole('button', { name: 'Koʻrsatish' }).click();
  await expect(trust.rows('audit')).toHaveCount(1);
  await expect(trust.rows('audit').first()).toContainText('users.create');
  await expect(trust.rows('audit').first()).toContainText('aziza');

  // By the object's coded id (the new user's id here; a client's code the same way).
  await page.getByRole('button', { name: 'Tozalash' }).click();
  await page.getByLabel('Xizmat oluvchi kodi').fill(String(aziza.id));
  await page.getByRole('button', { name: 'Koʻrsatish' }).click();
  await expect(trust.rows('audit').first()).toContainText('users.create');

  // A period the wrong way round: the field says so.
  await page.getByRole('button', { name: 'Tozalash' }).click();
  await page.getByLabel('Dan').fill('10.12.2026');
  await page.getByLabel('Gacha').fill('01.12.2026');
  await page.getByRole('button', { name: 'Koʻrsatish' }).click();
  await expect(page.locator('.MuiFormHelperText-root.Mui-error')).toBeVisible();

  // By person, and the viewer's own use is on the trail.
  await page.getByRole('button', { name: 'Tozalash' }).click();
  await page.getByLabel('Amal').fill('audit.list');
  await page.getByRole('button', { name: 'Koʻrsatish' }).click();
  await expect(trust.rows('audit').first()).toContainText('audit.list');
  const views = await trust.api<{ entries: Array<{ action: string; username: string }> }>('audit.list', { action: 'audit.list' });
  expect(views.entries.length).toBeGreaterThanOrEqual(5);
  expect(views.entries.every((e) => e.username === 'rahbar')).toBe(true);

  await new ShellPage(page).switchLanguage('Русский');
  await page.getByRole('button', { name: 'Сбросить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Журнал аудита' })).toBeVisible();
  await expect(page.getByTestId('audit-verdict')).toContainText('Журнал цел');
  await shot(page, '02-audit-ru');
});

test('a person filter shows only that person', async ({ page }) => {
  const trust = new TrustPages(page);
  await trust.signInAsManager();
  await trust.api('users.create', { username: 'aziza', fullName: 'Aziza Karimova', role: 'caregiver', password: 'Bahor-2026-kuni' });
  await trust.openAudit();
  await page.getByLabel('Xodim').click();
  await page.getByRole('option', { name: 'Aziza Karimova (aziza)' }).click();
  await page.getByRole('button', { name: 'Koʻrsatish' }).click();
  await expect(page.getByText('Bu shartlarga mos yozuv yoʻq.')).toBeVisible();
});
