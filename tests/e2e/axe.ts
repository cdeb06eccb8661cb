import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Zero violations of WCAG 2.2 AA and axe's best practices on what the page shows now. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // From the top: axe reads content scrolled under the sticky top bar as covered (target-size).
  await page.evaluate(() => scrollTo(0, 0));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}
