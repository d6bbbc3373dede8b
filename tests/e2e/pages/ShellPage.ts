import { expect, type Page } from '@playwright/test';

/** The app frame: navigation by role, header with the facility, user menu with language and sign-out. */
export class ShellPage {
  constructor(readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation');
  }

  /** Area ids in the left navigation, in order. */
  async navAreas(): Promise<string[]> {
    await expect(this.nav()).toBeVisible();
    return this.nav()
      .locator('[data-area]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-area') ?? ''));
  }

  async open(areaId: string): Promise<void> {
    await this.nav().locator(`[data-area="${areaId}"]`).click();
  }

  async openUserMenu(): Promise<void> {
    await this.page.locator('header button[aria-haspopup="menu"]').click();
    await expect(this.page.getByRole('menu')).toBeVisible();
  }

  /** Picks a language by its own name (Oʻzbekcha, Русский, English) from the user menu. */
  async switchLanguage(name: 'Oʻzbekcha' | 'Русский' | 'English'): Promise<void> {
    await this.openUserMenu();
    await this.page.getByRole('menuitem', { name }).click();
    await expect(this.page.getByRole('menu')).toBeHidden();
  }

  async signOut(label = 'Chiqish'): Promise<void> {
    await this.openUserMenu();
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  facilityName() {
    return this.page.getByTestId('facility-name');
  }
}
