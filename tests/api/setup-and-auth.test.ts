import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility, DAY_CARE, PASSWORD } from '../fixtures/backend';

let f: TestFacility;
afterEach(async () => f?.close());

describe('setup', () => {
  it('reports an empty database as not initialized, then initializes once', async () => {
    f = await TestFacility.create({ init: false });
    expect(await f.ok({}, 'setup.status', {})).toEqual({ initialized: false, locked: false, facility: null });
    await f.ok({}, 'setup.init', { facility: DAY_CARE, admin: { username: 'Manager', fullName: 'D. K.', password: PASSWORD, lang: 'uz' } });
    const status = await f.ok({}, 'setup.status', {});
    // Before sign-in only the name and kind are public: never the address.
    expect(status).toEqual({ initialized: true, locked: false, facility: { name: DAY_CARE.name, kind: 'day_care' } });
    const facility = await f.ok(await f.signIn(), 'facility.get', {});
    expect(facility.phone).toBe('+998712001122');
    // Yashnobod is a district of Tashkent city: the PP-41 coefficient applies.
    expect(facility.regionalCentre).toBe(true);
    const again = await f.call({}, 'setup.init', { facility: DAY_CARE, admin: { username: 'other', fullName: 'X', password: PASSWORD } });
    expect(again).toMatchObject({ ok: false, error: { code: 'already_initialized' } });
  });

  it('rejects bad facility details field by field, in the caller’s language, and writes nothing', async () => {
    f = await TestFacility.create({ init: false });
    const before = await f.rowCounts();
    const r = await f.call({ lang: 'ru' }, 'setup.init', {
      facility: { ...DAY_CARE, kind: 'hotel', capacity: 0, stir: '12', phone: '12345', regionSoato: 'x' },
      admin: { username: 'a', fullName: '', password: 'short' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.message).toMatch(/ошибки/);
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(
      [
        'admin.fullName',
        'admin.password',
        'admin.username',
        'facility.capacity',
        'facility.kind',
        'facility.phone',
        'facility.regionSoato',
        'facility.stir',
      ].sort(),
    );
    expect(r.error.fields?.['facility.stir']).toBe('ИНН состоит из 9 цифр.');
    expect(await f.rowCounts()).toEqual(before);
  });

  it('refuses a district that is not in the chosen region', async () => {
    f = await TestFacility.create({ init: false });
    const r = await f.call({}, 'setup.init', {
      facility: { ...DAY_CARE, regionSoato: '1703' },
      admin: { username: 'manager', fullName: 'M', password: PASSWORD },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { districtSoato: 'Tuman tanlangan viloyatga tegishli emas.' } },
    });
    expect((await f.ok({}, 'setup.status', {})).initialized).toBe(false);
  });
});

describe('sign-in', () => {
  it('signs in with the right password and answers auth.me', async () => {
    f = await TestFacility.create();
    const ctx = await f.signIn();
    expect(await f.ok(ctx, 'auth.me', {})).toMatchObject({ username: 'manager', role: 'manager', lang: 'uz' });
  });

  it('gives the same message for a wrong password and an unknown user, and audits both', async () => {
    f = await TestFacility.create();
    const wrong = await f.call({}, 'auth.signIn', { username: 'manager', password: 'wrong-password' });
    const unknown = await f.call({}, 'auth.signIn', { username: 'nobody', password: 'wrong-password' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    const failed = await f.backend.db.selectFrom('audit_log').select('username').where('outcome', '=', 'failed').execute();
    expect(failed.map((r) => r.username)).toEqual(['manager', 'nobody']);
  });

  it('locks an account after 6 failed attempts for 30 minutes, even with the right password', async () => {
    f = await TestFacility.create();
    for (let i = 0; i < 6; i++) await f.call({}, 'auth.signIn', { username: 'manager', password: 'nope-nope' });
    const locked = await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD });
    expect(locked).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    f.now = new Date(f.now.getTime() + 31 * 60_000);
    expect((await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).ok).toBe(true);
  });

  it('refuses calls without a session and after sign-out', async () => {
    f = await TestFacility.create();
    expect(await f.call({}, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const ctx = await f.signIn();
    await f.ok(ctx, 'auth.signOut', {});
    expect(await f.call(ctx, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('expires an idle session after 12 hours', async () => {
    f = await TestFacility.create();
    const ctx = await f.signIn();
    f.now = new Date(f.now.getTime() + 13 * 3600_000);
    expect(await f.call(ctx, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('answers an unknown method with one error shape', async () => {
    f = await TestFacility.create();
    expect(await f.call({ lang: 'en' }, 'clients.steal', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'There is no such action: clients.steal.' },
    });
  });
});

describe('users', () => {
  it('lets a manager create a caregiver who can then sign in, and remembers her language', async () => {
    f = await TestFacility.create();
    const cg = await f.as('caregiver', 'malika');
    expect(await f.ok(cg, 'auth.me', {})).toMatchObject({ username: 'malika', role: 'caregiver' });
    await f.ok(cg, 'auth.setLanguage', { lang: 'ru' });
    const again = await f.signIn('malika');
    expect((await f.ok(again, 'auth.me', {})).lang).toBe('ru');
  });

  it.each(['caregiver', 'accountant', 'social_worker', 'inspector'] as const)(
    'refuses user management to a %s, and audits the refusal',
    async (role) => {
      f = await TestFacility.create();
      const ctx = await f.as(role);
      const before = await f.rowCounts();
      const r = await f.call(ctx, 'users.create', { username: 'intruder', fullName: 'X', role: 'manager', password: PASSWORD });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await f.call(ctx, 'facility.update', { ...DAY_CARE, name: 'X' })).ok).toBe(false);
      const after = await f.rowCounts();
      expect(after.users).toBe(before.users);
      expect(after.audit_log).toBe((before.audit_log ?? 0) + 2);
    },
  );

  it('rejects a taken username and bad fields without writing', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const before = await f.rowCounts();
    expect(await f.call(m, 'users.create', { username: 'manager', fullName: 'X', role: 'caregiver', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { username: 'bu foydalanuvchi nomi band.' } },
    });
    const bad = await f.call(m, 'users.create', { username: 'x', fullName: 'X', role: 'boss', password: '1' });
    expect(bad.ok ? [] : Object.keys(bad.error.fields ?? {}).sort()).toEqual(['password', 'role', 'username']);
    expect(await f.rowCounts()).toEqual(before);
  });

  it('resets a password (ending the user’s sessions) and deactivates a user', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const cg = await f.as('caregiver', 'malika');
    const id = (await f.ok(cg, 'auth.me', {})).id;
    await f.ok(m, 'users.resetPassword', { userId: id, password: 'Yangi-parol-1' });
    expect((await f.call(cg, 'auth.me', {})).ok).toBe(false);
    expect((await f.call({}, 'auth.signIn', { username: 'malika', password: 'Yangi-parol-1' })).ok).toBe(true);
    await f.ok(m, 'users.setActive', { userId: id, active: false });
    expect(await f.call({}, 'auth.signIn', { username: 'malika', password: 'Yangi-parol-1' })).toMatchObject({
      error: { code: 'bad_credentials' },
    });
  });

  it('keeps at least one active manager and refuses self-deactivation', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const me = await f.ok(m, 'auth.me', {});
    expect(await f.call(m, 'users.setActive', { userId: me.id, active: false })).toMatchObject({ error: { code: 'conflict' } });
  });
});

describe('facility settings', () => {
  it('lets a manager change details with validation and audits the change', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const { kind: _kind, ...details } = DAY_CARE;
    const updated = await f.ok(m, 'facility.update', { ...details, capacity: 12 });
    expect(updated.capacity).toBe(12);
    const bad = await f.call(m, 'facility.update', { ...details, capacity: -1 });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { capacity: 'Sigʻim 1 dan 1000 gacha boʻlishi kerak.' } },
    });
    expect((await f.ok(m, 'facility.get', {})).capacity).toBe(12);
    const audit = await f.backend.db.selectFrom('audit_log').selectAll().where('action', '=', 'facility.update').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.changes!)).toEqual({ capacity: [9, 12] });
  });
});
