/**
 * A new workbook written directly (the draft) is the workbook the exceljs path makes: the same plans
 * built both ways read back the same (cells, cached results, formats, styles, merges, widths, names,
 * view, recalculate-on-load), each write returns the same undo, and writes the draft does not take
 * turn it into the exceljs workbook with nothing lost.
 */
import { buildWorkbook } from '../../src/app/build';
import type { Outcome } from '../../src/app/outcome';
import { dec } from '../../src/domain/money';
import type { Plan } from '../../src/domain/plan';
import { XlsxHost } from '../../src/hosts/xlsx';
import { recalculate } from '../../src/sheet/recalc';
import { templatePatch } from '../../src/sheet';
import type { Patch } from '../../src/sheet/types';
import { bigPlan } from '../fixtures/big-plan';
import { examplePlanValue } from './recalc-helpers';
import { readBack } from './xlsx-draft-readback';

function done<T>(o: Outcome<T>): T {
  if (o.kind !== 'done') throw new Error(`not done: ${o.text.en}`);
  return o.value;
}

async function builtBothWays(plan: Plan) {
  const hosts: XlsxHost[] = [];
  const make = (draft: boolean) =>
    buildWorkbook(
      plan,
      [],
      { year: 2024, locality: 'xã Thử' },
      {
        newWorkbook: (sheets = []) => {
          const host = XlsxHost.empty(sheets, { draft });
          hosts.push(host);
          return Promise.resolve(host);
        },
      },
    );
  const draft = done(await make(true));
  const exceljs = done(await make(false));
  // The draft took every write of the build; the reference never was one.
  expect(hosts.map((h) => h.isDraft)).toEqual([true, false]);
  return { draft, exceljs };
}

/** The example with figures that make every kind of cell: errors (marks), text amounts, totals alone. */
function awkward(): Plan {
  const plan = examplePlanValue();
  return {
    ...plan,
    items: plan.items.map((i, n) => {
      if (n === 3) return { ...i, stated: { ...i.stated, nsdp: dec('170') } };
      if (n === 5) return { ...i, stated: { total: dec('12345678901234567.25') } };
      if (n === 7) return { ...i, stated: { nstw: dec('10'), khac: dec('0.5') } };
      return i;
    }),
  };
}

