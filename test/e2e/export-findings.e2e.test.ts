/**
 * Findings you can see and the one export step, in real headless Chromium at task-pane width
 * (350×800), standalone mode: step 4 previews huyện Sông Mã's section with the chosen wording and
 * downloads the Word document with the same options, named from the locality and year. Then a
 * workbook with a figure typed as text is opened and checked: the consequences are listed under
 * their cause; a click on the cause scrolls the sheet preview to its cell and outlines it in view.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { XlsxHost } from '../../src/hosts/xlsx';
import { docxToLines } from '../helpers/docx-lines';
import { songMaWorkbookBytes } from '../fixtures/workbooks/song-ma-workbook';
import { ROOT, startBrowser, type BrowserSession } from './browser';

jest.setTimeout(180_000);

let session: BrowserSession;
let browser: Browser;
let url: string;

beforeAll(async () => {
  session = await startBrowser();
  ({ browser, url } = session);
});

afterAll(async () => {
  await session?.close();
});

/** The text cell: Tiểu dự án 3 of Dự án 4, vốn sự nghiệp, typed as text "1.460". */
const TEXT_CELL = 'E21';

/** Sông Mã's workbook with one amount typed as text, so the sums above it disagree with the reading. */
async function workbookWithTextFigure(path: string): Promise<void> {
  const host = await XlsxHost.fromBuffer(await songMaWorkbookBytes());
  const [sheet] = await host.listSheets();
  const snapshot = await host.readSheet(sheet ?? '');
  const row = snapshot?.rows[20 - (snapshot?.originRow ?? 0)];
  // The fixture's layout: row 21 is Tiểu dự án 3 of Dự án 4 with 1.460 in E.
  expect(row?.[1]?.text).toBe('Tiểu dự án 3: Hỗ trợ việc làm bền vững');
  expect(row?.[4]?.value).toBe(1460);
  await host.applyPatch({ sheet: sheet ?? '', cells: [{ address: TEXT_CELL, value: '1.460' }] });
  writeFileSync(path, await host.toBytes());
}

/** The cell's centre is inside the viewport and the cell is what shows there (not clipped by its scroller). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const cell = document.querySelector(sel);
    if (!cell) return false;
    const box = cell.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit === cell || (hit !== null && cell.contains(hit));
  }, selector);
}

describe('findings and export at 350 px in standalone mode', () => {
  it('shows a clicked finding in the sheet preview and downloads the Word document with the chosen options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gnbv-export-findings-'));
    const clean = join(dir, 'song-ma.xlsx');
    writeFileSync(clean, await songMaWorkbookBytes());
    const input = join(dir, 'song-ma-text.xlsx');
    await workbookWithTextFigure(input);
    const shots = join(ROOT, '.tmp/screenshots');
    mkdirSync(shots, { recursive: true });

    const context = await browser.newContext({
      viewport: { width: 350, height: 800 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${url}taskpane.html`);
    await page.getByLabel('Mở sổ tính .xlsx').setInputFiles(clean);
    await page.getByText('Đang làm việc trên sổ tính "song-ma.xlsx".').first().waitFor();

    // Step 4: the preview follows the chosen wording; the download uses the same options.
    await page.getByRole('tab', { name: /Xuất/ }).click();
    await page.getByRole('radio', { name: /^Nguồn vốn giao/ }).check();
    await page.getByRole('radio', { name: 'Tất cả' }).check();
    const sectionPreview = page.getByRole('region', { name: 'Xem trước phần kinh phí' });
    await sectionPreview
      .getByText('- Nguồn vốn giao năm 2024: 7.133,25 triệu đồng (Bảy tỷ một trăm ba mươi ba triệu', {
        exact: false,
      })
      .waitFor();
    await page.screenshot({ path: join(shots, 'export-step-350.png') });

    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải văn bản Word' }).click(),
    ]);
    expect(word.suggestedFilename()).toBe('kinh-phi-huyen-song-ma-2024.docx');
    const saved = join(dir, 'downloaded.docx');
    await word.saveAs(saved);
    const lines = await docxToLines(readFileSync(saved));
    if (!lines.ok) throw new Error('the downloaded document does not read');
    const text = lines.lines.join('\n');
    expect(text).toContain(
      '- Nguồn vốn giao năm 2024: 7.133,25 triệu đồng (Bảy tỷ một trăm ba mươi ba triệu hai trăm năm mươi nghìn đồng). Trong đó:',
    );
    expect(text).not.toContain('b) Kinh phí thực hiện');
    await page
      .getByText('Đã tạo văn bản Word "kinh-phi-huyen-song-ma-2024.docx" để tải về.')
      .first()
      .waitFor();
    // A workbook with a figure typed as text (nothing was written to the first one: no question asked).
    await page.getByLabel('Mở sổ tính .xlsx').setInputFiles(input);
    await page.getByText('Đang làm việc trên sổ tính "song-ma-text.xlsx".').first().waitFor();

    // Step 3: check; the text figure is the cause, the sums that disagree because of it sit under it.
    await page.getByRole('tab', { name: /Kiểm tra/ }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const list = page.getByRole('list', { name: 'Kết quả kiểm tra' });
    await list.waitFor();
    const consequences = list.getByRole('list', { name: `Hệ quả của ô ${TEXT_CELL}` });
    expect(await consequences.getByRole('button').count()).toBeGreaterThan(0);
    expect(await consequences.getByText(`do ô ${TEXT_CELL}`, { exact: false }).count()).toBeGreaterThan(0);
    // The badge's text fits its pill.
    const badge = list.locator('.fui-Badge').first();
    const fits = await badge.evaluate((b) => b.scrollWidth <= b.clientWidth + 1);
    expect(fits).toBe(true);

    const cause = list.getByRole('button', { name: new RegExp(`Ô ${TEXT_CELL}$`) }).first();
    await cause.click();
    const preview = page.getByRole('region', { name: /^Trang "Kế hoạch kinh phí" \(chỉ xem/ });
    const outlined = preview.locator('[aria-current="location"]');
    await outlined.waitFor();
    expect(await outlined.getAttribute('data-cell')).toBe(TEXT_CELL);
    await page.waitForTimeout(400);
    expect(await inView(page, `[aria-current="location"][data-cell="${TEXT_CELL}"]`)).toBe(true);
    // Formula cells show their results, Vietnamese-style; the sheet's own total leaves the text out.
    expect(await preview.locator('[data-cell="C14"]').textContent()).toBe('7.133,25');
    expect(await preview.locator('[data-cell="C12"]').textContent()).toBe('14.095,25');
    await page.screenshot({ path: join(shots, 'check-step-350.png') });

    // Marks show in the preview.
    await page.getByRole('button', { name: 'Đánh dấu ô lỗi' }).click();
    await page
      .getByText(/Đã tô màu \d+ ô/)
      .first()
      .waitFor();
    await expectMarked(page, TEXT_CELL);

    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The cell has the error or warning fill in the check step's preview. */
async function expectMarked(page: Page, cell: string): Promise<void> {
  await page.getByRole('tab', { name: /Kiểm tra/ }).click();
  const target = page
    .getByRole('region', { name: /^Trang "Kế hoạch kinh phí" \(chỉ xem/ })
    .locator(`[data-cell="${cell}"]`);
  await eventually(
    async () => (await target.evaluate((c) => getComputedStyle(c).backgroundColor)) === 'rgb(255, 243, 205)',
  );
}

async function eventually(test: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met within 5 s');
}
