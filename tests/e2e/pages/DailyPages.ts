import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { MANAGER } from '../fixtures';

/** Switches the signed-in user of the page to Russian and reloads (screenshots in both languages). */
export async function inRussian(page: Page): Promise<void> {
  expect((await page.request.post('/api/auth.setLanguage', { data: { lang: 'ru' } })).ok()).toBe(true);
  await page.reload();
}

/** Calls the backend over HTTP as whoever signed in on `request` (its own cookie jar). */
export async function api<T = unknown>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input, headers: { 'Content-Type': 'application/json' } });
  const body = (await r.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.data as T;
}

const tashkent = (d: Date) => new Date(d.getTime() + 5 * 3600_000).toISOString();

export interface DayCareSeed {
  caregiver: { username: string; password: string };
  children: { id: number; code: string; name: string }[];
  medicine: string;
}

export const CHILDREN = [
  ['Karimov', 'Aziz', 'Rustamovich', 'M', 'Karimova Dilfuza (onasi)'],
  ['Rahimova', 'Madina', 'Sherzodovna', 'F', 'Rahimov Sherzod (otasi)'],
  ['Oʻrinboyev', 'Sardor', 'Alisherovich', 'M', 'Oʻrinboyeva Lola (onasi)'],
  ['Yusupova', 'Nilufar', 'Bahodirovna', 'F', 'Yusupova Gulnora (onasi)'],
  ['Toshmatov', 'Jasur', 'Olimovich', 'M', 'Toshmatova Feruza (onasi)'],
  ['Abdullayeva', 'Zarina', 'Farxodovna', 'F', 'Abdullayev Farxod (otasi)'],
] as const;

/** A day care with one group of six children, its caregiver, and a dose due now for the first child. */
export async function seedDayCare(request: APIRequestContext): Promise<DayCareSeed> {
  await api(request, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const group = await api<{ id: number }>(request, 'groups.create', { name: 'Quyoshcha', places: 9 });
  const caregiver = { username: 'zulfiya', password: 'Zulfiya-2026' };
  const user = await api<{ id: number }>(request, 'users.create', {
    username: caregiver.username,
    fullName: 'Rahimova Zulfiya Karimovna',
    role: 'caregiver',
    password: caregiver.password,
    lang: 'uz',
  });
  await api(request, 'groups.setStaff', { groupId: group.id, userIds: [user.id] });
  const now = new Date();
  const weekAgo = tashkent(new Date(now.getTime() - 7 * 86_400_000)).slice(0, 10);
  const children = [];
  for (const [i, [last, first, middle, sex, parent]] of CHILDREN.entries()) {
    const c = await api<{ id: number; code: string }>(request, 'clients.create', {
      lastName: last,
      firstName: first,
      middleName: middle,
      sex,
      birthDate: ['2019-03-14', '2018-07-02', '2020-01-25', '2017-11-09', '2019-05-30', '2018-09-17'][i],
      representatives: [{ kind: 'parent', fullName: parent.replace(/ \(.*$/, ''), relation: parent.match(/\((.*)\)/)![1] }],
    });
    await api(request, 'stays.admit', {
      clientId: c.id,
      admittedOn: weekAgo,
      referralSource: 'inson_center',
      groupId: group.id,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      plannedFrom: '08:00',
      plannedTo: '17:00',
    });
    children.push({ id: c.id, code: c.code, name: `${last} ${first}` });
  }
  // A scheduled dose a quarter of an hour ago: due now, not yet late.
  const time = tashkent(new Date(now.getTime() - 15 * 60_000)).slice(11, 16);
  await api(request, 'medication.prescribe', {
    clientId: children[0]!.id,
    medicine: 'Depakin',
    dose: '250 mg',
    route: 'oral',
    times: [time],
    startDate: weekAgo,
    prescriber: 'Dr. Aliyeva, nevrolog',
    instructions: 'Ovqatdan keyin',
  });
  return { caregiver, children, medicine: 'Depakin' };
}

/** Counts every tap of a scenario, so the test can hold it to a budget. */
export class Taps {
  count = 0;
  readonly log: string[] = [];
  async tap(target: Locator, what: string): Promise<void> {
    await expect(target).toBeVisible();
    await target.tap();
    this.count += 1;
    this.log.push(what);
  }
}

export class AttendanceSheetPage {
  constructor(readonly page: Page) {}
  card(code: string) {
    return this.page.locator(`[data-testid="child-card"][data-client="${code}"]`);
  }
  tapArea(code: string) {
    return this.card(code).locator('.MuiCardActionArea-root');
  }
  count() {
    return this.page.getByText(/kelgan · \d+ kutilmoqda/);
  }
}

export const RESIDENTS = [
  ['Qodirova', 'Sevara', 'Ilhomovna', 'F', '2014-04-02'],
  ['Nazarov', 'Bekzod', 'Umidovich', 'M', '2012-10-19'],
  ['Ergasheva', 'Dildora', 'Anvarovna', 'F', '2016-06-07'],
] as const;

/** A family-type home: one room of three residents, the caregiver who works there, a PRN medicine. */
export async function seedHome(request: APIRequestContext) {
  await api(request, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const room = await api<{ id: number; beds: { id: number }[] }>(request, 'rooms.create', {
    name: 'Quyosh xonasi',
    floor: 2,
    kind: 'bedroom',
    beds: ['1', '2', '3'],
  });
  const caregiver = { username: 'malika', password: 'Malika-2026' };
  const user = await api<{ id: number }>(request, 'users.create', {
    username: caregiver.username,
    fullName: 'Xolmatova Malika Baxtiyorovna',
    role: 'caregiver',
    password: caregiver.password,
    lang: 'uz',
  });
  await api(request, 'rooms.setStaff', { roomId: room.id, userIds: [user.id] });
  const weekAgo = tashkent(new Date(Date.now() - 7 * 86_400_000)).slice(0, 10);
  const residents = [];
  for (const [i, [last, first, middle, sex, birthDate]] of RESIDENTS.entries()) {
    const c = await api<{ id: number; code: string }>(request, 'clients.create', {
      lastName: last,
      firstName: first,
      middleName: middle,
      sex,
      birthDate,
    });
    await api(request, 'stays.admit', { clientId: c.id, admittedOn: weekAgo, referralSource: 'guardianship', bedId: room.beds[i]!.id });
    residents.push({ id: c.id, code: c.code, first });
  }
  await api(request, 'medication.prescribe', {
    clientId: residents[0]!.id,
    medicine: 'Paratsetamol',
    dose: '250 mg',
    route: 'oral',
    startDate: weekAgo,
    prescriber: 'Dr. Aliyeva',
    prn: true,
    prnReasonHint: 'Harorat 38 °C dan yuqori',
    prnMaxPerDay: 3,
  });
  return { caregiver, residents, roomId: room.id };
}
