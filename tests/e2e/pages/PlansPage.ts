import { expect, type Locator, type Page } from '@playwright/test';

/** The Plans area in Uzbek (the default language): the list, a client's case, the assessment form, the plan editor, the review. */
export class PlansPage {
  constructor(readonly page: Page) {}

  /** Calls the backend as the signed-in user (the browser's session cookie), for setting the scene. */
  async api<T = unknown>(method: string, input: unknown): Promise<T> {
    const res = await this.page.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; data: T; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.data;
  }

  row(code: string): Locator {
    return this.page.locator(`tr[data-client="${code}"]`);
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Picks a 1–5 rating in a rating group (named by its label). */
  async rate(scope: Locator | Page, group: string, value: number): Promise<void> {
    await scope
      .getByRole('group', { name: group, exact: true })
      .getByRole('button', { name: new RegExp(`^${value} —`) })
      .click();
  }

  /** Chooses an option of an MUI select (a combobox named by its label). */
  async choose(scope: Locator | Page, label: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  async confirm(dialogTitle: string, button: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: dialogTitle });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
