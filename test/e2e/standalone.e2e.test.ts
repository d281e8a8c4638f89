/**
 * Standalone mode in real headless Chromium (Debian's, driven by playwright-core), served over HTTP
 * from dist/: a person without Excel opens an .xlsx (huyện Sông Mã's plan, made here by the .xlsx
 * host as `gnbv build` lays it out), sees it in the preview, checks it, writes the kinh phí section,
 * downloads the workbook; node then re-reads the download with the .xlsx host.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { answerOfficeTelemetry, ROOT, startBrowser, type BrowserSession } from './browser';
import { docxToLines } from '../helpers/docx-lines';
import { XlsxHost } from '../../src/hosts/xlsx';
import { DEFAULT_SECTION_SHEET } from '../../src/sheet';
import { songMaWorkbookBytes } from '../fixtures/workbooks/song-ma-workbook';

const root = ROOT;

jest.setTimeout(120_000);

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

describe('standalone mode in Chromium', () => {
  it('opens an .xlsx, checks it, writes the section and downloads a workbook that reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gnbv-standalone-'));
    const input = join(dir, 'song-ma.xlsx');
    writeFileSync(input, await songMaWorkbookBytes());

    const context = await browser.newContext({
      viewport: { width: 480, height: 1000 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    await answerOfficeTelemetry(context);
    const page = await context.newPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await page.goto(`${url}taskpane.html`);
    await page.getByRole('heading', { name: 'Sổ tính' }).waitFor();
    // The sheet preview is collapsed under the workbook line until asked for.
    await page.getByRole('button', { name: 'Xem trang tính' }).click();
    await page.getByRole('table').getByText('TỔNG CỘNG', { exact: true }).waitFor();
    // exceljs is its own chunk, fetched only when a workbook is opened or saved.
    expect(scripts.some((s) => /exceljs/.test(s))).toBe(false);

    await page.getByLabel('Mở sổ tính .xlsx').setInputFiles(input);
    await page.getByText('Đang làm việc trên sổ tính "song-ma.xlsx".').waitFor();
    expect(scripts.some((s) => /exceljs/.test(s))).toBe(true);
    const table = page.getByRole('table');
    await table.getByText('TỔNG CỘNG', { exact: true }).waitFor();
    // The assigned totals as the .xlsx host shows them (15.089 + 466,25 = 15.555,25).
    await table.getByText('15.089,00').first().waitFor();
    await table.getByText('466,25').first().waitFor();

    await page.getByRole('tab', { name: /Kiểm tra/ }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Không phát hiện sai lệch: mọi tổng đều khớp.').first().waitFor();

    await page.getByRole('tab', { name: /Xuất/ }).click();
    await page.getByRole('button', { name: 'Ghi vào trang Kinh phí' }).click();
    await page
      .getByText(/Đã ghi phần kinh phí/)
      .first()
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: 'Sổ tính', exact: true })
        .click()
        .then(() => page.getByRole('menuitem', { name: 'Tải về sổ tính' }).click()),
    ]);
    expect(download.suggestedFilename()).toBe('song-ma.xlsx');
    const saved = join(dir, 'downloaded.xlsx');
    await download.saveAs(saved);
    await page.getByText('Đã tạo tệp "song-ma.xlsx" để tải về.').first().waitFor();

    // The official Word document of the same workbook, built in the page (step 4's download).
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải văn bản Word' }).click(),
    ]);
    expect(word.suggestedFilename()).toBe('kinh-phi-huyen-song-ma-2024.docx');
    const savedDocx = join(dir, 'downloaded.docx');
    await word.saveAs(savedDocx);
    const lines = await docxToLines(readFileSync(savedDocx));
    expect(lines.ok && lines.lines.join('\n')).toContain('15.555,25 triệu đồng');

    mkdirSync(join(root, '.tmp/screenshots'), { recursive: true });
    await page.getByRole('heading', { name: 'Sổ tính' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(root, '.tmp/screenshots/standalone.png'), fullPage: true });

    const host = await XlsxHost.fromBuffer(readFileSync(saved));
    const section = await host.readSheet(DEFAULT_SECTION_SHEET);
    const text = (section?.rows ?? []).flatMap((r) => r.map((c) => c.text)).join('\n');
    expect(text).toMatch(/Tổng kinh phí thực hiện|Nguồn vốn giao/);
    expect(text).toContain('15.555,25');
    expect(errors).toEqual([]);
    await context.close();
  });
});
