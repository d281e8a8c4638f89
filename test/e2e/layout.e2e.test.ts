/**
 * The task pane at task-pane width, in real headless Chromium on the built page (standalone mode, on
 * the example plan): for every step at 350×800 and 320×700 the step tabs start within the first 200 px
 * and stay there while the step scrolls, nothing overflows sideways, and the result of an action is
 * inside the viewport and has the focus; an invalid field says so right under itself; the English
 * switch sets `<html lang>`. Saves a screenshot of each step at 350 px under .tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ROOT, startBrowser, type BrowserSession } from './browser';

jest.setTimeout(180_000);

const SHOTS = join(ROOT, '.tmp/screenshots');

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

type StepName = 'Mẫu' | 'Phân bổ' | 'Kiểm tra' | 'Xuất';

/**
 * Each step, its panel and the action whose result is looked for; `before`, when given, is clicked
 * first and must leave the action enabled (or show a result of its own, which then counts).
 */
const STEPS: readonly { name: StepName; panel: string; file: string; action: string; before?: string }[] = [
  { name: 'Mẫu', panel: 'template', file: 'mau', action: 'Chèn mẫu' },
  { name: 'Phân bổ', panel: 'allocation', file: 'phan-bo', action: 'Ghi giá trị', before: 'Xem trước' },
  { name: 'Kiểm tra', panel: 'check', file: 'kiem-tra', action: 'Kiểm tra' },
  { name: 'Xuất', panel: 'export', file: 'xuat', action: 'Ghi vào trang Kinh phí' },
];

async function open(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${url}taskpane.html`);
  await page.getByRole('heading', { name: 'Kinh phí GNBV' }).waitFor();
  return page;
}

async function openStep(page: Page, name: StepName): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`\\d\\. ${name}$`) }).click();
}

/** The top edge of the step tabs, in viewport pixels. */
async function tabsTop(page: Page): Promise<number> {
  const box = await page.getByRole('tablist').boundingBox();
  if (box === null) throw new Error('the step tabs are not rendered');
  return box.y;
}

/** How far the page is wider than the viewport (0 when nothing overflows sideways). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Scrolls to the bottom, so an action's result starts off screen when the step is taller than it. */
async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** Where a locator's box is against the viewport, for a readable failure. */
async function placement(
  page: Page,
  target: Locator,
): Promise<{ top: number; bottom: number; height: number }> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('the element is not rendered');
  const height = page.viewportSize()?.height ?? 0;
  return { top: Math.round(box.y), bottom: Math.round(box.y + box.height), height };
}

/** Clicks the step's action, agrees to overwrite when asked, and returns the step's message bar. */
async function act(page: Page, step: (typeof STEPS)[number]): Promise<Locator> {
  const panel = page.locator(`#panel-${step.panel}`);
  const bar = panel.locator('.fui-MessageBar');
  const button = panel.getByRole('button', { name: step.action, exact: true });
  if (step.before !== undefined) {
    await panel.getByRole('button', { name: step.before, exact: true }).click();
    const enabled = page.waitForFunction(
      (el) => el !== null && !(el as HTMLButtonElement).disabled,
      await button.elementHandle(),
    );
    await Promise.race([enabled, bar.waitFor()]);
    if (await bar.isVisible()) return bar;
  }
  await button.waitFor();
  await button.click();
  const dialog = page.getByRole('alertdialog');
  await Promise.race([dialog.waitFor(), bar.waitFor()]);
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Ghi đè' }).click();
  await bar.waitFor();
  // Scrolling into view is smooth in some engines; give it a frame or two.
  await page.waitForTimeout(100);
  return bar;
}

describe.each([
  [350, 800],
  [320, 700],
])('the task pane at %i×%i px', (width, height) => {
  it.each(STEPS.map((s) => [s.name, s] as const))(
    'step %s: tabs at the top and always visible, no sideways overflow, the result in view',
    async (_name, step) => {
      const page = await open(width, height);
      await openStep(page, step.name);
      expect(await tabsTop(page)).toBeLessThanOrEqual(200);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      if (width === 350) await page.screenshot({ path: join(SHOTS, `layout-${step.file}-350.png`) });

      await scrollToBottom(page);
      const tabs = await tabsTop(page);
      expect(tabs).toBeGreaterThanOrEqual(0);
      expect(tabs).toBeLessThanOrEqual(200);

      const bar = await act(page, step);
      const where = await placement(page, bar);
      expect(where.top).toBeGreaterThanOrEqual(0);
      expect(where.bottom).toBeLessThanOrEqual(where.height);
      // The result has the focus, so a screen reader reads it and Tab goes on from it.
      expect(await bar.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      if (width === 350) await page.screenshot({ path: join(SHOTS, `layout-${step.file}-350-result.png`) });
      await page.context().close();
    },
  );

  it('keeps the workbook to one line and its preview, opened, within the width', async () => {
    const page = await open(width, height);
    const line = page.getByText(/^Đang làm việc trên /);
    const box = await line.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(24);
    await page.getByRole('button', { name: 'Xem trang tính' }).click();
    await page.getByRole('table').getByText('TỔNG CỘNG', { exact: true }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (width === 350) await page.screenshot({ path: join(SHOTS, 'layout-preview-350.png') });
    await page.context().close();
  });
});

describe('feedback and language at 350 px', () => {
  it('shows an invalid year under its field, marked invalid, with the focus on it', async () => {
    const page = await open(350, 800);
    const year = page.getByLabel('Năm kế hoạch');
    await year.fill('202');
    await page.getByRole('button', { name: 'Chèn mẫu', exact: true }).click();
    const message = page.getByText(/Ô "Năm kế hoạch" phải là một năm từ 2000 đến 2100/);
    await message.waitFor();
    expect(await year.getAttribute('aria-invalid')).toBe('true');
    const field = await year.boundingBox();
    const said = await message.boundingBox();
    if (field === null || said === null) throw new Error('field or message not rendered');
    const gap = said.y - (field.y + field.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(80);
    expect(await year.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'layout-field-error-350.png') });
    await page.context().close();
  });

  it('switches <html lang> with the language menu and says documents stay Vietnamese', async () => {
    const page = await open(350, 800);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' }).click();
    await page.getByText(/chữ trên trang tính luôn bằng tiếng Việt/).waitFor();
    // The menu fades and slides in: the screenshot waits until it is fully shown, not caught mid-way.
    await page.waitForFunction(() => {
      const menu = document.querySelector('[role="menu"]');
      if (menu === null || document.getAnimations().some((a) => a.playState === 'running')) return false;
      for (let el: Element | null = menu; el !== null; el = el.parentElement) {
        if (getComputedStyle(el).opacity !== '1') return false;
      }
      return true;
    });
    await page.screenshot({ path: join(SHOTS, 'layout-language-menu-350.png') });
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await page.getByRole('tab', { name: '1. Template' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: 'Tiếng Việt' }).click();
    await page.getByRole('tab', { name: '1. Mẫu' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.context().close();
  });
});
