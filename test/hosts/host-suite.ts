/**
 * The behaviour every WorkbookHost must have, written once and run for each host (memory, Office.js on
 * the fake). A harness gives the suite a host plus direct access to the workbook underneath it.
 */
import type { WorkbookHost } from '../../src/hosts/contract';
import { HostError } from '../../src/hosts/messages';
import type { CellValue, Patch } from '../../src/sheet/types';

/** A cell's content and number format, the part of a cell every host stores the same way. */
export interface GridCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
}

export interface Harness {
  readonly host: WorkbookHost;
  addSheet(name: string): void;
  seed(
    sheet: string,
    address: string,
    cell: { value: CellValue; formula?: string; numberFormat?: string },
  ): void;
  /** Every cell holding content or a number format, by address. */
  grid(sheet: string): Record<string, GridCell>;
  merges(sheet: string): readonly string[];
  /** Cells written through the host so far ("Sheet!A1"), or null when the host cannot tell. */
  writtenCells(): ReadonlySet<string> | null;
}

const SHEET = 'Kinh phí';

/** The table the tests start from: headings, amounts with a format, a total formula, text that looks numeric. */
function seedTable(h: Harness): void {
  h.addSheet(SHEET);
  h.seed(SHEET, 'B2', { value: 'Dự án' });
  h.seed(SHEET, 'C2', { value: 'Ngân sách trung ương' });
  h.seed(SHEET, 'D2', { value: 'Ngân sách địa phương' });
  h.seed(SHEET, 'B3', { value: 'DA4.1' });
  h.seed(SHEET, 'C3', { value: 1588, numberFormat: '#,##0' });
  h.seed(SHEET, 'D3', { value: 107, numberFormat: '#,##0' });
  h.seed(SHEET, 'B4', { value: 'Tổng cộng' });
  h.seed(SHEET, 'C4', { value: 1588, formula: '=SUM(C3:C3)', numberFormat: '#,##0' });
  h.seed(SHEET, 'D4', { value: '1.469' });
  h.seed(SHEET, 'F6', { value: 466.25, numberFormat: '#,##0.00' });
}

/** The grid without the given addresses. */
function without(grid: Record<string, GridCell>, addresses: readonly string[]): Record<string, GridCell> {
  const out = { ...grid };
  for (const a of addresses) delete out[a];
  return out;
}

/** Every cell of an A1 range. */
function cellsOf(range: string): string[] {
  const [a, b = a] = range.split(':') as [string, string?];
  const col = (s: string): number => s.replace(/\d+/g, '').charCodeAt(0) - 65;
  const row = (s: string): number => Number(s.replace(/[A-Z]+/g, ''));
  const out: string[] = [];
  for (let r = row(a); r <= row(b); r++) {
    for (let c = col(a); c <= col(b); c++) out.push(`${String.fromCharCode(65 + c)}${r}`);
  }
  return out;
}

/** A patch over the seeded table: overwrites constants and a formula, fills blanks, writes text that looks numeric. */
function overwritePatch(): Patch {
  return {
    sheet: SHEET,
    cells: [
      { address: 'C3', value: 1695, numberFormat: '#,##0.00' },
      { address: 'D3', formula: '=C3*0.05', value: 84.75 },
      { address: 'C4', value: 1695 },
      { address: 'D4', value: '7.645', numberFormat: '@' },
      { address: 'E3', value: 'vốn đối ứng' },
      { address: 'E4', value: true },
      { address: 'B3', value: null },
      { address: 'G9', value: '0123' },
    ],
  };
}

