/**
 * The task pane's allocation step on a 5 000-row plan, in headless Chromium (standalone mode, the
 * production build in dist/): the time from clicking the "Phân bổ" tab to the grid's first rows painted,
 * and the time from one keystroke in a weight field to the next paint. Targets: ≤ 500 ms and ≤ 50 ms.
 * Run with `npx tsx bench/pane-allocation.ts [rows]` after `npx webpack --mode production`.
 */
import { NEXT_PAINT, withPlanPage } from './pane-page';

/** Clicks the "Phân bổ" tab and waits for the grid's first lines painted; resolves with the time. */
const OPEN_STEP = `(async () => {
  const nextPaint = ${NEXT_PAINT};
  const tab = Array.from(document.querySelectorAll('[role="tab"]')).find((t) => /Phân bổ$/.test(t.textContent || ''));
  if (tab === undefined) throw new Error('no "Phân bổ" tab');
  const t0 = performance.now();
  tab.click();
  for (;;) {
    await nextPaint();
    const grid = document.querySelector('#panel-allocation [role="grid"]');
    if (grid && grid.querySelector('input[type="checkbox"]')) {
      return {
        ms: performance.now() - t0,
        gridRows: Number(grid.getAttribute('aria-rowcount')) - 2,
        rendered: grid.querySelectorAll('input[type="checkbox"]').length,
      };
    }
    if (performance.now() - t0 > 60000) throw new Error('the grid did not show in a minute');
  }
})()`;

/** Types 7 digits into the first weight field, one event sequence each, timing each to the next paint. */
const TYPE_WEIGHT = `(async () => {
  const nextPaint = ${NEXT_PAINT};
  const input = document.querySelector('#panel-allocation input[id^="weight-"]');
  if (input === null) throw new Error('no weight field');
  input.focus();
  const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  const times = [];
  let typed = '';
  for (const ch of '1234567') {
    await nextPaint();
    typed += ch;
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true }));
    valueProperty.set.call(input, typed);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: ch, bubbles: true }));
    await nextPaint();
    times.push(performance.now() - t0);
  }
  if (input.value !== typed) throw new Error('the field shows "' + input.value + '", not "' + typed + '"');
  return times;
})()`;

/** What one run measured, in milliseconds. */
export interface PaneAllocationTimes {
  readonly planRows: number;
  /** Rows the grid offers (aria-rowcount minus header and totals). */
  readonly gridRows: number;
  /** Lines the grid rendered for them. */
  readonly renderedLines: number;
  readonly openStepMs: number;
  readonly keystrokeMedianMs: number;
  readonly keystrokeMaxMs: number;
  /** Every keystroke, in order. */
  readonly keystrokesMs: readonly number[];
}

/** Opens the plan in the page, then times opening the allocation step and typing in a weight field. */
export async function timePaneAllocation(rows = 5000): Promise<PaneAllocationTimes> {
  return withPlanPage(rows, async (page) => {
    // In-page code is passed as text: a bundler's helpers (tsx's __name) do not exist in the page.
    const open = await page.evaluate<{ ms: number; gridRows: number; rendered: number }>(OPEN_STEP);
    const keys = await page.evaluate<number[]>(TYPE_WEIGHT);
    const sorted = [...keys].sort((a, b) => a - b);
    return {
      planRows: rows,
      gridRows: open.gridRows,
      renderedLines: open.rendered,
      openStepMs: Math.round(open.ms),
      keystrokeMedianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
      keystrokeMaxMs: Math.round(sorted[sorted.length - 1] ?? NaN),
      keystrokesMs: keys.map((k) => Math.round(k)),
    };
  });
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 5000);
  timePaneAllocation(rows).then(
    (t) => {
      console.log(
        `pane allocation, ${t.planRows}-row plan (${t.gridRows} rows in the grid, ${t.renderedLines} lines rendered): ` +
          `open step ${t.openStepMs} ms (target ≤ 500); keystroke to next paint median ${t.keystrokeMedianMs} ms, ` +
          `max ${t.keystrokeMaxMs} ms (target ≤ 50; each: ${t.keystrokesMs.join(', ')})`,
      );
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
