import { expect, type Page } from '@playwright/test';

/** "Vaucherlar va hisob-fakturalar": the month's claim, vouchers and parents' invoices. */
export class BillingPage {
  constructor(readonly page: Page) {}

  tab(name: string) {
    return this.page.getByRole('tab', { name });
  }

  async openClaim(month: string): Promise<void> {
    await this.page.goto(`/billing/claim?month=${month}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Vaucherlar va hisob-fakturalar' })).toBeVisible();
  }

  lines() {
    return this.page.getByTestId('claim-line');
  }

  exceptions() {
    return this.page.getByTestId('claim-exception');
  }

  total() {
    return this.page.getByTestId('claim-total');
  }

  number() {
    return this.page.getByTestId('claim-number');
  }

  dialog(name: string | RegExp) {
    return this.page.getByRole('dialog', { name });
  }
}
