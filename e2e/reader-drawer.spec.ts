import { expect, test, type Page } from '@playwright/test';
import { useFixtureCorpus } from './fixtures/routes';

const inSidebar = (page: Page) =>
  page.evaluate(
    () => !!document.activeElement && !!document.getElementById('sidebar')?.contains(document.activeElement),
  );

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ page }) => {
  await useFixtureCorpus(page);
});

test('the mobile drawer holds the focus while open and gives it back on close', async ({ page }) => {
  await page.goto('/?r=fx_zhuhai');
  await expect(page.getByTestId('pane-clean')).toContainText('口岸防線');
  const toggle = page.getByTestId('drawer-toggle');
  await toggle.click();
  const sidebar = page.getByRole('complementary', { name: 'Reports' });
  await expect(sidebar).toBeVisible();
  await expect(page.getByTestId('drawer-close')).toBeFocused();
  await expect(page.locator('main')).toHaveAttribute('inert', '');

  // Tab goes round the drawer's controls and never leaves it
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await inSidebar(page)).toBe(true);
    seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? ''));
  }
  expect(seen.size).toBeGreaterThan(5);
  // Shift+Tab from the first control wraps to the last
  await page.getByTestId('drawer-close').focus();
  await page.keyboard.press('Shift+Tab');
  expect(await inSidebar(page)).toBe(true);
  await expect(page.getByTestId('drawer-close')).not.toBeFocused();
  await expect.poll(async () => (await sidebar.boundingBox())?.x).toBe(0);
  await page.screenshot({ path: 'test-results/reader-drawer-focus-390x844.png' });

  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(page.locator('main')).not.toHaveAttribute('inert', '');

  // the close button, and choosing a report, close it the same way
  await toggle.click();
  await page.getByTestId('drawer-close').click();
  await expect(sidebar).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await page.locator('[data-id="fx_chengdu"]').click();
  await expect(sidebar).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(page.getByTestId('pane-clean')).toContainText('守土尽责');
});

test('on mobile, / opens the drawer with the search box focused and kept', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-id]')).toHaveCount(6);
  await page.locator('body').press('/');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.type('口岸防线');
  await expect(page.locator('[data-id="fx_zhuhai"] [data-testid="snippet"]')).toContainText('口岸防線');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.screenshot({ path: 'test-results/reader-search-390x844.png' });
});

test('on a wide screen the list is no modal: nothing is inert and focus moves freely', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?r=fx_zhuhai');
  await page.locator('body').press('/');
  await expect(page.getByTestId('search')).toBeFocused();
  await expect(page.locator('main')).not.toHaveAttribute('inert', '');
  await expect(page.getByTestId('drawer-close')).toHaveCount(0);
  await page.getByTestId('pane-clean').locator('[data-scroll="clean"]').focus();
  await expect(page.getByTestId('pane-clean').locator('[data-scroll="clean"]')).toBeFocused();
});
