/**
 * Standalone mode in real headless Chromium on a workbook LibreOffice saved: a plan built by
 * `gnbv build` and saved again by LibreOffice headless is opened in the page, the assigned NSTW and
 * NSĐP are allocated by last year's shares with step 0,01 and written, and the check finds no error.
 * The downloaded workbook, recalculated by LibreOffice, holds the engine's exact figure in every amount
 * cell. Four more writes (allocations with other totals and methods, the kinh phí section) give five
 * steps to undo; five undos and two redos give back exactly the cells recorded after each step.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dec, formatVi, type Dec } from '../../src/domain/money';
import { DEFAULT_SECTION_SHEET } from '../../src/sheet';
import { expectAllocation, type Expectation, type TypedAllocation } from './allocation-expectation';
import { answerOfficeTelemetry, startBrowser, type BrowserSession } from './browser';
import { cachedPairs, libreOfficePairs, type AmountPair } from './lo-amounts';
import { loSavedPlanWorkbook, writerApplication } from './lo-plan-workbook';
import { StandaloneDriver } from './standalone-driver';
import { stateDifferences, workbookState, type WorkbookState } from './workbook-state';

jest.setTimeout(600_000);

let session: BrowserSession;
let dir: string;

beforeAll(async () => {
  session = await startBrowser();
  dir = mkdtempSync(join(tmpdir(), 'gnbv-standalone-lo-'));
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The preview table's body as the page must show it: the engine's rows and totals in Vietnamese notation. */
function shownPreview(e: Expectation): string[][] {
  const line = (label: string, r: { nstw: Dec; nsdp: Dec }) => [
    label,
    formatVi(r.nstw),
    formatVi(r.nsdp),
    formatVi(r.nstw.plus(r.nsdp)),
  ];
  return [...e.preview.rows.map((r) => line(r.label, r)), line('Tổng cộng', e.preview.totals)];
}

/** The cells a written allocation must hold in the downloaded workbook: shares, assigned totals, step. */
function writtenFigures(state: WorkbookState, e: Expectation, typed: TypedAllocation) {
  const figure = (address: string | undefined): string => {
    const c = address === undefined ? undefined : state[e.sheet]?.[address];
    return typeof c?.value === 'number' ? dec(String(c.value)).toFixed() : `not a number: ${c?.text ?? ''}`;
  };
  const actual = {
    rows: e.preview.rows.map((r) => [
      r.code,
      figure(e.cells.amounts[r.code]?.nstw_su_nghiep),
      figure(e.cells.amounts[r.code]?.nsdp),
    ]),
    settings: [
      figure(e.cells.settings.nstwGiao),
      figure(e.cells.settings.nsdpGiao),
      figure(e.cells.settings.step),
    ],
  };
  const expected = {
    rows: e.preview.rows.map((r) => [r.code, r.nstw.toFixed(), r.nsdp.toFixed()]),
    // The typed figures, read here by hand: "8.123,45" is 8123.45 in Vietnamese notation.
    settings: [typed.nstw, typed.nsdp, typed.step].map((t) =>
      dec(t.replace(/\./g, '').replace(',', '.')).toFixed(),
    ),
  };
  return { actual, expected };
}

function mismatches(pairs: readonly AmountPair[]): AmountPair[] {
  return pairs.filter((p) => p.sheet !== p.engine);
}

