import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, shot, MANAGER } from './fixtures';
import { atOfficeWidths, expectNoSidewaysScroll } from './layout';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { AppealsPage } from './pages/AppealsPage';
import { generateRegister } from '../fixtures/appeals-register';

const ROOT = resolve(import.meta.dirname, '..', '..');

test.use({
  facility: {
    kind: 'women_center',
    name: 'Xotin-qizlarni reabilitatsiya qilish va moslashtirish markazi, Toshkent shahar boʻlinmasi',
    district: '1726262',
    address: 'Uchtepa tumani, Lutfiy koʻchasi 8',
    capacity: 20,
  },
});

test.beforeEach(async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('a hotline call is entered with the keyboard only, in well under a minute', async ({ page }) => {
  const shell = new ShellPage(page);
  const appeals = new AppealsPage(page);
  expect(await shell.navAreas()).toContain('appeals');
  await shell.open('appeals');
  await expect(appeals.form()).toBeVisible();
  // The form opens with the focus on the first choice: the operator never touches the mouse from here.
  await expect.poll(() => appeals.focused()).toBe('applicant=woman');
  const started = Date.now();
  let presses = 0;
  presses += await appeals.keys('Space'); // woman
  presses += await appeals.keys('Tab', '3', '4'); // age 34
  expect(await appeals.focused()).toBe('age=34');
  presses += await appeals.keys('Tab', 'S', 'a', 'm'); // region: Samarqand, by its first letters
  expect(await appeals.focused()).toBe('regionSoato=1718');
  presses += await appeals.keys('Tab'); // channel: hotline already chosen
  expect(await appeals.focused()).toBe('channel=hotline');
  presses += await appeals.keys('Tab', 'ArrowRight', 'ArrowRight'); // violence: physical → sexual → psychological
  expect(await appeals.focused()).toBe('violenceType=psychological');
  // "Unknown" comes first and is chosen until the operator says otherwise.
  presses += await appeals.keys('Tab', 'ArrowRight'); // place: unknown → domestic
  expect(await appeals.focused()).toBe('place=domestic');
  presses += await appeals.keys('Tab', 'ArrowRight', 'ArrowRight'); // relationship, only the domestic ones: none → spouses → in-laws
  expect(await appeals.focused()).toBe('relationship=in_laws');
  await expect(appeals.form().getByRole('radio', { name: 'Qoʻshnilar oʻrtasida' })).toHaveCount(0);
  presses += await appeals.keys('Tab', 'Tab', 'Tab', 'Space'); // suicide risk skipped; help: medical, psychological ✓
  expect(await appeals.focused()).toBe('help=psychological');
  presses += await appeals.keys('Tab', 'Tab', 'Tab', 'Space'); // … legal ✓
  expect(await appeals.focused()).toBe('help=legal');
  await shot(page, 'appeals-01-form-filled');
  presses += await appeals.keys('Enter');
  const code = `A-${new Date().getFullYear()}-00001`;
  await appeals.expectSaved(code);
  const seconds = (Date.now() - started) / 1000;
  test.info().annotations.push({ type: 'fast entry', description: `${presses} key presses, ${seconds.toFixed(1)} s` });
  expect(presses).toBeLessThanOrEqual(30);
  // Ready for the next call: empty again, focus back on the first choice.
  await expect.poll(() => appeals.focused()).toBe('applicant=woman');
  await expect(appeals.form().getByRole('radio', { name: 'Ayol', exact: true })).not.toBeChecked();

  // A mistake is caught before the round trip and the focus goes to it.
  await appeals.keys('Tab', 'Tab', 'Tab', 'Tab', 'Enter');
  await expect(appeals.form().getByText('Toʻldirish shart.').first()).toBeVisible();
  await expect.poll(() => appeals.focused()).toMatch(/^applicant=/);
  await shot(page, 'appeals-02-form-errors');

  await appeals.openTab('list');
  const row = appeals.row(code);
  await expect(row).toContainText('Samarqand viloyati');
  await expect(row).toContainText('Ruhiy (psixologik)');
  await expect(row).toContainText('Qaynona va kelin oʻrtasida');
  await expect(row).toContainText('Ayol, 34');
  await shot(page, 'appeals-03-list');
  // The whole register fits the office PC and the small laptop: the help chips are not cut off.
  await atOfficeWidths(page, () => expectNoSidewaysScroll(page.locator('main .MuiTableContainer-root'), 'appeals register'));
  await row.click();
  const details = page.getByRole('dialog', { name: `Murojaat ${code}` });
  await expect(details).toContainText('Psixologik');
  await expect(details).toContainText('Huquqiy');
  await shot(page, 'appeals-04-details');
});

test('the statistics of a period, as charts and as the agency’s PDF', async ({ page, komak }) => {
  // A register of 400 appeals imported through the command line, counted independently.
  const { csv, expected, rows } = generateRegister({
    seed: 8,
    count: 400,
    firstDay: '2025-12-01',
    days: 330,
    from: '2026-01-01',
    to: '2026-08-31',
  });
  const iso = (d: string) => (d.includes('.') ? `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}` : d);
  const march = rows.filter((r) => iso(r[0]!) >= '2026-03-01' && iso(r[0]!) <= '2026-03-31').length;
  const file = join(komak.dir, 'register.csv');
  writeFileSync(file, csv);
  execFileSync(process.execPath, [join(ROOT, 'bin', 'komak.cjs'), 'import', 'appeals', file, '--db', komak.dbFile], {
    env: { ...process.env, KOMAK_USER: MANAGER.username, KOMAK_PASSWORD: MANAGER.password },
  });
  const appeals = new AppealsPage(page);
  await new ShellPage(page).open('appeals');
  await appeals.openTab('stats');
  await page.getByRole('button', { name: 'Yanvar–avgust' }).click();
  await expect(page.locator('input[name="from"]')).toHaveValue('01.01.2026');
  await expect(page.getByRole('heading', { level: 2, name: '01.01.2026 – 31.08.2026' })).toBeVisible();
  await expect(appeals.figure('Jami murojaatlar')).toContainText(String(expected.total));
  const types = appeals.panel('Zoʻravonlik turi');
  for (const [key, count] of Object.entries(expected.byViolenceType))
    await expect(types.locator(`[data-key="${key}"]`)).toContainText(String(count));
  const regions = appeals.panel('Hududlar boʻyicha');
  await expect(regions.getByRole('listitem')).toHaveCount(14);
  await expect(regions.locator('[data-key="1735"]')).toContainText(String(expected.byRegion['1735']));
  await shot(page, 'appeals-05-stats');
  // A period typed by hand, DD.MM.YYYY: the first and the last day are counted.
  await page.locator('input[name="from"]').fill('01.03.2026');
  await page.locator('input[name="to"]').fill('31.03.2026');
  await page.getByRole('button', { name: 'Koʻrsatish' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '01.03.2026 – 31.03.2026' })).toBeVisible();
  await expect(appeals.figure('Jami murojaatlar')).toContainText(String(march));
  await page.getByRole('button', { name: 'Yanvar–avgust' }).click();
  await shot(page, 'appeals-06-stats-full', true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF yuklab olish' }).click()]);
  expect(download.suggestedFilename()).toBe('appeals-statistics_2026-01-01_2026-08-31_uz.pdf');
  const pdf = test.info().outputPath('stats.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Murojaatlar statistikasi');
  expect(text.replace(/\s+/g, ' ')).toContain(`Jami murojaatlar ${expected.total}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, test.info().outputPath('appeals-07-pdf')]);
});

test('a register kept in Excel: every bad row is shown, then the corrected file is imported', async ({ page, komak }) => {
  const appeals = new AppealsPage(page);
  await new ShellPage(page).open('appeals');
  await appeals.openTab('import');
  const header = 'appeal_date,channel,applicant,region,violence_type,place,relationship,age,code,notes';
  const bad = join(komak.dir, 'bad.csv');
  writeFileSync(
    bad,
    `${header}\n05.01.2026,hotline,woman,1703,physical,domestic,spouses,30,,\n2026-01-06,phone,woman,1799,physical,workplace,spouses,,,\n`,
  );
  await page.locator('input[type="file"]').setInputFiles(bad);
  await expect(page.getByText('3 ta xato — hech narsa yozilmadi.', { exact: false })).toBeVisible();
  const problems = page.getByRole('row');
  await expect(problems.filter({ hasText: '«phone» — notoʻgʻri kod' })).toContainText('channel');
  await expect(problems.filter({ hasText: '«1799»' })).toContainText('region');
  await expect(problems.filter({ hasText: 'Bu munosabat tanlangan joyga mos emas.' })).toContainText('relationship');
  await expect(page.getByRole('button', { name: 'Import qilish' })).toBeDisabled();
  await shot(page, 'appeals-08-import-errors');
  const good = join(komak.dir, 'good.csv');
  writeFileSync(
    good,
    `${header}\n05.01.2026,hotline,woman,1703,physical,domestic,spouses,30,,\n2026-01-06,walk_in,woman,1735,physical,workplace,coworkers,,,\n`,
  );
  await page.locator('input[type="file"]').setInputFiles(good);
  await expect(page.getByText('2 ta qator xatosiz.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Import qilish' }).click();
  await expect(page.getByText('2 ta murojaat import qilindi (A-2026-00001 … A-2026-00002).')).toBeVisible();
  await appeals.openTab('list');
  await expect(appeals.row('A-2026-00002')).toContainText('Qoraqalpogʻiston Respublikasi');
});

test.describe('a trafficking shelter, in Russian', () => {
  test.use({
    facility: {
      kind: 'trafficking_shelter',
      name: 'Qashqadaryo viloyati odam savdosi qurbonlarini reabilitatsiya qilish markazi',
      region: '1710',
      district: '1710207',
      address: 'Qarshi shahri, Mustaqillik koʻchasi 3',
      capacity: 10,
      lang: 'ru',
    },
  });

  test('records exploitation and country, and shows the shelter’s own statistics', async ({ page }) => {
    const appeals = new AppealsPage(page);
    await new ShellPage(page).open('appeals');
    const form = page.getByRole('form', { name: 'Новое обращение' });
    await expect(form).toBeVisible();
    await form.getByRole('radio', { name: 'Мужчина', exact: true }).check();
    await form.locator('select[name="exploitationType"]').selectOption('labour');
    await form.locator('select[name="country"]').selectOption('RU');
    await form.getByRole('radio', { name: 'По направлению' }).check();
    await form.locator('select[name="referredBy"]').selectOption('consulate');
    await shot(page, 'appeals-09-shelter-form');
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByText('сохранено', { exact: false })).toBeVisible();
    await appeals.openTab('stats');
    await expect(appeals.figure('Всего обращений')).toContainText('1');
    await expect(appeals.panel('Вид эксплуатации').locator('[data-key="labour"]')).toContainText('100,0');
    await expect(appeals.panel('Страна эксплуатации')).toContainText('Россия');
    await expect(appeals.panel('Кто направил').locator('[data-key="consulate"]')).toContainText('1');
    await shot(page, 'appeals-10-shelter-stats', true);
  });
});
