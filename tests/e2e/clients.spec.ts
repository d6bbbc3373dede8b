import type { Page } from '@playwright/test';
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { ShellPage } from './pages/ShellPage';
import { ClientsPage } from './pages/ClientsPage';

async function signIn(page: Page, username = MANAGER.username, password = MANAGER.password) {
  await page.goto('/');
  await new SignInPage(page).signIn(username, password);
  await expect(page.getByRole('navigation')).toBeVisible();
}

test.describe('family-type home', () => {
  test.use({ facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 } });

  test('set up rooms, register and admit a child through the UI, and place her on the bed board', async ({ page }) => {
    const clients = new ClientsPage(page);
    await signIn(page);

    // Rooms with beds, from the bed board's empty state.
    await new ShellPage(page).open('beds');
    await expect(page.getByRole('heading', { name: 'Hali xonalar yoʻq' })).toBeVisible();
    await page.getByRole('link', { name: 'Xonalar va guruhlar' }).first().click();
    for (const [name, beds] of [
      ['1-xona', 'A, B, C'],
      ['2-xona', 'A, B'],
    ]) {
      await page.getByRole('button', { name: 'Xona qoʻshish' }).click();
      await clients.field('name').fill(name!);
      await clients.field('beds').fill(beds!);
      await clients.dialog().getByRole('button', { name: 'Qoʻshish' }).click();
      await expect(page.getByRole('row', { name: new RegExp(name!) })).toBeVisible();
    }
    await shot(page, '00-rooms');

    // Register: the code is given on saving.
    await clients.openList();
    clients.beforeSave = () => shot(page, '00-client-form');
    await clients.register({
      lastName: 'Oʻrinboyeva',
      firstName: 'Malika',
      middleName: 'Sardorovna',
      birthDate: '12.03.2016',
      sex: 'Ayol',
    });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('C-2026-0001');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Oʻrinboyeva Malika Sardorovna');

    // Admit without a bed first, as happens at night; the bed board then offers her a bed.
    await page.getByRole('button', { name: 'Qabul qilish' }).click();
    await expect(clients.dialog()).toBeVisible();
    await clients.choose('Kim yoʻllagan', 'Vasiylik va homiylik organi');
    await clients.field('referralDocument').fill('Qaror № 14, 20.11.2026');
    // A date left empty is named under its own field, and nothing is admitted.
    const admittedOn = clients.field('admittedOn');
    const today = await admittedOn.inputValue();
    await admittedOn.fill('');
    await clients.dialog().getByRole('button', { name: 'Qabul qilish' }).click();
    await expect(clients.dialog().getByText('Sanani KK.OO.YYYY koʻrinishida kiriting.')).toBeVisible();
    await expect(admittedOn).toHaveAttribute('aria-invalid', 'true');
    await admittedOn.fill(today);
    await shot(page, '01-admit-dialog');
    await clients.dialog().getByRole('button', { name: 'Qabul qilish' }).click();
    await expect(clients.dialog()).toBeHidden();
    await expect(page.getByText('Joy berilmagan').first()).toBeVisible();

    await new ShellPage(page).open('beds');
    const chip = page.getByTestId('occupant').filter({ hasText: 'C-2026-0001' });
    await chip.click();
    await expect(page.getByText('Oʻrinboyeva Malika Sardorovna uchun boʻsh oʻrinni tanlang')).toBeVisible();
    await page.getByTestId('board-room').filter({ hasText: '2-xona' }).locator('[data-bed="B"]').click();
    await expect(clients.dialog()).toBeVisible();
    await clients.dialog().getByRole('button', { name: 'Koʻchirish' }).click();
    await expect(clients.dialog()).toBeHidden();
    const bed = page.getByTestId('board-room').filter({ hasText: '2-xona' }).locator('[data-bed="B"]');
    await expect(bed).toHaveAttribute('data-state', 'occupied');
    await expect(bed).toContainText('Oʻrinboyeva Malika Sardorovna');
    await expect(page.getByTestId('occupancy')).toHaveText('1 / 9');

    // A few more residents, one away in hospital, so the board shows every state.
    const more = [
      { lastName: 'Ғайратов', firstName: 'Жасур', sex: 'M', bed: ['1-xona', 'A'] },
      { lastName: 'Karimov', firstName: 'Sardor', sex: 'M', bed: ['1-xona', 'B'] },
      { lastName: 'Yusupova', firstName: 'Nilufar', sex: 'F', bed: ['2-xona', 'A'] },
    ];
    const board = await clients.api<{ rooms: { name: string; beds: { id: number; label: string }[] }[] }>('beds.board', {});
    for (const p of more) {
      const c = await clients.api<{ id: number }>('clients.create', {
        lastName: p.lastName,
        firstName: p.firstName,
        birthDate: '2015-06-01',
        sex: p.sex,
      });
      const bedId = board.rooms.find((r) => r.name === p.bed[0])!.beds.find((b) => b.label === p.bed[1])!.id;
      await clients.api('stays.admit', { clientId: c.id, admittedOn: '2026-11-01', referralSource: 'inson_center', bedId });
      if (p.lastName === 'Karimov') await clients.api('stays.startAbsence', { clientId: c.id, fromDate: '2026-11-20', reason: 'hospital' });
    }
    await page.reload();
    await expect(page.getByTestId('occupancy')).toHaveText('4 / 9');
    // A screen reader hears a meter with its reading, not a bar that is "loading".
    await expect(page.getByRole('meter', { name: 'Bandlik' })).toHaveAttribute('aria-valuetext', '4 / 9 oʻrin band');
    await expect(page.getByTestId('board-room').filter({ hasText: '1-xona' }).locator('[data-bed="B"]')).toHaveAttribute(
      'data-state',
      'held',
    );
    await shot(page, '02-bed-board');

    // The manager's home: occupancy against capacity, arrivals this week.
    await new ShellPage(page).open('home');
    await expect(page.getByTestId('manager-summary')).toContainText('4 / 9 oʻrin band');
    const summary = page.getByTestId('manager-summary');
    await expect(summary.getByRole('meter', { name: 'Bugungi bandlik' })).toHaveAttribute('aria-valuetext', '4 / 9 oʻrin band');
    await expect(summary.getByRole('meter', { name: '1-xona' })).toHaveAttribute('aria-valuetext', /^2 \/ \d+ oʻrin band$/);
    await expect(summary.getByRole('progressbar')).toHaveCount(0);
    await shot(page, '03-home-summary', true);
  });

  test('search in Latin finds a name typed with oʻ, and in Cyrillic too; the client page shows details, timeline, documents', async ({
    page,
  }) => {
    const clients = new ClientsPage(page);
    await signIn(page);
    const rooms = await clients.api<{ beds: { id: number }[] }>('rooms.create', {
      name: '1-xona',
      floor: 1,
      kind: 'bedroom',
      beds: ['A', 'B'],
    });
    const seed = [
      {
        lastName: 'Oʻrinboyeva',
        firstName: 'Shahnoza',
        middleName: 'Botir qizi',
        birthDate: '2014-09-03',
        sex: 'F',
        pinfl: '61009140123456',
      },
      { lastName: 'Ўринбоев', firstName: 'Жасур', birthDate: '2013-02-11', sex: 'M' },
      { lastName: 'Gʻaniyev', firstName: 'Oybek', birthDate: '2016-12-30', sex: 'M' },
      { lastName: 'Karimova', firstName: 'Dildora', birthDate: '2017-05-21', sex: 'F' },
    ];
    const ids: number[] = [];
    for (const s of seed)
      ids.push(
        (await clients.api<{ id: number }>('clients.create', { ...s, diagnoses: [{ name: 'Temir tanqisligi anemiyasi', icd10: 'D50' }] }))
          .id,
      );
    await clients.api('stays.admit', {
      clientId: ids[0],
      admittedOn: '2026-10-01',
      referralSource: 'guardianship',
      reason: 'Ota-ona qaramogʻidan mahrum',
      bedId: rooms.beds[0]!.id,
    });
    await clients.api('stays.transfer', { clientId: ids[0], date: '2026-11-05', bedId: rooms.beds[1]!.id, note: 'Deraza yonidagi oʻrin' });
    await clients.api('documents.add', {
      clientId: ids[0],
      type: 'birth_certificate',
      number: 'I-TN 1234567',
      issuedOn: '2014-09-20',
      expiresOn: '2026-12-01',
      fileName: 'guvohnoma.pdf',
      mime: 'application/pdf',
      contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });

    await clients.api('waitingList.add', { clientId: ids[2], appliedOn: '2026-11-10', priority: 'urgent', note: 'Vasiylik organi xati' });
    await clients.api('waitingList.add', { clientId: ids[3], appliedOn: '2026-11-02', priority: 'normal', expectedOn: '2026-11-25' });
    await page.goto('/clients/waiting');
    await expect(page.getByTestId('waiting-row')).toHaveCount(2);
    await expect(page.getByTestId('waiting-row').first()).toContainText('Gʻaniyev Oybek');
    await shot(page, '03a-waiting-list');

    await clients.openList();
    await expect(clients.rows()).toHaveCount(4);
    await clients.search().fill("o'rinboy");
    await expect(clients.rows()).toHaveCount(2);
    await expect(clients.rows().nth(0)).toContainText('Oʻrinboyeva Shahnoza');
    await expect(clients.rows().nth(1)).toContainText('Ўринбоев Жасур');
    await clients.search().fill('orinboyeva');
    await expect(clients.rows()).toHaveCount(1);
    await clients.search().fill('ганиев');
    await expect(clients.rows()).toHaveCount(1);
    await expect(clients.rows().first()).toContainText('Gʻaniyev Oybek');
    await clients.search().fill('');
    await expect(clients.rows()).toHaveCount(4);
    await shot(page, '04-client-list');

    await clients.rows().first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Oʻrinboyeva Shahnoza Botir qizi');
    await shot(page, '05-client-page', true);
    await page.getByRole('tab', { name: 'Tarix' }).click();
    await expect(page.getByText('Joylashtirildi: 1-xona, B-oʻrin')).toBeVisible();
    await shot(page, '06-client-timeline');
    await page.getByRole('tab', { name: 'Hujjatlar' }).click();
    await expect(page.getByRole('cell', { name: 'Tugʻilganlik haqida guvohnoma' })).toBeVisible();
    await expect(page.getByText('Muddati tugayapti')).toBeVisible();
    await shot(page, '07-client-documents');
  });
});

