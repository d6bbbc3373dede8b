import { test, expect, shot } from './fixtures';
import { SetupWizardPage } from './pages/SetupWizardPage';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { UsersSettingsPage } from './pages/UsersSettingsPage';

const ALL_AREAS = ['home', 'clients', 'beds', 'plans', 'attendance', 'careLog', 'billing', 'reports', 'settings'];
const CAREGIVER_AREAS = ['home', 'clients', 'beds', 'plans', 'attendance', 'careLog'];

test('first run in Uzbek → sign in → Русский and back → create a caregiver → the caregiver sees only her areas', async ({ page }) => {
  const wizard = new SetupWizardPage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);

  // A fresh database opens on the wizard, in Uzbek.
  await page.goto('/');
  await wizard.expectOpen();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz');
  await shot(page, '01-wizard-kind');
  await wizard.next();
  await expect(page.getByRole('alert')).toHaveText('Davom etish uchun muassasa turini tanlang.');
  await wizard.chooseKind('day_care');
  await wizard.next();

  // Details: an empty form says what is missing under each field.
  await expect(page.getByRole('heading', { level: 1, name: 'Muassasa maʼlumotlari' })).toBeVisible();
  await wizard.next();
  await expect(wizard.fieldMessage('name')).toHaveText('Toʻldirish shart.');
  await expect(wizard.fieldMessage('capacity')).toHaveText('Toʻldirish shart.');
  await wizard.field('stir').fill('12345');
  await wizard.next();
  await expect(wizard.fieldMessage('stir')).toHaveText('STIR 9 ta raqamdan iborat.');
  await shot(page, '02-wizard-details-errors');
  await wizard.fillDetails({
    name: 'Yunusobod tumani kunduzgi parvarish xizmati',
    region: 'Toshkent shahri',
    district: 'Yunusobod tumani',
    address: 'Bogʻishamol koʻchasi, 12-uy',
    capacity: '9',
    licenceNo: 'NASP-2026/114',
    stir: '305123456',
    phone: '+998 71 234 56 78',
  });
  await shot(page, '03-wizard-details');
  await wizard.next();

  // The first manager; passwords that differ are caught before anything is created.
  await expect(page.getByRole('heading', { level: 1, name: 'Rahbar hisobi' })).toBeVisible();
  await wizard.fillManager({
    fullName: 'Karimova Dilnoza Rustamovna',
    username: 'dilnoza',
    password: 'Bahor-2026-kuni',
    repeat: 'Bahor-2026',
  });
  await wizard.create();
  await expect(wizard.fieldMessage('repeat')).toHaveText('Parollar bir xil emas. Qaytadan kiriting.');
  await wizard.field('repeat').fill('Bahor-2026-kuni');
  await shot(page, '04-wizard-manager');
  await wizard.create();
  await wizard.expectDone();
  // The database is encrypted: its recovery key is shown once, as nine groups of four.
  expect(await wizard.recoveryKey()).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  await shot(page, '05-wizard-done');
  await wizard.goToSignIn();

  // Sign-in shows the facility and already knows the new manager's username.
  await signIn.expectOpen();
  await expect(page.getByTestId('signin-facility')).toHaveText('Yunusobod tumani kunduzgi parvarish xizmati');
  await expect(signIn.username()).toHaveValue('dilnoza');
  await signIn.password().fill('wrong-password');
  await signIn.password().press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Foydalanuvchi nomi yoki parol notoʻgʻri.');
  await shot(page, '06-sign-in-error');
  await signIn.signIn('dilnoza', 'Bahor-2026-kuni');

  // The manager's home: every area, facility and kind in the header.
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
  await expect(shell.facilityName()).toHaveText('Yunusobod tumani kunduzgi parvarish xizmati');
  await expect(page.getByRole('banner')).toContainText('Kunduzgi parvarish xizmati');
  expect(await shell.navAreas()).toEqual(ALL_AREAS);
  // A new facility starts with its first steps: details are in, staff and clients are still to come.
  const steps = page.getByRole('list', { name: 'Boshlash' });
  await expect(steps.getByRole('listitem')).toHaveCount(3);
  await expect(steps.getByRole('listitem').filter({ has: page.getByLabel('Hali bajarilmagan') })).toHaveCount(2);
  await shot(page, '07-home-manager');

  // Русский, remembered for this user across a reload, then back to Oʻzbekcha.
  await shell.switchLanguage('Русский');
  await expect(page.getByRole('heading', { level: 1, name: 'Добрый день, Dilnoza Rustamovna!' })).toBeVisible();
  await expect(shell.nav()).toContainText('Главная');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Добрый день, Dilnoza Rustamovna!' })).toBeVisible();
  await shot(page, '08-home-russian');
  await shell.switchLanguage('Oʻzbekcha');
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
  await expect(shell.nav()).toContainText('Bosh sahifa');

  // The register opens from the navigation — no dead link — before anyone is admitted.
  await shell.open('clients');
  await expect(page.getByRole('heading', { level: 1, name: 'Xizmat oluvchilar' })).toBeVisible();
  await shot(page, '09-clients-empty');

  // Settings → facility details.
  await shell.open('settings');
  await expect(page).toHaveURL(/\/settings\/facility$/);
  await expect(page.locator('input[name="name"]')).toHaveValue('Yunusobod tumani kunduzgi parvarish xizmati');
  await shot(page, '10-settings-facility');

  // Settings → users: create a caregiver. A taken username comes back from the backend under its field.
  const users = new UsersSettingsPage(page);
  await users.open();
  await users.startAdding();
  await users.fill({ fullName: 'Toʻxtayeva Nilufar Anvarovna', username: 'dilnoza', role: 'Tarbiyachi', password: 'Nilufar-parol-1' });
  await users.submit();
  await expect(users.dialog().locator('.MuiFormControl-root:has(input[name="username"]) .MuiFormHelperText-root')).toHaveText(
    'Bu foydalanuvchi nomi band.',
  );
  await shot(page, '11-users-create-error');
  await users.dialog().locator('input[name="username"]').fill('nilufar.t');
  await users.dialog().locator('input[name="password"]').fill('Nilufar-parol-1');
  await users.dialog().locator('input[name="repeat"]').fill('Nilufar-parol-1');
  await users.submit();
  await expect(users.dialog()).toBeHidden();
  await expect(users.row('nilufar.t')).toContainText('Tarbiyachi');
  await expect(users.row('nilufar.t')).toContainText('Faol');
  await shot(page, '12-users-list');

  // Sign out; the caregiver signs in and sees her areas only.
  await shell.signOut();
  await signIn.expectOpen();
  await signIn.signIn('nilufar.t', 'Nilufar-parol-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Nilufar Anvarovna!' })).toBeVisible();
  expect(await shell.navAreas()).toEqual(CAREGIVER_AREAS);
  await shot(page, '13-home-caregiver');

  // A page outside her role, opened by address, says so instead of showing it.
  await page.goto('/settings/users');
  await expect(page.getByRole('heading', { name: 'Bu boʻlim sizning rolingiz uchun emas' })).toBeVisible();
});
