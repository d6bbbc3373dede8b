import { expect, type Download, type Page } from '@playwright/test';

/** The Reports area: its four tabs, the period workflow, signing, the register and the verifier. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  status() {
    return this.page.getByTestId('period-status');
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }

  table(id: string) {
    return this.page.locator(`[data-table="${id}"]`);
  }

  /** The value in a table's row, found by the row's first cell. */
  cell(tableId: string, rowLabel: string, column = 1) {
    return this.table(tableId)
      .getByRole('row', { name: new RegExp(`^${rowLabel}`) })
      .getByRole('cell')
      .nth(column);
  }

  async createKey(password: string): Promise<void> {
    await this.openTab('Imzo kaliti');
    await this.button('Kalit yaratish').first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Kalit yaratish' });
    await dialog.getByLabel('Imzo paroli', { exact: true }).fill(password);
    await dialog.getByLabel('Imzo parolini takrorlang').fill(password);
    await dialog.getByRole('button', { name: 'Kalit yaratish' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
  }

  async sign(password: string): Promise<Download> {
    await this.button('Imzolash va paket yaratish').click();
    const dialog = this.page.getByRole('dialog', { name: 'Imzolash va paket yaratish' });
    await dialog.getByLabel('Imzo paroli').fill(password);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Imzolash' }).click();
    return download;
  }

  async verify(zipPath: string, certPath?: string): Promise<void> {
    await this.page.getByLabel('Paketni tanlang (.zip)').setInputFiles(zipPath);
    if (certPath) await this.page.getByLabel('Muassasa sertifikati (.pem), ixtiyoriy').setInputFiles(certPath);
    await this.button('Tekshirish').click();
  }

  verdict() {
    return this.page.locator('[data-verdict]');
  }
}