describe('standalone mode on a workbook LibreOffice saved', () => {
  it('allocates by last year’s shares to the cent, checks clean, recalculates exactly in LibreOffice, and undoes and redoes exactly', async () => {
    const made = await loSavedPlanWorkbook(join(dir, 'made'));
    expect(await writerApplication(readFileSync(made.path))).toMatch(/^LibreOffice/);
    const downloads = join(dir, 'downloads');
    mkdirSync(downloads);

    const context = await session.browser.newContext({
      viewport: { width: 480, height: 1000 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    await answerOfficeTelemetry(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${session.url}taskpane.html`);
    await page.getByRole('heading', { name: 'Sổ tính' }).waitFor();
    const ui = new StandaloneDriver(page, downloads);

    await ui.open(made.path, 'nam-thu.xlsx');
    const bytes0 = await ui.download('opened');
    const state0 = await workbookState(bytes0);

    // 1. NSTW and NSĐP by last year's shares, step 0,01.
    const typed1: TypedAllocation = { nstw: '8.123,45', nsdp: '401,37', step: '0,01', method: 'last-year' };
    const e1 = await expectAllocation(bytes0, typed1);
    // The page opened what LibreOffice wrote: the same split from the file itself.
    const fromFile = await expectAllocation(readFileSync(made.path), typed1);
    const plain = (e: Expectation) =>
      e.preview.rows.map((r) => `${r.code} ${r.nstw.toFixed()} ${r.nsdp.toFixed()}`);
    expect(plain(e1)).toEqual(plain(fromFile));
    expect(e1.preview.rows.length).toBe(8);
    // Last year's shares: the split is not the trivial one (every NSĐP share differs, cents included).
    expect(new Set(e1.preview.rows.map((r) => r.nsdp.toFixed())).size).toBe(8);
    const w1 = await ui.allocate(typed1);
    expect(w1.shown).toEqual(shownPreview(e1));

    const findings = await ui.check();
    expect(findings.filter((f) => f.startsWith('Lỗi'))).toEqual([]);

    const bytes1 = await ui.download('allocated-1');
    const state1 = await workbookState(bytes1);
    const f1 = writtenFigures(state1, e1, typed1);
    expect(f1.actual).toEqual(f1.expected);
    const cached1 = cachedPairs(state1, e1.sheet, e1.amounts);
    expect(cached1.length).toBeGreaterThan(30);
    expect(mismatches(cached1)).toEqual([]);
    const lo1 = libreOfficePairs(join(dir, 'lo-1'), [
      { name: 'allocated-1', bytes: bytes1, sheet: e1.sheet, amounts: e1.amounts },
    ])['allocated-1'];
    expect(lo1?.length).toBe(cached1.length);
    expect(mismatches(lo1 ?? [])).toEqual([]);

    // 2. Other totals, by the shares just written.
    const typed2: TypedAllocation = { nstw: '9.876,54', nsdp: '432,1', step: '0,01', method: 'last-year' };
    const e2 = await expectAllocation(bytes1, typed2);
    expect((await ui.allocate(typed2)).shown).toEqual(shownPreview(e2));
    const bytes2 = await ui.download('allocated-2');
    const state2 = await workbookState(bytes2);
    const f2 = writtenFigures(state2, e2, typed2);
    expect(f2.actual).toEqual(f2.expected);
    expect(mismatches(cachedPairs(state2, e2.sheet, e2.amounts))).toEqual([]);

    // 3. The kinh phí section, on its own sheet; the plan sheet stays as it was.
    await ui.writeSection();
    const bytes3 = await ui.download('section');
    const state3 = await workbookState(bytes3);
    // `gnbv build` wrote the section of last year's figures; it now states the new total.
    const sectionText = (state: WorkbookState): string =>
      Object.values(state[DEFAULT_SECTION_SHEET] ?? {})
        .map((c) => c.text)
        .join('\n');
    const total2 = `${formatVi(e2.preview.totals.total)} triệu đồng`;
    expect(sectionText(state2)).not.toContain(total2);
    expect(sectionText(state3)).toContain(total2);
    expect(state3[e2.sheet]).toEqual(state2[e2.sheet]);

    // 4. Equal shares.
    const typed4: TypedAllocation = { nstw: '7.000', nsdp: '350,5', step: '0,01', method: 'equal' };
    const e4 = await expectAllocation(bytes3, typed4);
    expect((await ui.allocate(typed4)).shown).toEqual(shownPreview(e4));
    const bytes4 = await ui.download('allocated-4');
    const state4 = await workbookState(bytes4);
    const f4 = writtenFigures(state4, e4, typed4);
    expect(f4.actual).toEqual(f4.expected);
    expect(mismatches(cachedPairs(state4, e4.sheet, e4.amounts))).toEqual([]);

    // 5. Last year's shares again, over the equal split.
    const typed5: TypedAllocation = { nstw: '8.000,01', nsdp: '400,03', step: '0,01', method: 'last-year' };
    const e5 = await expectAllocation(bytes4, typed5);
    expect((await ui.allocate(typed5)).shown).toEqual(shownPreview(e5));
    const bytes5 = await ui.download('allocated-5');
    const state5 = await workbookState(bytes5);
    const f5 = writtenFigures(state5, e5, typed5);
    expect(f5.actual).toEqual(f5.expected);
    expect(mismatches(cachedPairs(state5, e5.sheet, e5.amounts))).toEqual([]);

    // Every step changed the workbook, so each undo below has something different to restore.
    const states = [state0, state1, state2, state3, state4, state5];
    for (let i = 1; i < states.length; i++) {
      expect(stateDifferences(states[i] ?? {}, states[i - 1] ?? {}).length).toBeGreaterThan(0);
    }

    // Five undos: the workbook as it was opened.
    for (let i = 0; i < 5; i++) await ui.undo();
    const undone = await workbookState(await ui.download('undone-5'));
    expect(stateDifferences(undone, state0)).toEqual([]);

    // Two redos: the workbook after the second allocation.
    for (let i = 0; i < 2; i++) await ui.redo();
    const bytesRedone = await ui.download('redone-2');
    expect(stateDifferences(await workbookState(bytesRedone), state2)).toEqual([]);
    // Three steps are left to redo, and the two redone can be undone again.
    expect(await page.getByRole('button', { name: 'Làm lại', exact: true }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hoàn tác', exact: true }).isEnabled()).toBe(true);

    // LibreOffice agrees with the engine on every later state too.
    const later = libreOfficePairs(join(dir, 'lo-later'), [
      { name: 'allocated-2', bytes: bytes2, sheet: e2.sheet, amounts: e2.amounts },
      { name: 'allocated-4', bytes: bytes4, sheet: e4.sheet, amounts: e4.amounts },
      { name: 'allocated-5', bytes: bytes5, sheet: e5.sheet, amounts: e5.amounts },
      { name: 'redone-2', bytes: bytesRedone, sheet: e2.sheet, amounts: e2.amounts },
    ]);
    for (const [name, pairs] of Object.entries(later)) {
      expect({ name, count: pairs.length > 30, wrong: mismatches(pairs) }).toEqual({
        name,
        count: true,
        wrong: [],
      });
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});
