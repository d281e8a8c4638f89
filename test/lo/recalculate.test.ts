/**
 * Real LibreOffice recalculates the workbooks `gnbv build` writes, and `gnbv check` reads what it
 * computed. Fails (never skips) when LibreOffice is not installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand } from '../../src/cli/build';
import { checkCommand } from '../../src/cli/check';
import { loadPlan } from '../../src/cli/plan-input';
import { dec, type Dec } from '../../src/domain/money';
import { AMOUNT_KEYS, childrenIndex, planAmount, rollup, type Plan } from '../../src/domain/plan';
import { parseCell } from '../../src/sheet/a1';
import { openXlsxFile, saveXlsxFile } from '../helpers/xlsx-file';
import { readPlanFromSnapshot, type CellMap } from '../../src/sheet';
import { convert, CSV_ALL_SHEETS, makeProfile, sheetCsv, sofficePath, XLSX } from './soffice';

jest.setTimeout(180_000);

const PLAN_SHEET = 'Kế hoạch kinh phí';
const SONG_MA = join(__dirname, '../fixtures/plans/song-ma-style.txt');
const MUONG_LAY = join(__dirname, '../../examples/muong-lay-2024.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
}

/** The text LibreOffice computed for a cell, from the sheet's CSV. */
function csvAt(csv: string[][], address: string): string {
  const pos = parseCell(address);
  if (!pos) throw new Error(`bad address ${address}`);
  return csv[pos.row]?.[pos.col] ?? '';
}

/** The engine's exact amount for a row of the template (the plan's total for TONG). */
function engineAmount(plan: Plan, code: string, key: (typeof AMOUNT_KEYS)[number]): Dec | undefined {
  if (code === 'TONG') return planAmount(plan, key);
  const children = childrenIndex(plan.items);
  const item = plan.items.find((i) => i.code === code);
  if (item) return rollup(item, key, children);
  // A Dự án the plan gives no row of its own: the sum of its Tiểu dự án.
  let sum: Dec | undefined;
  for (const kid of plan.items.filter((i) => i.parent === code)) {
    const v = rollup(kid, key, children);
    if (v !== undefined) sum = (sum ?? dec(0)).plus(v);
  }
  return sum;
}

/** Every amount cell of the template next to the engine's figure, where either says something. */
function compareAll(
  plan: Plan,
  cells: CellMap,
  csv: string[][],
): { cell: string; sheet: string; engine: string }[] {
  const out: { cell: string; sheet: string; engine: string }[] = [];
  for (const [code, amounts] of Object.entries(cells.amounts)) {
    for (const key of AMOUNT_KEYS) {
      const address = amounts[key];
      if (address === undefined) continue;
      const shown = csvAt(csv, address);
      const engine = engineAmount(plan, code, key);
      if (shown === '' && engine === undefined) continue;
      out.push({
        cell: `${code} ${key} ${address}`,
        sheet: shown === '' ? '' : dec(shown).toFixed(),
        engine: engine === undefined ? '' : engine.toFixed(),
      });
    }
  }
  return out;
}

