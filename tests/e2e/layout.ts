// Layout checks for the office PC (1366×768) and the small laptop (1024×768): nothing may need sideways scrolling.
import { expect, type Locator, type Page } from '@playwright/test';

export const OFFICE_WIDTHS = [1366, 1024] as const;

/** Fails when the element's content is wider than its box: a cut-off column, a tab row that needs arrows. */
export async function expectNoSidewaysScroll(target: Locator, what: string): Promise<void> {
  await expect(target.first()).toBeVisible();
  const sizes = await target.evaluateAll((els) => els.map((el) => ({ scroll: el.scrollWidth, client: el.clientWidth })));
  for (const { scroll, client } of sizes) expect(scroll, `${what}: ${scroll} px of content in ${client} px`).toBeLessThanOrEqual(client);
}

/**
 * Runs a check at each office width (768 px high), reloading so the page opens as it would on that screen
 * (below 1300 px the menu starts as icons), then restores the viewport the test had.
 */
export async function atOfficeWidths(page: Page, check: (width: number) => Promise<void>): Promise<void> {
  const before = page.viewportSize();
  for (const width of OFFICE_WIDTHS) {
    await page.setViewportSize({ width, height: 768 });
    await page.reload();
    await check(width);
  }
  if (before) {
    await page.setViewportSize(before);
    await page.reload();
  }
}

/** Fails when a short label (a version, a date) breaks onto a second line. */
export async function expectOneLine(target: Locator, what: string): Promise<void> {
  await expect(target.first()).toBeVisible();
  const lines = await target.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '20')),
  );
  for (const n of lines) expect(n, `${what} takes ${n.toFixed(1)} lines`).toBeLessThan(1.5);
}
