// A women's center on the tablet (1024×768, touch): the caregiver reads the routine of the shift and
// the handover about a survivor, never the narrative her assigned worker wrote.
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { api, inRussian } from './pages/DailyPages';

test.use({
  facility: { kind: 'women_center', name: 'Toshkent shahar ayollarni reabilitatsiya qilish markazi', district: '1726294', capacity: 10 },
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
});

test('the caregiver sees chips and handover, a lock where the narrative is kept from her', async ({ page, request }) => {
  await api(request, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const room = await api<{ id: number; beds: { id: number }[] }>(request, 'rooms.create', {
    name: 'Yashil xona',
    floor: 1,
    kind: 'bedroom',
    beds: ['1'],
  });
  const users: Record<string, number> = {};
  for (const [username, fullName, role] of [
    ['nodira', 'Saidova Nodira Alisherovna', 'social_worker'],
    ['malika', 'Xolmatova Malika Baxtiyorovna', 'caregiver'],
  ] as const)
    users[username] = (
      await api<{ id: number }>(request, 'users.create', {
        username,
        fullName,
        role,
        password: `${username[0]!.toUpperCase()}${username.slice(1)}-2026`,
        lang: 'uz',
      })
    ).id;
  await api(request, 'rooms.setStaff', { roomId: room.id, userIds: [users.malika] });
  const woman = await api<{ id: number; code: string }>(request, 'clients.create', {
    lastName: 'Rahimova',
    firstName: 'Gulnora',
    sex: 'F',
    birthDate: '1994-03-12',
  });
  const today = new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
  await api(request, 'stays.admit', { clientId: woman.id, admittedOn: today, referralSource: 'inson_center', bedId: room.beds[0]!.id });
  await api(request, 'clients.assignWorker', { clientId: woman.id, userId: users.nodira });

  // Her assigned worker writes the journal.
  await api(request, 'auth.signIn', { username: 'nodira', password: 'Nodira-2026' });
  await api(request, 'careLog.add', {
    clientId: woman.id,
    category: 'meal',
    value: 'ate_little',
    details: { meal: 'breakfast' },
    text: 'Eri haqida gapirib yigʻladi',
  });
  await api(request, 'careLog.add', { clientId: woman.id, category: 'mood', value: 'anxious', text: 'Tahdidli xabar oldi' });
  await api(request, 'careLog.add', { clientId: woman.id, category: 'note', text: 'Kechasi xabar oling', forHandover: true });

  await page.goto('/');
  await new SignInPage(page).signIn('malika', 'Malika-2026');
  await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();
  await page.goto('/care-log');
  await page.locator(`li[data-client="${woman.code}"] button`).tap();
  const entries = page.getByTestId('quick-entry').locator('[data-entry]');
  await expect(entries).toHaveCount(3);
  await expect(entries.filter({ hasText: 'Ozgina yedi' })).toContainText('Qolganini faqat rahbar va masʼul xodim koʻradi');
  await expect(entries.filter({ hasText: 'Kechasi xabar oling' })).toHaveCount(1);
  await expect(page.getByText('Eri haqida')).toHaveCount(0);
  await expect(page.getByText('Tahdidli')).toHaveCount(0);
  await entries.last().scrollIntoViewIfNeeded();
  await shot(page, '01-journal-caregiver-uz');

  // Her own entry, in full, on her shift's page.
  await page.getByTestId('quick-entry').getByRole('button', { name: 'Yaxshi uxladi' }).tap();
  await expect(entries).toHaveCount(4);
  await page.getByRole('tab', { name: 'Mening smenam' }).tap();
  await expect(page.getByTestId('shift-summary')).toContainText('1 ta yozuv, 1 kishi haqida');
  await expect(page.locator('[data-entry]')).toContainText('Yaxshi uxladi');
  await shot(page, '02-my-shift-uz');
  await page.getByRole('tab', { name: 'Jurnal' }).tap();

  await inRussian(page);
  await page.locator(`li[data-client="${woman.code}"] button`).tap();
  await expect(page.getByTestId('quick-entry')).toContainText('Остальное видят только руководитель и ответственный работник');
  await page.getByTestId('quick-entry').locator('[data-entry]').last().scrollIntoViewIfNeeded();
  await shot(page, '03-journal-caregiver-ru');
});
