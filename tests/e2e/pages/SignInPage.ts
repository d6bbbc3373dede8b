import { expect, type Page } from '@playwright/test';

/** The sign-in screen. Works in any UI language: the inputs are found by their autocomplete role. */
export class SignInPage {
  constructor(readonly page: Page) {}

  readonly username = () => this.page.locator('input[autocomplete="username"]');
  readonly password = () => this.page.locator('input[autocomplete="current-password"]');

  async expectOpen(title = 'Tizimga kirish'): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.username().fill(username);
    await this.password().fill(password);
    await this.password().press('Enter');
  }
}
