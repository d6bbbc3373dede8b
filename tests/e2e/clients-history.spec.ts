// The register over time on the tablet (1024×768, touch): the bed board of an earlier day, and a
// former resident put on the waiting list again from her page.
import { test, expect, shot, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { api, inRussian } from './pages/DailyPages';
import { formatDate } from '../../electron/contract/format';

const tashkentDay = (daysAgo: number) => new Date(Date.now() + 5 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

test.use({
  facility: { kind: 'family_home', name: 'Chilonzor oila turidagi bolalar uyi', district: '1726294', capacity: 9 },
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
});

test('the bed board of an earlier day, and a discharged child applying again from her page', async ({ page, request }) => {
  await api(request, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const room = await api<{ id: number; beds: { id: number; label: string }[] }>(request, 'rooms.create', {
    name: 'Quyosh xonasi',
    floor: 1,
    kind: 'bedroom',
    beds: ['A', 'B'],
  });
  const people = [];
  for (const [i, [last, first]] of [
    ['Qodirova', 'Sevara'],
    ['Nazarov', 'Bekzod'],
  ].entries()) {
    const c = await api<{ id: number; code: string }>(request, 'clients.create', {
      lastName: last,
      firstName: first,
      sex: i ? 'M' : 'F',
      birthDate: '2014-04-02',
    });
    await api(request, 'stays.admit', {
      clientId: c.id,
      admittedOn: tashkentDay(20),
      referralSource: 'guardianship',
      bedId: room.beds[i]!.id,
    });
    people.push(c);
  }
  const bekzod = people[1]!;
  await api(request, 'stays.discharge', { clientId: bekzod.id, dischargedOn: tashkentDay(3), destination: 'own_family' });

  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: /Xayrli kun/ })).toBeVisible();

  // Today bed B is free; a week ago Bekzod slept there.
  await page.goto('/beds');
  await expect(page.getByTestId('occupancy')).toContainText('1');
  await page.getByRole('textbox', { name: 'Kun' }).fill(formatDate(tashkentDay(7)));
  await expect(page.getByTestId('board-past')).toContainText('Joylashtirish faqat bugun uchun');
  await expect(page.getByTestId('board-room')).toContainText('Nazarov Bekzod');
  await shot(page, '01-board-past-uz');
  await page.getByRole('button', { name: 'Bugun' }).tap();
  await expect(page.getByTestId('board-room')).not.toContainText('Nazarov Bekzod');

  // From his page: on the waiting list again, only the application asked; a wrong date is named.
  await page.goto(`/clients/${bekzod.id}`);
  await page.getByRole('link', { name: 'Navbatga qoʻyish' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Navbatga qayta qoʻyish' });
  await expect(dialog.getByTestId('waiting-existing')).toContainText(bekzod.code);
  await expect(dialog.getByLabel('Familiya')).toHaveCount(0);
  const applied = dialog.getByRole('textbox', { name: /Ariza sanasi/ });
  await applied.fill('31.02.2026');
  await dialog.getByRole('button', { name: 'Navbatga qoʻshish' }).tap();
  await expect(dialog).toContainText(/sana/i);
  await applied.fill(formatDate(tashkentDay(0)));
  await shot(page, '02-apply-again-uz');
  await dialog.getByRole('button', { name: 'Navbatga qoʻshish' }).tap();
  await expect(page.getByTestId('waiting-row')).toContainText(bekzod.code);
  await shot(page, '03-waiting-list-uz');

  await inRussian(page);
  await page.goto('/beds');
  await page.getByRole('button', { name: 'Предыдущий день' }).tap();
  await expect(page.getByTestId('board-past')).toContainText('Размещать можно только сегодня');
  await shot(page, '04-board-past-ru');
  await page.goto(`/clients/${bekzod.id}`);
  await expect(page.getByRole('link', { name: 'Поставить в очередь' })).toBeVisible();
  await shot(page, '05-client-page-ru');
});