describe('LibreOffice recalculates the built workbooks', () => {
  let dir: string;
  let profile: string;

  beforeAll(() => {
    sofficePath();
    dir = mkdtempSync(join(tmpdir(), 'gnbv-lo-'));
    profile = makeProfile(join(dir, 'profile'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the engine’s exact totals in every amount cell, for the Sông Mã and Mường Lay plans', async () => {
    const songMa = join(dir, 'song-ma.xlsx');
    const muongLay = join(dir, 'muong-lay.xlsx');
    expect(await buildCommand([SONG_MA, '-o', songMa], capture().io)).toBe(0);
    expect(await buildCommand([MUONG_LAY, '-o', muongLay], capture().io)).toBe(0);
    const outDir = join(dir, 'csv');
    convert(profile, CSV_ALL_SHEETS, outDir, [songMa, muongLay]);

    for (const [file, base, source] of [
      [songMa, 'song-ma', SONG_MA],
      [muongLay, 'muong-lay', MUONG_LAY],
    ] as const) {
      const { plan } = await loadPlan(source);
      const snapshot = await (await openXlsxFile(file)).readSheet(PLAN_SHEET);
      if (!snapshot) throw new Error('no plan sheet');
      const { cells } = readPlanFromSnapshot(snapshot);
      const csv = sheetCsv(outDir, base, PLAN_SHEET);
      const pairs = compareAll(plan, cells, csv);
      expect(pairs.length).toBeGreaterThan(10);
      expect(pairs.filter((p) => p.sheet !== p.engine)).toEqual([]);
    }

    // The figures of the Sông Mã plan, where they belong.
    const csv = sheetCsv(outDir, 'song-ma', PLAN_SHEET);
    const totalRow = csv.findIndex((r) => r[1] === 'TỔNG CỘNG');
    const da2Row = csv.findIndex((r) => (r[1] ?? '').startsWith('Dự án 2:'));
    const amounts = (row: number) =>
      (csv[row] ?? []).slice(2, 7).map((t) => (t === '' ? '' : dec(t).toFixed()));
    expect(amounts(totalRow)).toEqual(['15555.25', '15089', '15089', '', '466.25']);
    expect(amounts(da2Row)).toEqual(['7133.25', '6667', '6667', '', '466.25']);
    // The Mường Lay total.
    const ml = sheetCsv(outDir, 'muong-lay', PLAN_SHEET);
    const mlTotal = ml.find((r) => r[1] === 'TỔNG CỘNG') ?? [];
    expect([mlTotal[2], mlTotal[3], mlTotal[6]]).toEqual(['7645', '7538', '107']);
    // The links of the check sheet still point at the plan sheet after LibreOffice read them.
    expect(sheetCsv(outDir, 'song-ma', 'Kiểm tra')[4]?.[3]).toBe('A12:J12');
  });

  it('a sum broken by hand is caught at its cell before and after LibreOffice recalculates', async () => {
    const built = join(dir, 'built.xlsx');
    expect(await buildCommand([SONG_MA, '-o', built], capture().io)).toBe(0);
    // A spreadsheet computed it once, as when the finance office opened and saved the file.
    const calculated = join(dir, 'calculated');
    convert(profile, XLSX, calculated, [built]);
    const host = await openXlsxFile(join(calculated, 'built.xlsx'));
    const snapshot = await host.readSheet(PLAN_SHEET);
    if (!snapshot) throw new Error('no plan sheet');
    const cells = readPlanFromSnapshot(snapshot).cells.amounts;
    const da3Total = cells['DA3']?.total ?? '';
    const da41Sn = cells['DA4.1']?.nstw_su_nghiep ?? '';
    const da41Nstw = cells['DA4.1']?.nstw ?? '';
    const ws = host.workbook.getWorksheet(PLAN_SHEET);
    if (!ws) throw new Error('no plan sheet');
    // Edits made with exceljs, which does not recalculate: a hand-typed total over a sum formula, and
    // a changed figure whose sums keep their old cached results.
    ws.getCell(da3Total).value = 3300;
    ws.getCell(da41Sn).value = 1700;
    const edited = join(dir, 'edited.xlsx');
    await saveXlsxFile(host, edited);

    const before = capture();
    expect(await checkCommand([edited], before.io)).toBe(1);
    const errorsBefore = before.out.filter((l) => l.startsWith('LỖI'));
    expect(errorsBefore.some((l) => l.includes(` ${da3Total} `) && l.includes('DA3'))).toBe(true);
    expect(errorsBefore.some((l) => l.includes(` ${da41Nstw} `) && l.includes('DA4.1'))).toBe(true);

    const recalculated = join(dir, 'recalculated');
    convert(profile, XLSX, recalculated, [edited]);
    convert(profile, CSV_ALL_SHEETS, recalculated, [edited]);
    const csv = sheetCsv(recalculated, 'edited', PLAN_SHEET);
    expect([csvAt(csv, da3Total), csvAt(csv, da41Nstw)]).toEqual(['3300', '1700']);

    const after = capture();
    expect(await checkCommand([join(recalculated, 'edited.xlsx')], after.io)).toBe(1);
    const errorsAfter = after.out.filter((l) => l.startsWith('LỖI'));
    // The typed total still disagrees with its parts; the changed figure now adds up everywhere.
    expect(errorsAfter.some((l) => l.includes(` ${da3Total} `) && l.includes('DA3'))).toBe(true);
    expect(errorsAfter.some((l) => l.includes('DA4.1'))).toBe(false);
    expect(after.out.some((l) => l.startsWith('Lưu ý'))).toBe(false);
  });
});
