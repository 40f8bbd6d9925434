import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Scheme = 'light' | 'dark';

/**
 * Runs axe-core on what the page shows now (or on `include`, a CSS selector), in light and
 * dark mode, and fails on any serious or critical violation, naming the rule and the
 * elements so the failure says what to fix.
 */
export async function expectAccessible(page: Page, include?: string, schemes: Scheme[] = ['light', 'dark']): Promise<void> {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    let builder = new AxeBuilder({ page });
    if (include) builder = builder.include(include);
    const { violations } = await builder.analyze();
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${colorScheme}: ${violation.id} (${violation.impact}) on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious, `axe-core, ${colorScheme} mode`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}
