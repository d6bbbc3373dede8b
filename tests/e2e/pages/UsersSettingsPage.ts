import { expect, type Page } from '@playwright/test';

export interface NewUserInput {
  fullName: string;
  username: string;
  role: string;
  password: string;
  repeat?: string;
}

/** Settings → Users, in Uzbek. */
export class UsersSettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/settings/users');
    await expect(this.page.getByRole('tab', { name: 'Foydalanuvchilar', selected: true })).toBeVisible();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole('button', { name: 'Foydalanuvchi qoʻshish' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async fill(u: NewUserInput): Promise<void> {
    const d = this.dialog();
    await d.locator('input[name="fullName"]').fill(u.fullName);
    await d.getByRole('combobox', { name: 'Rol' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${u.role}`) }).click();
    await d.locator('input[name="username"]').fill(u.username);
    await d.locator('input[name="password"]').fill(u.password);
    await d.locator('input[name="repeat"]').fill(u.repeat ?? u.password);
  }

  async submit(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Hisob yaratish' }).click();
  }

  row(username: string) {
    return this.page.locator(`tr[data-username="${username}"]`);
  }
}
