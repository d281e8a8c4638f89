/**
 * The built task pane in real headless Chromium (Debian's, driven by playwright-core), served
 * over HTTP from dist/ with office.js as the add-in serves it: outside Office it must render the
 * Vietnamese UI, say it runs outside Excel, work on the example plan, log no console error and
 * pass axe-core with no violation of any impact.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { answerOfficeTelemetry, DIST, ROOT, startBrowser, type BrowserSession } from './browser';

const root = ROOT;
const dist = DIST;

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

async function open(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'vi-VN' });
  await answerOfficeTelemetry(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${url}taskpane.html`);
  await page.getByRole('heading', { name: 'Kinh phí GNBV' }).waitFor();
  return { page, errors };
}

describe('the task pane in Chromium, outside Office', () => {
  it('renders the Vietnamese UI, says it runs outside Excel, and logs no error', async () => {
    const { page, errors } = await open();
    for (const name of ['Mẫu', 'Phân bổ', 'Kiểm tra', 'Xuất']) {
      await page.getByRole('tab', { name: new RegExp(name) }).waitFor();
    }
    await page.getByText('Đang chạy ngoài Excel', { exact: false }).first().waitFor();
    // One step at a time: the other steps' panels are hidden.
    expect(await page.getByRole('heading', { name: 'Chèn mẫu kế hoạch' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Viết phần kinh phí' }).isVisible()).toBe(false);
    mkdirSync(join(root, '.tmp/screenshots'), { recursive: true });
    await page.screenshot({ path: join(root, '.tmp/screenshots/taskpane.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks the example plan and writes its section', async () => {
    const { page, errors } = await open();
    await page.getByRole('tab', { name: /Kiểm tra/ }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Không phát hiện sai lệch: mọi tổng đều khớp.').first().waitFor();
    await page.getByRole('tab', { name: /Xuất/ }).click();
    await page.getByRole('button', { name: 'Ghi vào trang Kinh phí' }).click();
    await page
      .getByText(/Đã ghi phần kinh phí/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(root, '.tmp/screenshots/taskpane-export.png'), fullPage: true });
    // The write can be undone from the toolbar.
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await page
      .getByText(/Đã hoàn tác/)
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no accessibility violation of any impact (axe-core)', async () => {
    const { page } = await open();
    // All rules, nothing excluded.
    const all = await new AxeBuilder({ page }).analyze();
    expect(
      all.violations.map(
        (v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${v.nodes.map((n) => n.html).join(' | ')}`,
      ),
    ).toEqual([]);
    await page.close();
  });
});

describe('the build', () => {
  it('writes functions.json with the eight GNBV functions', () => {
    const json = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as {
      functions: { id: string }[];
    };
    expect(json.functions.map((f) => f.id).sort()).toEqual(
      ['BANGCHU', 'DOIUNG', 'KIEMTRA', 'KINHPHI', 'PHANBO', 'PHANBO_NGUON', 'PHANBO_TIEUCHI', 'SO'].sort(),
    );
  });

  it('serves office.js from the add-in itself and writes the manifest', () => {
    expect(readFileSync(join(dist, 'taskpane.html'), 'utf8')).toContain('src=office-js/office.js');
    expect(existsSync(join(dist, 'office-js/office.js'))).toBe(true);
    expect(readFileSync(join(dist, 'manifest.xml'), 'utf8')).toContain(
      '<Namespace resid="Functions.Namespace"/>',
    );
  });
});
