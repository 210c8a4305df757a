import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bigIndex } from './fixtures/corpus';
import { useFixtureCorpus } from './fixtures/routes';

const list = (page: Page) => page.getByTestId('report-list').getByRole('button');
/** Opens a province in the place facet (if closed) and ticks one of its places. */
async function pickPlace(page: Page, province: string, key: string) {
  const disclosure = page.getByRole('button', { name: `${province}…` });
  if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
  await page.locator(`[data-place="${key}"]`).check();
}
const ids = async (page: Page) => list(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));

test.describe('with the made-up corpus', () => {
  test.beforeEach(async ({ page }) => {
    await useFixtureCorpus(page);
  });

  test('filters by city, by date range, both, and clears', async ({ page }) => {
    await page.goto('/');
    await expect(list(page)).toHaveCount(6);
    await pickPlace(page, '广东', '广东/深圳');
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1', 'fx_shenzhen_2']);
    await expect(page.getByTestId('result-count')).toHaveText('2 of 6 reports');
    await expect(page).toHaveURL(/place=/);

    await page.getByTestId('clear-filters').click();
    await expect(list(page)).toHaveCount(6);
    await page.getByTestId('date-from').fill('2022-03-01');
    await page.getByTestId('date-to').fill('2022-04-30');
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1', 'fx_zhuhai', 'fx_chengdu']);
    await expect(page.getByTestId('result-count')).toHaveText('3 of 6 reports');

    // combined: the facet counts follow the date range
    await pickPlace(page, '广东', '广东/深圳');
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1']);
    await expect(page.getByTestId('result-count')).toHaveText('1 of 6 reports');
    await expect(page.locator('label', { has: page.locator('[data-place="广东/深圳"]') })).toContainText('1');
    await page.locator('[data-id="fx_shenzhen_1"]').click();
    await expect(page.getByTestId('pane-clean')).toContainText('各級領導幹部');
    await page.screenshot({ path: 'test-results/reader-filtered-1440x900.png' });

    await page.getByTestId('clear-filters').click();
    await expect(list(page)).toHaveCount(6);
    await expect(page.getByTestId('date-from')).toHaveValue('');
  });

  test('a month on the timeline sets the date range', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '2022-03: 2' }).click();
    await expect(page.getByTestId('date-from')).toHaveValue('2022-03-01');
    await expect(page.getByTestId('date-to')).toHaveValue('2022-03-31');
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1', 'fx_chengdu']);
    // the same month again clears the range
    await page.getByRole('button', { name: '2022-03: 2' }).click();
    await expect(page.getByTestId('date-from')).toHaveValue('');
  });

  test('the timeline is one tab stop; the arrow keys move along the months', async ({ page }) => {
    await page.goto('/');
    const bars = page.getByRole('group', { name: /Reports per month/ }).getByRole('button');
    await expect(bars.first()).toBeVisible();
    await expect(page.locator('.timeline .bar[tabindex="0"]')).toHaveCount(1);
    await bars.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(bars.nth(1)).toBeFocused();
    await expect(page.locator('.timeline .bar[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(bars.nth(1)).toHaveAttribute('aria-pressed', 'true');
  });

  test('search is script-insensitive both ways and marks matches as published', async ({ page }) => {
    await page.goto('/');
    await expect(list(page)).toHaveCount(6);
    await page.keyboard.press('/');
    await expect(page.getByTestId('search')).toBeFocused();
    await page.keyboard.type('领导');
    // two titles, and a Simplified body (fx_chengdu) found by the full-text search
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1', 'fx_chengdu', 'fx_mianyang']);
    await expect(page.locator('[data-id="fx_shenzhen_1"] .report-title mark.hit')).toHaveText('領導');
    await page.getByTestId('search').fill('領導');
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1', 'fx_chengdu', 'fx_mianyang']);
  });

  test('简体 converts the cleaned pane, not the original; the cn→tw dictionary loads only on demand', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/?r=fx_shenzhen_1');
    const original = page.getByTestId('pane-original');
    const clean = page.getByTestId('pane-clean');
    await expect(clean).toContainText('各級領導幹部');
    expect(scripts.some((s) => /cn2t/.test(s))).toBe(false);

    await page.getByRole('radio', { name: '简体' }).check();
    await expect(clean).toContainText('各级领导干部');
    await expect(clean.locator('.pane-text')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByTestId('report-title')).toHaveText('深圳市疫情防控领导小组召开会议');
    await expect(original).toContainText('各級領導幹部');
    await expect(original).not.toContainText('领导');
    expect(scripts.some((s) => /cn2t/.test(s))).toBe(false);

    await page.getByRole('radio', { name: '繁體 (台灣)' }).check();
    await expect(clean.locator('.pane-text')).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect.poll(() => scripts.some((s) => /cn2t/.test(s))).toBe(true);
    // a Simplified report reads in Traditional too
    await page.locator('[data-id="fx_chengdu"]').click();
    await expect(clean).toContainText('各級領導幹部要守土盡責');

    await page.getByRole('radio', { name: 'As published' }).check();
    await expect(clean).toContainText('各级领导干部要守土尽责');
  });

  test('a URL with filters, report and script opens the same view; back and forward work', async ({ page }) => {
    await page.goto('/?r=fx_shenzhen_1&place=广东/深圳&from=2022-01-01&to=2022-12-31&script=hans');
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1', 'fx_shenzhen_2']);
    await expect(page.getByTestId('date-from')).toHaveValue('2022-01-01');
    await expect(page.locator('input[name="script"][value="hans"]')).toBeChecked();
    await expect(page.getByTestId('report-title')).toHaveText('深圳市疫情防控领导小组召开会议');
    await expect(page.locator('[data-id="fx_shenzhen_1"]')).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('j');
    await expect(page).toHaveURL(/r=fx_shenzhen_2/);
    await expect(page.getByTestId('report-title')).toHaveText('深圳召开核酸检测工作部署会');
    await page.goBack();
    await expect(page).toHaveURL(/r=fx_shenzhen_1/);
    await expect(page.getByTestId('report-title')).toHaveText('深圳市疫情防控领导小组召开会议');
    await page.goForward();
    await expect(page.getByTestId('report-title')).toHaveText('深圳召开核酸检测工作部署会');
    await page.reload();
    await expect(page.getByTestId('report-title')).toHaveText('深圳召开核酸检测工作部署会');
    await expect.poll(() => ids(page)).toEqual(['fx_shenzhen_1', 'fx_shenzhen_2']);
  });

  test('attendees and directives are marked in the cleaned pane, and the marks switch off', async ({ page }) => {
    await page.goto('/?r=fx_shenzhen_1');
    const clean = page.getByTestId('pane-clean');
    await expect(clean.locator('.pane-text .mk-attendee')).toHaveText('周立新');
    await expect(clean.locator('.pane-text .mk-directive').first()).toContainText('各級領導幹部');
    await page.getByLabel('Mark attendees & directives').uncheck();
    await expect(clean.locator('.pane-text .mk-attendee')).toHaveCount(0);
  });

  test('tabs live beside the reader and keep the filters', async ({ page }) => {
    await page.goto('/?place=四川/*');
    await page.getByRole('tab', { name: 'Directives' }).click();
    await expect(page).toHaveURL(/tab=directives/);
    await expect(page).toHaveURL(/place=/);
    await page.getByRole('tab', { name: 'Reader' }).click();
    await expect.poll(() => ids(page)).toEqual(['fx_chengdu', 'fx_mianyang']);
  });

  test('labels switch to Chinese', async ({ page }) => {
    await page.goto('/?r=fx_zhuhai');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByRole('heading', { name: '原文' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  });
});

test.describe('with the bundled corpus', () => {
  test('pinyin highlights show, hide by kind, and n/p move focus through the changes', async ({ page }) => {
    await page.goto('/');
    await list(page).filter({ hasText: '易先榮' }).first().click();
    const original = page.getByTestId('pane-original');
    const marks = original.locator('mark.k-pinyin');
    await expect.poll(() => marks.count()).toBeGreaterThan(10);
    await expect(marks.first()).toHaveText(/\(\p{Script=Latin}+\)|\p{Script=Latin}/u);

    await marks.first().hover();
    await expect(page.getByRole('tooltip')).toContainText('Pinyin');

    const chip = page.getByTestId('legend').locator('[data-kind="pinyin"]');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect(marks).toHaveCount(0);
    await expect(original).toContainText('領(lǐng)導(dǎo)');
    await chip.click();
    await expect.poll(() => marks.count()).toBeGreaterThan(10);

    await page.locator('body').click({ position: { x: 700, y: 860 } });
    await page.keyboard.press('n');
    const focused = () => page.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.edit));
    const first = await focused();
    expect(Number.isFinite(first)).toBe(true);
    await page.keyboard.press('n');
    const second = await focused();
    expect(second).toBeGreaterThan(first);
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('p');
    expect(await focused()).toBe(first);

    await page.getByLabel('Changes only').check();
    await expect(original.locator('.elided').first()).toBeVisible();
  });

  test('the initial bundle does not contain the cn→tw dictionary', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const entries = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    // a phrase of the cn→t dictionary (STPhrases): in the lazy chunks (one for the page, one for the
    // conversion worker), absent from what index.html loads
    const lazy = readdirSync('dist/assets').filter((f) => f.startsWith('cn2t') && f.endsWith('.js'));
    expect(lazy.length).toBeGreaterThanOrEqual(1);
    const phrase = '万余只 萬餘隻';
    for (const f of lazy) expect(readFileSync(`dist/assets/${f}`, 'utf8')).toContain(phrase);
    for (const e of entries) {
      const code = readFileSync(`dist/${e}`, 'utf8');
      expect(code).not.toContain(phrase);
      expect(code.length).toBeLessThan(700_000);
    }
  });

  test('screenshots: wide, and mobile with stacked panes and a drawer', async ({ page }, info) => {
    await page.goto('/');
    await list(page).filter({ hasText: '易先榮' }).first().click();
    await expect(page.getByTestId('pane-clean')).toContainText('會議強調');
    const wide = await page.screenshot({ path: 'test-results/reader-wide-1440x900.png' });
    await info.attach('reader-wide-1440x900', { body: wide, contentType: 'image/png' });

    await page.setViewportSize({ width: 390, height: 844 });
    const a = await page.getByTestId('pane-original').boundingBox();
    const b = await page.getByTestId('pane-clean').boundingBox();
    expect(a && b && b.y >= a.y + a.height - 1).toBeTruthy();
    await expect(page.getByRole('complementary', { name: 'Reports' })).toBeHidden();
    const mobile = await page.screenshot({ path: 'test-results/reader-mobile-390x844.png' });
    await info.attach('reader-mobile-390x844', { body: mobile, contentType: 'image/png' });

    await page.getByTestId('drawer-toggle').click();
    const sidebar = page.getByRole('complementary', { name: 'Reports' });
    await expect(sidebar).toBeVisible();
    // the drawer slides in: shoot once it has arrived
    await expect.poll(async () => (await sidebar.boundingBox())?.x).toBe(0);
    const drawer = await page.screenshot({ path: 'test-results/reader-mobile-drawer-390x844.png' });
    await info.attach('reader-mobile-drawer-390x844', { body: drawer, contentType: 'image/png' });
    await list(page).nth(2).click();
    await expect(page.getByRole('complementary', { name: 'Reports' })).toBeHidden();
  });
});

test('a 50k-report index renders only a window of rows and scrolls to the end', async ({ page }) => {
  const big = bigIndex(50_000);
  await page.route('**/data/index.json', (route) => route.fulfill({ json: big }));
  await page.goto('/');
  await expect(page.getByTestId('result-count')).toHaveText('50000 of 50000 reports');
  await expect.poll(() => list(page).count()).toBeGreaterThan(5);
  expect(await list(page).count()).toBeLessThan(80);
  await page.getByTestId('list-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('[data-id="big_49999"]')).toBeVisible();
  expect(await list(page).count()).toBeLessThan(80);

  await page.getByTestId('search').fill('宁波');
  await expect(page.getByTestId('result-count')).toHaveText('12500 of 50000 reports');
  await page.getByRole('radio', { name: '繁體 (香港)' }).check();
  await expect(list(page).first()).toContainText('寧波');
});
