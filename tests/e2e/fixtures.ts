// `test` for specs that must also fail on any uncaught error or unhandled promise rejection in a
// page of the test's browser context (a storage failure must be shown, never thrown away).
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ noPageErrors: void }>({
  noPageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (webError) => errors.push(String(webError.error())));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
