import { expect, type Page } from '@playwright/test';

/** Settings → Facility, in Uzbek. */
export class FacilitySettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/settings/facility');
    await expect(this.page.getByRole('heading', { name: 'Muassasa maʼlumotlari' })).toBeVisible();
  }

  field(name: string) {
    return this.page.locator(`input[name="${name}"]`);
  }

  fieldMessage(name: string) {
    return this.page.locator(`.MuiFormControl-root:has(input[name="${name}"]) .MuiFormHelperText-root`);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Saqlash' }).click();
  }
}
