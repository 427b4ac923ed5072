// axe-core with the WCAG 2.2 A and AA rules finds nothing: on every page in both languages once
// hydrated, with the trial dialog open, and at 320 px width, where the page must not scroll
// sideways either (WCAG 1.4.10 reflow).
import { expect, test } from '@playwright/test';
import { pageIds, pagePath } from '../src/site/routes';
import { textsFor } from '../src/site/texts';
import { expectNoAxeViolations, gotoHydrated, sitePages, widgetText } from './site';

for (const { path } of sitePages) {
  test(`${path} has no axe violations`, async ({ page }) => {
    await gotoHydrated(page, path);
    await expectNoAxeViolations(page);
  });
}

for (const locale of ['en', 'de'] as const) {
  test(`${pagePath('research', locale)} has no axe violations with a trial open`, async ({
    page,
  }) => {
    await gotoHydrated(page, pagePath('research', locale));
    await page.getByRole('button', { name: widgetText[locale].showDetails }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(textsFor(locale).research.detailLoading)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test.describe('at 320 px width', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // One page of each kind, the languages taking turns.
  const narrow = pageIds.map((page, at) => pagePath(page, at % 2 === 0 ? 'en' : 'de'));
  for (const path of narrow) {
    test(`${path} has no axe violations and no sideways scrolling`, async ({ page }) => {
      await gotoHydrated(page, path);
      await expectNoAxeViolations(page);
      // Wide tables and maps scroll in their own boxes; the page itself never does.
      const widths = await page.evaluate(() => ({
        content: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.content).toBeLessThanOrEqual(widths.viewport);
    });
  }
});
