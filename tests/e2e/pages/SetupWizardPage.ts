import { expect, type Page } from '@playwright/test';

export interface FacilityDetailsInput {
  name: string;
  region: string;
  district: string;
  address: string;
  capacity: string;
  licenceNo?: string;
  stir?: string;
  phone?: string;
}

/** The first-run wizard, driven through its Uzbek (default) screen. Inputs are found by their `name`. */
export class SetupWizardPage {
  constructor(readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Qanday muassasa?' })).toBeVisible();
  }

  async chooseKind(kind: string): Promise<void> {
    await this.page.locator(`[data-kind="${kind}"]`).click();
    await expect(this.page.locator(`[data-kind="${kind}"]`)).toHaveAttribute('aria-checked', 'true');
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Keyingi' }).click();
  }

  field(name: string) {
    return this.page.locator(`input[name="${name}"]`);
  }

  /** The helper or error text shown under a field. */
  fieldMessage(name: string) {
    return this.page.locator(`.MuiFormControl-root:has(input[name="${name}"]) .MuiFormHelperText-root`);
  }

  async select(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillDetails(d: FacilityDetailsInput): Promise<void> {
    await this.field('name').fill(d.name);
    await this.select('Viloyat', d.region);
    await this.select('Tuman (shahar)', d.district);
    await this.field('address').fill(d.address);
    await this.field('capacity').fill(d.capacity);
    if (d.licenceNo !== undefined) await this.field('licenceNo').fill(d.licenceNo);
    if (d.stir !== undefined) await this.field('stir').fill(d.stir);
    if (d.phone !== undefined) await this.field('phone').fill(d.phone);
  }

  async fillManager(m: { fullName: string; username: string; password: string; repeat?: string }): Promise<void> {
    await this.field('fullName').fill(m.fullName);
    await this.field('username').fill(m.username);
    await this.field('password').fill(m.password);
    await this.field('repeat').fill(m.repeat ?? m.password);
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Muassasani yaratish' }).click();
  }

  async expectDone(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Muassasa tayyor' })).toBeVisible();
  }

  /** The recovery key the done step shows once (the database is encrypted). */
  async recoveryKey(): Promise<string> {
    return (await this.page.getByTestId('recovery-key').textContent()) ?? '';
  }

  /** The button stays disabled until the manager confirms that the recovery key is written down. */
  async goToSignIn(): Promise<void> {
    const signIn = this.page.getByRole('button', { name: 'Kirish sahifasiga' });
    if (await this.page.getByTestId('recovery-key').isVisible()) {
      await expect(signIn).toBeDisabled();
      await this.page.getByRole('checkbox', { name: /Kalitni yozib oldim/ }).check();
    }
    await signIn.click();
  }
}
