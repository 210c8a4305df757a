import { expect, test } from '@playwright/test';

test('opens on the bundled corpus and shows a report side by side', async ({ page }) => {
  await page.goto('/');
  const items = page.getByTestId('report-list').getByRole('button');
  await expect(items).toHaveCount(5);

  await items.filter({ hasText: '易先榮' }).first().click();
  const original = page.getByTestId('pane-original');
  const clean = page.getByTestId('pane-clean');
  await expect(original).toBeVisible();
  await expect(clean).toBeVisible();
  // the original is verbatim (pinyin and all); the cleaned pane is not
  await expect(original).toContainText('領(lǐng)導(dǎo)');
  await expect(clean).toContainText('會議強調');
  await expect(clean).not.toContainText('(lǐng)');

  // side by side on a wide screen
  const a = await original.boundingBox();
  const b = await clean.boundingBox();
  expect(a && b && b.x > a.x + a.width - 1).toBeTruthy();
  expect(a && b && Math.abs(a.y - b.y) < 5).toBeTruthy();
  await page.screenshot({ path: 'test-results/reader-1440.png' });
});

test('a report file that is not valid JSON shows a readable error naming it', async ({ page }) => {
  await page.route('**/data/reports/*.json', (route) => route.fulfill({ status: 200, body: '{"id": "broken", ' }));
  await page.goto('/');
  await page.getByTestId('report-list').getByRole('button').first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('is not valid JSON');
  await expect(alert).toContainText('reports/');
});

test('a stale link to a report that is not there says so, not that the file is broken JSON', async ({ page }) => {
  await page.goto('/?r=no_such_report');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('reports/no_such_report.json');
  await expect(alert).toContainText('is not there');
});

test('damage left unrepaired is marked in the cleaned text and not described as a repair', async ({ page }) => {
  await page.goto('/?r=004_7653d2bf43c28b8a');
  const clean = page.getByTestId('pane-clean');
  await expect(clean.locator('.mk-unrepaired').first()).toBeVisible();
  const damaged = page.getByTestId('pane-original').locator('mark.k-damage.marked').first();
  await damaged.hover();
  const tip = page.locator('#edit-tip');
  await expect(tip).toContainText('left as it is');
  await expect(tip).not.toContainText('repaired as');
});

test('a corpus index that does not match the format shows an error, not a blank page', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 200, body: '[{"title": 3}]' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('index.json');
});

test('scraped HTML in a report is shown as text, never run', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.route('**/data/reports/*.json', async (route) => {
    const report = await (await route.fetch()).json();
    report.title = hostile;
    report.original = hostile + report.original;
    report.edits = report.edits.map((e: { start: number; end: number }) => ({
      ...e,
      start: e.start + hostile.length,
      end: e.end + hostile.length,
    }));
    report.clean = report.clean + '\n\n' + hostile;
    await route.fulfill({ json: report });
  });
  await page.goto('/');
  await page.getByTestId('report-list').getByRole('button').first().click();
  await expect(page.getByTestId('pane-original')).toContainText('<img src=x onerror=');
  await expect(page.getByTestId('pane-clean')).toContainText('<script>');
  expect(await page.locator('.main img, .main script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the interface language chosen is kept across a reload', async ({ page }) => {
  await page.goto('/');
  const tabs = page.getByRole('tablist');
  await expect(tabs).toContainText('Reader');
  await page.getByTestId('lang-switch').click();
  await expect(tabs).toContainText('阅读');
  await page.reload();
  await expect(tabs).toContainText('阅读');
});
