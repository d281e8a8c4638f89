/**
 * Step 2's mode "Theo tiêu chí, hệ số" in real headless Chromium on the built page (standalone mode,
 * an .xlsx holding the Xã A/B/C recipients opened in it): at 320 and 500 px the form, the caution, the
 * preview table (Tên | Điểm | Phần with the totals) and the written result fit without sideways
 * overflow, and axe-core finds nothing with a field error shown nor with the preview. Saves
 * screenshots under .tmp/screenshots/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkbookSession } from '../../src/app/session';
import { insertTemplate } from '../../src/app/template';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { ROOT, startBrowser, type BrowserSession } from './browser';

jest.setTimeout(180_000);

const SHOTS = join(ROOT, '.tmp/screenshots');
const SHEET = 'Đối tượng';
/** A long name, to see it cut with an ellipsis rather than widen the pane. */
const LONG = 'Xã Nậm Kè thuộc vùng đồng bào dân tộc thiểu số và miền núi';

/** axe-core's violations on the page as it is now (WCAG 2.2 AA and best practices), one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page })
    .disableRules(['color-contrast-enhanced', 'identical-links-same-purpose', 'meta-refresh-no-exceptions'])
    .analyze();
  expect(result.passes.length).toBeGreaterThan(20);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)}`),
  );
}

let session: BrowserSession;
let browser: Browser;
let url: string;
let input: string;

beforeAll(async () => {
  session = await startBrowser();
  ({ browser, url } = session);
  mkdirSync(SHOTS, { recursive: true });
  // The standalone pane opens workbooks holding a plan table: an empty template, and the recipients.
  const host = XlsxHost.empty(['Kế hoạch kinh phí']);
  const made = await insertTemplate(new WorkbookSession(host), { year: 2027, locality: 'tỉnh Điện Biên' });
  if (made.kind !== 'done') throw new Error(made.text.vi);
  const rows = [
    ['ten', 'nhom', 'thon_dbkk'],
    [LONG, 'khu_vuc_III', 5],
    ['Xã B', 'khu_vuc_II;bien_gioi', 2],
    ['Xã C', null, 0],
  ];
  await host.applyPatch({
    sheet: SHEET,
    createSheet: true,
    cells: rows.flatMap((row, i) =>
      row.flatMap((value, j) => (value === null ? [] : [{ address: `${'ABC'[j]}${i + 1}`, value }])),
    ),
  });
  input = join(mkdtempSync(join(tmpdir(), 'gnbv-criteria-')), 'doi-tuong.xlsx');
  writeFileSync(input, await host.toBytes());
});

afterAll(async () => {
  await session?.close();
});

describe.each([320, 500])('the criteria mode at %i px', (width) => {
  it('fits without sideways overflow, before and after the preview and the write', async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto(`${url}taskpane.html`);
    await page.getByLabel('Mở sổ tính .xlsx').setInputFiles(input);
    await page.getByText('Đang làm việc trên sổ tính "doi-tuong.xlsx".').first().waitFor();
    await page.getByRole('tab', { name: /Phân bổ/ }).click();
    await page.getByRole('radio', { name: 'Theo tiêu chí, hệ số' }).check();
    await page
      .getByText(/đối chiếu với văn bản gốc trước khi dùng/)
      .first()
      .waitFor();
    expect(await overflow()).toBe(0);

    // A field's problem is said under it.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Hãy ghi vùng đối tượng, ví dụ A1:C20.').first().waitFor();
    expect(await overflow()).toBe(0);
    expect(await violations(page)).toEqual([]);

    await page.getByLabel(/^Vùng đối tượng/).fill(`'${SHEET}'!A1:C4`);
    await page.getByLabel(/^Tổng số tiền/).fill('1.000');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const table = page.getByRole('table', { name: 'Điểm và phần phân bổ theo tiêu chí' });
    await table.waitFor();
    const rows = await table
      .getByRole('row')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Tên', 'Điểm', 'Phần'],
      [LONG, '55', '417'],
      ['Xã B', '52', '394'],
      ['Xã C', '25', '189'],
      ['Tổng cộng', '132', '1.000'],
    ]);
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `criteria-preview-${width}.png`), fullPage: true });
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ghi vào trang tính' }).click();
    await page
      .getByText(/Đã ghi điểm và phần phân bổ của 3 đối tượng vào D1:E4/)
      .first()
      .waitFor();
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `criteria-written-${width}.png`) });
    expect(errors).toEqual([]);
    await context.close();
  });
});
