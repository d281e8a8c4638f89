/**
 * A first-time user at task-pane width (350×800, standalone mode, real headless Chromium on the built
 * page) goes from opening the page to a downloaded Word document of a checked, allocated example plan
 * by following only what the page shows: roles and visible names, the steps in their order. Every
 * click goes through one function that counts it and first asserts that its target is on screen as it
 * stands (inside the viewport, not under the sticky header), so no scrolling is needed to find the next
 * action; typing in fields is free but held to the same rule. At most 8 clicks. Saves a screenshot
 * after each click as .tmp/screenshots/first-user-<n>.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { docxParts } from '../export/helpers';
import { ROOT, startBrowser, type BrowserSession } from './browser';

jest.setTimeout(180_000);

const SHOTS = join(ROOT, '.tmp/screenshots');
const DOWNLOADS = join(ROOT, '.tmp/first-user');
const MAX_CLICKS = 8;

/** What the user types: the assigned amounts (million đồng), not the example's own figures. */
const TYPED = { nstw: '8.000', nsdp: '120' } as const;

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowser();
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(DOWNLOADS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

/**
 * Throws unless `target` is visible, wholly inside the viewport at the current scroll position and
 * the topmost element at its centre (not covered by the sticky header or a bar): a user sees it
 * without scrolling. Checked before any playwright action, which would scroll by itself.
 */
async function assertOnScreen(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor({ state: 'visible' });
  const box = await target.boundingBox();
  if (box === null) throw new Error(`"${what}" is not rendered`);
  const view = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const where = `"${what}" at x=${Math.round(box.x)} y=${Math.round(box.y)} h=${Math.round(box.height)} in ${view.width}×${view.height}`;
  if (box.y < 0 || box.y + box.height > view.height || box.x < 0 || box.x + box.width > view.width) {
    throw new Error(`${where}: the user would have to scroll to find it`);
  }
  const onTop = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (el === hit || el.contains(hit) || hit.contains(el));
  });
  if (!onTop) throw new Error(`${where}: something covers it`);
}

/** Waits until a button can be pressed (an action it depends on has finished). */
async function expectEnabled(button: Locator): Promise<void> {
  const handle = await button.elementHandle();
  await button.page().waitForFunction((el) => el instanceof HTMLButtonElement && !el.disabled, handle);
}

/** The one way this user clicks: counted, on screen first, then a screenshot once `settled`. */
class CountingUser {
  clicks = 0;
  readonly steps: string[] = [];

  constructor(readonly page: Page) {}

  async click(target: Locator, what: string, settled?: () => Promise<unknown>): Promise<void> {
    await assertOnScreen(this.page, target, what);
    this.clicks += 1;
    this.steps.push(what);
    await target.click();
    if (settled !== undefined) await settled();
    await this.page.screenshot({ path: join(SHOTS, `first-user-${this.clicks}.png`) });
  }

  /** Typing is not counted, but the field too must be on screen. */
  async type(target: Locator, what: string, text: string): Promise<void> {
    await assertOnScreen(this.page, target, what);
    await target.fill(text);
  }
}