describe('the draft writer', () => {
  it.each([
    ['the example', () => examplePlanValue()],
    ['a plan with errors (marked cells), text amounts and unsplit NSTW', awkward],
    ['a 2 000-row plan', () => bigPlan(2000)],
  ])(
    'builds %s exactly as the exceljs path does',
    async (_label, plan) => {
      const { draft, exceljs } = await builtBothWays(plan());
      expect(draft.findings).toEqual(exceljs.findings);
      expect(draft.sectionWritten).toBe(exceljs.sectionWritten);
      const [a, b] = await Promise.all([readBack(draft.bytes), readBack(exceljs.bytes)]);
      expect(a).toEqual(b);
      expect(a.fullCalcOnLoad).toBe(true);
      expect(a.names.map((n) => n.name)).toEqual(expect.arrayContaining(['GNBV_BANG', 'GNBV_BUOC']));
      // Both print the plan table on A4 landscape, one page wide, its header rows on every page.
      const sheet = a.perSheet[draft.sheet] as { page: Record<string, unknown>; heights: object };
      expect(sheet.page).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '10:11',
      });
      expect(Object.keys(sheet.heights).length).toBeGreaterThan(0);
    },
    60_000,
  );

  it('writes the results the exact recalculation finds for every template formula', () => {
    for (const plan of [examplePlanValue(), awkward(), bigPlan(600)]) {
      const patch = templatePatch({ plan, year: 2024, locality: 'x', withResults: true });
      const written = new Map(patch.cells.map((c) => [c.address.toUpperCase(), c]));
      const formulas = patch.cells
        .filter((c) => c.formula !== undefined)
        .map((c) => {
          const m = /^([A-Z]+)(\d+)$/.exec(c.address) ?? [];
          const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          return { row: Number(m[2]) - 1, col, formula: c.formula ?? '' };
        });
      const letters = (col: number) => String.fromCharCode(65 + col);
      const found = recalculate(
        formulas,
        (row, col) => {
          const v = written.get(`${letters(col)}${row + 1}`)?.value;
          if (v === null || v === undefined) return { kind: 'blank' };
          if (typeof v === 'number') return { kind: 'number', value: dec(String(v)) };
          if (typeof v === 'string') return { kind: 'text', value: v };
          return { kind: 'bool', value: v };
        },
        formulas,
      );
      expect(found.notRecalculated).toEqual([]);
      for (const [address, value] of found.results) {
        const expected =
          value.kind === 'number'
            ? Number(value.value.toString())
            : value.kind === 'text'
              ? value.value
              : value;
        expect([address, written.get(address)?.value]).toEqual([address, expected]);
      }
    }
  });

  it('returns the same undo and reads the same after each write, also for writes it does not take', async () => {
    const plan = examplePlanValue();
    const template = templatePatch({ plan, year: 2024, locality: 'x', withResults: true });
    const sheet = template.sheet;
    const writes: Patch[] = [
      template,
      {
        sheet,
        cells: [
          { address: 'C14', style: { fill: '#f8d7da', bold: true } },
          { address: 'Z99', style: { italic: true } },
        ],
      },
      {
        sheet: 'Khác',
        createSheet: true,
        cells: [
          { address: 'B2', value: 'chữ' },
          { address: 'C3', formula: '=1+2', value: 3 },
        ],
        merges: ['B2:C2'],
        names: { GNBV_KHAC: 'B2:C3' },
        columnWidths: { B: 30 },
        rowHeights: { 2: 40, 7: 22.5 },
        page: {
          paper: 'A4',
          orientation: 'portrait',
          repeatRows: [2, 3],
          marginsCm: { top: 2.5, bottom: 2, left: 3.5, right: 2 },
        },
      },
      // Not taken: content over existing cells, then a formula without its result.
      { sheet, cells: [{ address: 'E14', value: 5 }] },
      { sheet: 'Khác', cells: [{ address: 'D4', formula: '=C3+1' }] },
    ];
    const draft = XlsxHost.empty([sheet]);
    const exceljs = XlsxHost.empty([sheet], { draft: false });
    const stillDraft: boolean[] = [];
    for (const patch of writes) {
      const [a, b] = await Promise.all([draft.applyPatch(patch), exceljs.applyPatch(patch)]);
      expect(a.undo).toEqual(b.undo);
      expect(a.cellCount).toBe(b.cellCount);
      stillDraft.push(draft.isDraft);
    }
    // The draft took the template, the marks and the new sheet, and became exceljs for the rest.
    expect(stillDraft).toEqual([true, true, true, false, false]);
    await Promise.all([draft.select('Khác', 'c3'), exceljs.select('Khác', 'c3')]);
    expect(await draft.listSheets()).toEqual(await exceljs.listSheets());
    expect(await draft.activeSheet()).toBe('Khác');
    const [a, b] = await Promise.all([readBack(await draft.toBytes()), readBack(await exceljs.toBytes())]);
    expect(a).toEqual(b);
    expect(await draft.readSheet('Khác')).toEqual(await exceljs.readSheet('Khác'));
  });

  it('refuses what the exceljs path refuses, changing nothing', async () => {
    const host = XlsxHost.empty(['A']);
    await expect(host.applyPatch({ sheet: 'B', cells: [{ address: 'A1', value: 1 }] })).rejects.toThrow();
    await expect(host.select('B', 'A1')).rejects.toThrow();
    await expect(host.select('A', 'nope')).rejects.toThrow();
    expect(await host.listSheets()).toEqual(['A']);
  });
});