/** Registers the shared suite for one host. */
export function describeHostBehaviour(hostName: string, make: () => Harness): void {
  describe(`${hostName}: the WorkbookHost contract`, () => {
    let h: Harness;
    beforeEach(() => {
      h = make();
      seedTable(h);
    });

    it('reads the used range with its origin, values, text, formulas, number formats', async () => {
      const snap = await h.host.readSheet(SHEET);
      expect(snap).not.toBeNull();
      if (!snap) return;
      expect([snap.originRow, snap.originCol]).toEqual([1, 1]);
      expect(snap.rows).toHaveLength(5);
      expect(snap.rows.every((row) => row.length === 5)).toBe(true);
      expect(snap.rows[0]?.[0]).toMatchObject({ value: 'Dự án', text: 'Dự án' });
      expect(snap.rows[1]?.[1]).toMatchObject({ value: 1588, numberFormat: '#,##0' });
      expect(snap.rows[2]?.[1]).toMatchObject({ value: 1588, formula: '=SUM(C3:C3)' });
      expect(snap.rows[2]?.[2]).toMatchObject({ value: '1.469', text: '1.469' });
      expect(snap.rows[1]?.[1]?.formula).toBeUndefined();
      expect(snap.rows[3]?.[3]).toMatchObject({ value: null, text: '' });
      expect(snap.rows[4]?.[4]).toMatchObject({ value: 466.25, text: '466.25' });
    });

    it('reads a missing sheet as null and an empty sheet as no rows', async () => {
      expect(await h.host.readSheet('Không có')).toBeNull();
      h.addSheet('Trống');
      expect(await h.host.readSheet('Trống')).toMatchObject({ rows: [], originRow: 0, originCol: 0 });
    });

    it('writes values, formulas and number formats that a later read sees, keeping numeric-looking text as text', async () => {
      const result = await h.host.applyPatch(overwritePatch());
      expect(result.cellCount).toBe(8);
      const grid = h.grid(SHEET);
      expect(grid['C3']).toEqual({ value: 1695, numberFormat: '#,##0.00' });
      expect(grid['D3']?.formula).toBe('=C3*0.05');
      expect(grid['D4']).toEqual({ value: '7.645', numberFormat: '@' });
      expect(grid['G9']?.value).toBe('0123');
      expect(grid['E4']?.value).toBe(true);
      expect(grid['B3']).toBeUndefined();
      const snap = await h.host.readSheet(SHEET);
      expect(snap?.rows[7]?.[5]).toMatchObject({ value: '0123' });
    });

    it('never touches a cell outside the patch', async () => {
      const before = h.grid(SHEET);
      const patch = overwritePatch();
      await h.host.applyPatch(patch);
      const addresses = patch.cells.map((c) => c.address);
      expect(without(h.grid(SHEET), addresses)).toEqual(without(before, addresses));
      const written = h.writtenCells();
      if (written) expect([...written].sort()).toEqual(addresses.map((a) => `${SHEET}!${a}`).sort());
    });

    it.each([
      ['with the before-snapshot', true],
      ['reading the cells itself', false],
    ])(
      'undoes exactly (%s): patch then undo gives the same grid, formulas and formats included',
      async (_, useBefore) => {
        const original = h.grid(SHEET);
        const before = useBefore ? ((await h.host.readSheet(SHEET)) ?? undefined) : undefined;
        const { undo } = await h.host.applyPatch(overwritePatch(), before);
        expect(h.grid(SHEET)).not.toEqual(original);
        await h.host.applyPatch(undo);
        expect(h.grid(SHEET)).toEqual(original);
      },
    );

    it('sets merges and names, updates an existing name, and points it back on undo', async () => {
      await h.host.applyPatch({ sheet: SHEET, cells: [], merges: ['B1:D1'], names: { GNBV_BANG: 'B2:D4' } });
      expect(h.merges(SHEET)).toContain('B1:D1');
      expect((await h.host.readSheet(SHEET))?.names).toEqual({ GNBV_BANG: 'B2:D4' });
      const before = (await h.host.readSheet(SHEET)) ?? undefined;
      const { undo } = await h.host.applyPatch(
        { sheet: SHEET, cells: [{ address: 'B5', value: 'Ghi chú' }], names: { GNBV_BANG: 'B2:D5' } },
        before,
      );
      expect((await h.host.readSheet(SHEET))?.names).toEqual({ GNBV_BANG: 'B2:D5' });
      await h.host.applyPatch(undo);
      expect((await h.host.readSheet(SHEET))?.names).toEqual({ GNBV_BANG: 'B2:D4' });
    });

    it('refuses a bad patch as a whole, naming the cell in Vietnamese and English', async () => {
      const original = h.grid(SHEET);
      const bad: Patch = {
        sheet: SHEET,
        cells: [
          { address: 'C3', value: 1 },
          { address: 'C0', value: 2 },
        ],
      };
      const error: unknown = await h.host.applyPatch(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect(error).toMatchObject({ code: 'badAddress', where: 'C0' });
      expect((error as HostError).text.vi).toContain('Địa chỉ ô "C0" không hợp lệ');
      expect((error as HostError).text.en).toContain('Cell address "C0"');
      expect(h.grid(SHEET)).toEqual(original);
    });

    it('refuses a patch to a missing sheet unless asked to create it', async () => {
      const patch: Patch = { sheet: 'Phụ lục', cells: [{ address: 'A1', value: 'Đơn vị tính: Triệu đồng' }] };
      await expect(h.host.applyPatch(patch)).rejects.toMatchObject({ code: 'noSheet', where: 'Phụ lục' });
      expect(await h.host.listSheets()).not.toContain('Phụ lục');
      await h.host.applyPatch({ ...patch, createSheet: true });
      expect(await h.host.listSheets()).toContain('Phụ lục');
      expect(h.grid('Phụ lục')['A1']?.value).toBe('Đơn vị tính: Triệu đồng');
    });

    it('refuses a non-finite number and a formula without "="', async () => {
      await expect(
        h.host.applyPatch({ sheet: SHEET, cells: [{ address: 'C3', value: Number.NaN }] }),
      ).rejects.toMatchObject({ code: 'badNumber', where: 'C3' });
      await expect(
        h.host.applyPatch({ sheet: SHEET, cells: [{ address: 'C4', formula: 'SUM(C3:C3)' }] }),
      ).rejects.toMatchObject({ code: 'badFormula', where: 'C4' });
    });

    it('lists sheets in order, knows the active one and selects a cell', async () => {
      const sheets = await h.host.listSheets();
      expect(sheets[sheets.length - 1]).toBe(SHEET);
      expect(sheets).toContain(await h.host.activeSheet());
      await h.host.select(SHEET, 'C4');
      expect(await h.host.activeSheet()).toBe(SHEET);
    });
  });
}

export { SHEET, cellsOf };