it(`takes a first-time user from the page to a checked, allocated example's Word document in ≤ ${MAX_CLICKS} clicks, without scrolling`, async () => {
  const context = await session.browser.newContext({
    viewport: { width: 350, height: 800 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const user = new CountingUser(page);
  await page.goto(`${session.url}taskpane.html`);
  await page.getByRole('heading', { name: 'Kinh phí GNBV' }).waitFor();

  // The page starts on the example plan and says so; no click is needed to get it.
  await assertOnScreen(page, page.getByText(/^Đang làm việc trên kế hoạch mẫu/), 'the example plan line');
  await page.screenshot({ path: join(SHOTS, 'first-user-0.png') });

  // Step 2: the assigned amounts, a preview, then writing the values (agreeing to overwrite if asked).
  const allocation = page.locator('#panel-allocation');
  await user.click(page.getByRole('tab', { name: '2. Phân bổ' }), 'tab 2. Phân bổ', () =>
    allocation.getByRole('grid', { name: 'Các Dự án, Tiểu dự án nhận phân bổ' }).waitFor(),
  );
  await user.type(allocation.getByLabel('Ngân sách trung ương được giao'), 'NSTW được giao', TYPED.nstw);
  await user.type(allocation.getByLabel('Ngân sách địa phương (vốn đối ứng)'), 'NSĐP được giao', TYPED.nsdp);
  const previewTable = allocation.getByRole('table', { name: /^Xem trước phân bổ/ });
  const writeValues = allocation.getByRole('button', { name: 'Ghi giá trị', exact: true });
  await user.click(allocation.getByRole('button', { name: 'Xem trước', exact: true }), 'Xem trước', () =>
    Promise.all([previewTable.waitFor(), expectEnabled(writeValues)]),
  );
  const totalsRow = previewTable.getByRole('row').filter({ hasText: 'Tổng cộng' });
  const totals = (await totalsRow.getByRole('cell').allInnerTexts()).map((s) => s.trim());
  // Tổng cộng | NSTW | NSĐP | Tổng: the typed amounts come back, and their sum is the allocated total.
  expect(totals.slice(1)).toEqual([TYPED.nstw, TYPED.nsdp, '8.120']);
  const allocatedTotal = totals[3] ?? '';

  const written = page.getByText(/Đã ghi phân bổ cho \d+ dòng/);
  const dialog = page.getByRole('alertdialog');
  await user.click(writeValues, 'Ghi giá trị', () => Promise.race([written.waitFor(), dialog.waitFor()]));
  if (await dialog.isVisible()) {
    await user.click(dialog.getByRole('button', { name: 'Ghi đè' }), 'Ghi đè', () => written.waitFor());
  }

  // Step 3: the check finds no error.
  const check = page.locator('#panel-check');
  await user.click(page.getByRole('tab', { name: '3. Kiểm tra' }), 'tab 3. Kiểm tra');
  const clean = page.getByText('Không phát hiện sai lệch: mọi tổng đều khớp.');
  const summary = check.getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ thông tin\./);
  await user.click(check.getByRole('button', { name: 'Kiểm tra', exact: true }), 'Kiểm tra', () =>
    Promise.race([clean.waitFor(), summary.waitFor()]),
  );
  if (await summary.isVisible()) expect(await summary.innerText()).toMatch(/^0 lỗi,/);
  expect(await check.getByRole('listitem').filter({ hasText: /^Lỗi/ }).count()).toBe(0);

  // Step 4: the section as it will be written holds the total; the Word document is downloaded.
  const exportPanel = page.locator('#panel-export');
  const section = exportPanel.getByRole('region', { name: 'Xem trước phần kinh phí' });
  const totalLine = section.locator('p').filter({ hasText: allocatedTotal }).first();
  await user.click(page.getByRole('tab', { name: '4. Xuất' }), 'tab 4. Xuất', () => totalLine.waitFor());
  const previewed = (await totalLine.innerText()).trim();
  const downloading = page.waitForEvent('download');
  await user.click(
    exportPanel.getByRole('button', { name: 'Tải văn bản Word', exact: true }),
    'Tải văn bản Word',
    () => downloading,
  );
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^kinh-phi-[a-z0-9]+(-[a-z0-9]+)*-\d{4}\.docx$/);
  expect(name).toBe('kinh-phi-thi-xa-muong-lay-2024.docx');
  const saved = join(DOWNLOADS, name);
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  const { lines } = docxParts(bytes);
  // The document holds the previewed paragraph with the allocated total, word for word.
  expect(lines.map((l) => l.trim())).toContain(previewed);

  console.log(
    `first-time user: ${user.clicks} clicks: ${user.steps.join(' → ')}; ${name} holds "${previewed}"`,
  );
  expect(user.clicks).toBeLessThanOrEqual(MAX_CLICKS);
  await context.close();
});