test.describe('women’s center', () => {
  test.use({ facility: { kind: 'women_center', name: 'Toshkent shahar ayollar reabilitatsiya markazi', capacity: 10 } });

  test('a caregiver sees codes with a lock instead of names, and cannot find a name by searching', async ({ page }) => {
    const clients = new ClientsPage(page);
    await signIn(page);
    const mother = await clients.api<{ id: number }>('clients.create', {
      lastName: 'Yusupova',
      firstName: 'Maftuna',
      birthDate: '1992-04-12',
      sex: 'F',
      notes: 'Maxfiy',
    });
    const child = await clients.api<{ id: number }>('clients.create', {
      lastName: 'Yusupov',
      firstName: 'Ali',
      birthDate: '2021-01-05',
      sex: 'M',
      motherId: mother.id,
    });
    const room = await clients.api<{ beds: { id: number }[] }>('rooms.create', {
      name: 'Ona-bola 1',
      floor: 2,
      kind: 'mother_and_child',
      beds: ['1', '2'],
    });
    await clients.api('rooms.create', { name: '3-xona', floor: 2, kind: 'bedroom', beds: ['1', '2', '3'] });
    await clients.api('stays.admit', {
      clientId: mother.id,
      admittedOn: '2026-11-20',
      referralSource: 'hotline',
      bedId: room.beds[0]!.id,
      children: [{ clientId: child.id }],
    });
    await page.goto('/beds');
    await expect(page.getByTestId('board-room').filter({ hasText: 'Ona-bola 1' })).toContainText('Onasi bilan');
    await shot(page, '07a-women-center-board');
    await clients.api('users.create', {
      username: 'tarbiyachi',
      fullName: 'Aliyeva Zulfiya',
      role: 'caregiver',
      password: 'Tarbiya-2026',
      lang: 'uz',
    });
    await clients.openList();
    await expect(clients.rows().first()).toContainText('Yusupova Maftuna');
    await new ShellPage(page).signOut();

    await signIn(page, 'tarbiyachi', 'Tarbiya-2026');
    await clients.openList();
    await expect(clients.rows().first()).toContainText('W-2026-0001');
    await expect(clients.rows().first().getByTestId('name-hidden')).toBeVisible();
    await expect(clients.rows()).toHaveCount(2);
    await expect(page.getByText('Yusupova')).toHaveCount(0);
    await clients.search().fill('yusupova');
    await expect(page.getByText('Hech kim topilmadi.', { exact: false })).toBeVisible();
    await clients.search().fill('W-2026-0001');
    await expect(clients.rows()).toHaveCount(1);
    await shot(page, '08-caregiver-list-hidden-names');
    await clients.rows().first().click();
    await expect(page.getByText('Bu maʼlumot sizning rolingiz uchun yashirin.').first()).toBeVisible();
    await expect(page.getByText('Maxfiy')).toHaveCount(0);
    await shot(page, '09-caregiver-client-page');
    // The waiting list and registration are not hers: no button to them, and typed in, they say so instead of a blank page.
    await clients.openList();
    await expect(page.getByRole('link', { name: 'Navbat' })).toHaveCount(0);
    for (const path of ['/clients/waiting', '/clients/new', '/clients/documents']) {
      await page.evaluate((p) => {
        window.history.pushState({}, '', p);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await expect(page.getByRole('heading', { name: 'Bu boʻlim sizning rolingiz uchun emas' })).toBeVisible();
    }
  });
});

test.describe('day care', () => {
  test.use({ facility: { kind: 'day_care', capacity: 9 } });

  test('import a register: every error listed first, nothing imported; the fixed file imports once', async ({ page }) => {
    const clients = new ClientsPage(page);
    await signIn(page);
    await clients.api('groups.create', { name: 'Quyoshcha', places: 9 });
    await page.goto('/clients/import');
    const header = 'client_code,last_name,first_name,middle_name,birth_date,sex,pinfl,admitted_on,room,bed,group';
    const bad = [
      header,
      ',Rahimova,Zuhra,,05.04.2019,F,,2026-09-01,,,Quyoshcha',
      ',Soliyev,,,2020-13-01,X,123,,,,',
      ',Nazarov,Aziz,,2018-02-02,M,,2026-09-01,,,Yoʻq guruh',
    ].join('\n');
    await page.getByTestId('import-file').setInputFiles({ name: 'reestr.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect(page.getByTestId('import-message')).toContainText('Hech narsa import qilinmadi: 5 ta xato topildi.');
    await expect(page.getByTestId('import-error')).toHaveCount(5);
    await shot(page, '10-import-errors', true);

    const good = [
      header,
      ',Rahimova,Zuhra,,05.04.2019,F,,2026-09-01,,,Quyoshcha',
      ',Soliyev,Bobur,,2020-01-13,M,,2026-09-01,,,Quyoshcha',
    ].join('\n');
    await page.getByTestId('import-file').setInputFiles({ name: 'reestr.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect(page.getByTestId('import-message')).toContainText('Import qilishga tayyor: 2 ta yangi mijoz');
    await page.getByRole('button', { name: '2 ta xizmat oluvchini import qilish' }).click();
    await expect(page.getByText('Yaratilgan mijozlar: 2.')).toBeVisible();
    await page.getByTestId('import-file').setInputFiles({ name: 'reestr.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect(page.getByTestId('import-message')).toContainText('reyestrda allaqachon bor 2 tasi');
    await new ShellPage(page).open('beds');
    await expect(page.getByTestId('board-group')).toContainText('2 / 9 joy');
    await shot(page, '11-group-board');
  });
});
