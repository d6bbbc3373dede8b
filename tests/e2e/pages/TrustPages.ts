import { expect, type Page } from '@playwright/test';
import { SignInPage } from './SignInPage';
import { MANAGER } from '../fixtures';

/** The manager's Backups and Audit pages, and the API calls the trust tests set things up with. */
export class TrustPages {
  constructor(readonly page: Page) {}

  async signInAsManager(): Promise<void> {
    await this.page.goto('/');
    await new SignInPage(this.page).signIn(MANAGER.username, MANAGER.password);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Xayrli kun, Dilnoza Rustamovna!' })).toBeVisible();
  }

  /** Calls the backend with the page's session (cookie), failing the test on an error. */
  async api<T = unknown>(method: string, data: unknown = {}): Promise<T> {
    const r = await this.page.request.post(`/api/${method}`, { data });
    const body = (await r.json()) as { ok: boolean; data: T; error?: unknown };
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  }

  async openBackups(): Promise<void> {
    await this.page.goto('/backups');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Zaxira nusxalar' })).toBeVisible();
  }

  async openAudit(): Promise<void> {
    await this.page.goto('/audit');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Audit jurnali' })).toBeVisible();
  }

  rows(kind: 'backup' | 'audit') {
    return this.page.getByTestId(`${kind}-row`);
  }
}
