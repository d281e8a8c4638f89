/**
 * The standalone task pane (the production build in dist/) in headless Chromium at 350×800, with a
 * generated plan of `rows` rows opened as an .xlsx: shared by the task-pane benchmarks.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildWorkbook } from '../src/app';
import { cliServices } from '../src/cli/compose';
import { bigPlan } from '../test/fixtures/big-plan';
import { serveHttp } from '../scripts/serve';

const CHROMIUM = '/usr/bin/chromium';
/** The build to serve: dist/, or another one named by BENCH_DIST (an unminified build to profile). */
const DIST = process.env['BENCH_DIST'] ?? join(__dirname, '..', 'dist');

/** Waits for a rendered frame: a requestAnimationFrame callback, then a task after it (the paint). */
export const NEXT_PAINT = `() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`;

/** The .xlsx `gnbv build` makes of a generated plan of `rows` rows. */
async function planWorkbook(rows: number): Promise<Buffer> {
  const plan = bigPlan(rows);
  const built = await buildWorkbook(plan, [], {}, cliServices());
  if (built.kind !== 'done') throw new Error(`bench: build failed: ${built.text.vi}`);
  return Buffer.from(built.value.bytes);
}

/** Opens the page on a `rows`-row plan workbook, runs `use` on it, and closes browser and server. */
export async function withPlanPage<T>(rows: number, use: (page: Page) => Promise<T>): Promise<T> {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('bench: dist/ is missing; build it first');
  const xlsx = await planWorkbook(rows);
  const { server, url } = await serveHttp(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 350, height: 800 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    await page.goto(`${url}taskpane.html`);
    await page.getByRole('tab', { name: /Phân bổ$/ }).waitFor();
    await page
      .locator('input[type="file"][accept*=".xlsx"]')
      .setInputFiles({ name: 'ke-hoach-lon.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
    await page
      .getByText(/ke-hoach-lon\.xlsx/)
      .first()
      .waitFor({ timeout: 120_000 });
    // Let the open settle (the workbook's own preview, the result message) before timing.
    await page.waitForTimeout(1000);
    return await use(page);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
