import { test, expect, MANAGER } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { FacilitySettingsPage } from './pages/FacilitySettingsPage';

// The desktop window has `window.komak` (the preload) instead of plain HTTP. Here a stand-in bridge relays
// to the same backend, so the renderer's desktop path is exercised in Chromium without Electron.
test.use({ facility: {} });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const listeners = new Map<string, Set<(p: unknown) => void>>();
    const w = window as unknown as Record<string, unknown>;
    w.__calls = [] as unknown[];
    w.__emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
    w.komak = {
      async call(method: string, input: unknown, options?: { lang?: string }) {
        (w.__calls as unknown[]).push({ method, lang: options?.lang });
        const res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Komak-Lang': options?.lang ?? '' },
          body: JSON.stringify(input ?? {}),
        });
        return res.json();
      },
      on(event: string, listener: (p: unknown) => void) {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)!.delete(listener);
      },
    };
  });
});

test('calls go through window.komak with the UI language; a locked computer locks the app and keeps the draft', async ({ page }) => {
  await page.goto('/');
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
  const calls = (await page.evaluate(() => (window as unknown as { __calls: { method: string; lang?: string }[] }).__calls)) ?? [];
  expect(calls).toContainEqual({ method: 'auth.signIn', lang: 'uz' });
  expect(calls.every((c) => c.lang === 'uz')).toBe(true);

  const facility = new FacilitySettingsPage(page);
  await facility.open();
  await facility.field('address').fill('Yunusobod, 4-mavze, 7-uy');
  await page.evaluate(() => (window as unknown as { __emit(e: string): void }).__emit('system.locked'));
  await expect(page.getByText('Kompyuter qulflangani uchun Komak ham qulflandi.', { exact: false })).toBeVisible();

  // Back in: the same page, with what was typed.
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(facility.field('address')).toHaveValue('Yunusobod, 4-mavze, 7-uy');
  await expect(page).toHaveURL(/\/settings\/facility$/);
});
