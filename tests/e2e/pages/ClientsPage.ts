import { expect, type Page } from '@playwright/test';

/** The register, a client's page, its dialogs and the bed board, in Uzbek. */
export class ClientsPage {
  constructor(readonly page: Page) {}

  /** Called with the filled form on screen, just before Save (e.g. to take a screenshot). */
  beforeSave?: () => Promise<unknown>;

  /** Calls the API as the signed-in user (the page's cookie), for setting up what a test does not click through. */
  async api<T = unknown>(method: string, input: unknown): Promise<T> {
    const r = await this.page.request.post(`/api/${method}`, { data: input, headers: { 'Content-Type': 'application/json' } });
    const body = (await r.json()) as { ok: boolean; data: T; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.data;
  }

  async openList(): Promise<void> {
    await this.page.goto('/clients');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Xizmat oluvchilar' })).toBeVisible();
  }

  search() {
    return this.page.getByRole('textbox', { name: 'Qidirish: ism, kod, JShShIR yoki telefon' });
  }

  rows() {
    return this.page.getByTestId('client-row');
  }

  field(name: string) {
    return this.page.locator(`[name="${name}"]`);
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** Picks an option of a select by its visible text. */
  async choose(label: string, option: string | RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async register(p: { lastName: string; firstName: string; middleName?: string; birthDate: string; sex: 'Ayol' | 'Erkak' }): Promise<void> {
    await this.page.getByRole('link', { name: 'Yangi xizmat oluvchi' }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Yangi xizmat oluvchi' })).toBeVisible();
    await this.field('lastName').fill(p.lastName);
    await this.field('firstName').fill(p.firstName);
    if (p.middleName) await this.field('middleName').fill(p.middleName);
    await this.field('birthDate').fill(p.birthDate);
    await this.choose('Jins', p.sex);
    await this.beforeSave?.();
    await this.page.getByRole('button', { name: 'Saqlash' }).click();
  }

  bed(room: string, label: string) {
    return this.page
      .getByRole('article', { name: room })
      .or(this.page.getByTestId('board-room').filter({ hasText: room }))
      .locator(`[data-bed="${label}"]`);
  }
}
