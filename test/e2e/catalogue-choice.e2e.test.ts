/**
 * The catalogue choice and the plan-sheet choice in real headless Chromium on the built page
 * (standalone mode, on the example plan of 2024): step 1 offers both catalogues and follows the year;
 * a 2027 template goes to its own sheet beside the example's; the steps then offer "Trang kế hoạch" on
 * one line, within the width, and the check works on the sheet chosen; step 2 offers the empty 2026–2035
 * sheet's rows by their own names and previews a split. Screenshots at 350 px under
 * .tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, startBrowser, type BrowserSession } from './browser';

jest.setTimeout(180_000);

const SHOTS = join(ROOT, '.tmp/screenshots');
const NEW_SHEET = 'Kế hoạch kinh phí 2026-2035';

let session: BrowserSession;
let browser: Browser;
let url: string;

beforeAll(async () => {
  session = await startBrowser();
  ({ browser, url } = session);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

async function open(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${url}taskpane.html`);
  await page.getByRole('heading', { name: 'Kinh phí GNBV' }).waitFor();
  return page;
}

/** How far the page is wider than the viewport (0 when nothing overflows sideways). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.each([
  [350, 800],
  [320, 700],
])('at %i×%i px', (width, height) => {
  it('offers both catalogues, writes a 2027 template to its own sheet, and checks the sheet chosen', async () => {
    const page = await open(width, height);
    const group = page.getByRole('radiogroup', { name: 'Danh mục chương trình' });
    const fresh = group.getByRole('radio', { name: '2026–2035 (NQ 257/2025/QH15)' });
    const old = group.getByRole('radio', {
      name: /^2021–2025 \(QĐ 90\/QĐ-TTg\) — vốn kéo dài đến 31\/12\/2026$/,
    });
    await page.getByLabel('Năm kế hoạch').fill('2025');
    expect(await old.isChecked()).toBe(true);
    await page.getByLabel('Năm kế hoạch').fill('2027');
    expect(await fresh.isChecked()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const box = await group.boundingBox();
    expect((box?.x ?? -1) + (box?.width ?? width + 1)).toBeLessThanOrEqual(width);
    if (width === 350) await page.screenshot({ path: join(SHOTS, 'catalogue-choice-350.png') });

    await page.getByRole('button', { name: 'Chèn mẫu', exact: true }).click();
    const bar = page.locator('#panel-template .fui-MessageBar');
    await bar.getByText(`Đã ghi mẫu kế hoạch vào trang "${NEW_SHEET}"`, { exact: false }).waitFor();

    await page.getByRole('tab', { name: /\d\. Kiểm tra$/ }).click();
    const choice = page.getByLabel('Trang kế hoạch');
    await choice.waitFor();
    expect(await choice.inputValue()).toBe(NEW_SHEET);
    const line = await choice.boundingBox();
    expect(line?.height).toBeLessThanOrEqual(40);
    const tabs = await page.getByRole('tablist').boundingBox();
    expect(tabs?.y).toBeLessThanOrEqual(200);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await choice.selectOption('Kế hoạch kinh phí');
    await page.locator('#panel-check').getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('table', { name: /^Trang "Kế hoạch kinh phí" \(/ }).waitFor();
    if (width === 350) await page.screenshot({ path: join(SHOTS, 'plan-sheet-choice-350.png') });
    await choice.selectOption(NEW_SHEET);
    await page.locator('#panel-check').getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('table', { name: new RegExp(`^Trang "${NEW_SHEET}" \\(`) }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Step 2 on the empty 2026–2035 sheet: its rows, named as that catalogue names them, to allocate to.
    await page.getByRole('tab', { name: /\d\. Phân bổ$/ }).click();
    const panel = page.locator('#panel-allocation');
    const grid = panel.getByRole('grid', { name: 'Các Hợp phần, Nội dung thành phần nhận phân bổ' });
    await grid.waitFor();
    expect(await grid.getByRole('checkbox').count()).toBeGreaterThan(5);
    await panel.getByLabel('Ngân sách trung ương được giao').fill('1.000');
    await panel.getByRole('button', { name: 'Xem trước', exact: true }).click();
    await panel.getByRole('table', { name: /^Xem trước phân bổ/ }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (width === 350) await page.screenshot({ path: join(SHOTS, 'allocation-2026-350.png') });
    await page.context().close();
  });
});
