import { expect, type Page } from '@playwright/test';

/** The appeals area: fast entry, register, statistics. Found by roles and names, in Uzbek. */
export class AppealsPage {
  constructor(readonly page: Page) {}

  async openTab(tab: 'list' | 'new' | 'stats' | 'import'): Promise<void> {
    await this.page.locator(`[data-tab="${tab}"]`).click();
  }

  form() {
    return this.page.getByRole('form', { name: 'Yangi murojaat' });
  }

  /** The element that has the keyboard focus, described by its name and value. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.name ?? ''}=${el.value ?? ''}` : '';
    });
  }

  /** Presses keys one by one, as a person would, and counts them. */
  async keys(...keys: string[]): Promise<number> {
    for (const k of keys) await this.page.keyboard.press(k);
    return keys.length;
  }

  row(code: string) {
    return this.page.locator(`tr[data-code="${code}"]`);
  }

  figure(label: string) {
    return this.page.locator(`[data-figure="${label}"]`);
  }

  panel(title: string) {
    return this.page.getByRole('region', { name: title });
  }

  async expectSaved(code: string): Promise<void> {
    await expect(this.page.getByText(`Murojaat ${code} saqlandi.`, { exact: false })).toBeVisible();
  }
}
