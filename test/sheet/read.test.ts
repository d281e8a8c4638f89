import { AMOUNT_KEYS, amountOf, childrenIndex, rollup, type Plan } from '../../src/domain/plan';
import { at, itemOf, whereLabel } from '../../src/domain/findings';
import { validatePlan } from '../../src/domain/validation';
import {
  buildTemplate,
  cellsOf,
  groupTextCauses,
  DEFAULT_TEMPLATE_SHEET,
  markFindingsPatch,
  readPlanFromSnapshot,
} from '../../src/sheet';
import { SheetModel } from './sheet-model';
import { seed000, seed001 } from './seeds';

const SHEET = DEFAULT_TEMPLATE_SHEET;

/** Every figure the original states comes back; parents it left blank come back as the sums of their parts. */
function expectSamePlan(read: Plan, original: Plan): void {
  const kids = childrenIndex(original.items);
  const byCode = new Map(read.items.map((i) => [i.code, i]));
  for (const item of original.items) {
    const got = byCode.get(item.code);
    expect({ code: item.code, found: got !== undefined }).toEqual({ code: item.code, found: true });
    if (!got) continue;
    expect(got.applicable).toBe(item.applicable);
    expect(got.name).toBe(item.name);
    expect(got.implementingUnit).toBe(item.implementingUnit);
    for (const key of AMOUNT_KEYS) {
      const want = rollup(item, key, kids);
      expect({ code: item.code, key, value: amountOf(got.stated, key)?.toFixed() }).toEqual({
        code: item.code,
        key,
        value: want?.toFixed(),
      });
    }
  }
  const originalCodes = new Set(original.items.map((i) => i.code));
  for (const extra of read.items.filter((i) => !originalCodes.has(i.code))) {
    // Only Dự án rows the plan did not list itself, summing parts it did list.
    expect(extra.parent).toBeNull();
    expect(read.items.some((i) => i.parent === extra.code)).toBe(true);
  }
  for (const key of AMOUNT_KEYS) {
    const want = original.statedTotals ? amountOf(original.statedTotals, key) : undefined;
    if (want === undefined) continue;
    expect({ key, value: read.statedTotals && amountOf(read.statedTotals, key)?.toFixed() }).toEqual({
      key,
      value: want.toFixed(),
    });
  }
}

describe('round trip: template → sheet → plan', () => {
  it.each([
    ['seed 000 (thị xã Mường Lay)', seed000],
    ['seed 001 (huyện Sông Mã, 7.133,25 and 466,25)', seed001],
  ])('reads back %s with no findings', (_label, load) => {
    const original = load();
    const { patch } = buildTemplate({ year: 2024, locality: original.locality ?? '', plan: original });
    const read = readPlanFromSnapshot(SheetModel.fromPatch(patch).snapshot());
    expect(read.findings).toEqual([]);
    expectSamePlan(read.plan, original);
    expect(read.plan.year).toBe(2024);
    expect(read.plan.locality).toBe(original.locality);
    expect(validatePlan(read.plan)).toEqual([]);
  });

  it('reads the settings block by its names, also after it was moved', () => {
    const original = seed001();
    const { patch } = buildTemplate({ year: 2024, locality: 'huyện Sông Mã', plan: original });
    const model = SheetModel.fromPatch(patch);
    model.set('C8', 0.05);
    let read = readPlanFromSnapshot(model.snapshot());
    expect(read.assigned.nstw?.toFixed()).toBe('15089');
    expect(read.assigned.nsdp?.toFixed()).toBe('466.25');
    expect(read.plan.settings?.step?.toFixed()).toBe('0.01');
    expect(read.plan.settings?.minCounterpartRatio?.toFixed()).toBe('0.05');
    expect(read.cells.settings).toEqual({ nstwGiao: 'C5', nsdpGiao: 'C6', step: 'C7', ratio: 'C8' });
    model.insertRow(1);
    read = readPlanFromSnapshot(model.snapshot());
    expect(read.cells.settings.nsdpGiao).toBe('C7');
    expect(read.assigned.nsdp?.toFixed()).toBe('466.25');
    // Without the names the labels still find the values.
    const bare = { ...model.snapshot(), names: {} };
    expect(readPlanFromSnapshot(bare).plan.settings?.minCounterpartRatio?.toFixed()).toBe('0.05');
  });

  it('reports an unreadable setting naming its cell', () => {
    const { patch } = buildTemplate({ year: 2024, locality: 'x', plan: seed000() });
    const model = SheetModel.fromPatch(patch);
    model.set('C7', 'một');
    const read = readPlanFromSnapshot(model.snapshot());
    expect(read.findings).toContainEqual(
      expect.objectContaining({ code: 'SHEET_BAD_SETTING', where: at.cell(SHEET, 'C7'), severity: 'error' }),
    );
    expect(read.findings[0]?.text.vi).toMatch(/^Ô C7 \("Bước làm tròn"\)/);
  });

  it('keeps the float noise of a typed constant for the float-drift check', () => {
    const { patch } = buildTemplate({ year: 2024, locality: 'x', plan: seed000() });
    const model = SheetModel.fromPatch(patch);
    model.set('H14', 0.1 + 0.2);
    const read = readPlanFromSnapshot(model.snapshot());
    const da2 = read.plan.items.find((i) => i.code === 'DA2');
    expect(da2?.stated.khac?.toFixed()).toBe('0.3');
    expect(validatePlan(read.plan).map((f) => [f.code, itemOf(f.where)])).toContainEqual([
      'FLOAT_DRIFT',
      'DA2',
    ]);
  });

  it('says so when there is no table', () => {
    const read = readPlanFromSnapshot({
      sheet: 'Trống',
      originRow: 0,
      originCol: 0,
      rows: [[{ value: 'x', text: 'x' }]],
    });
    expect(read.plan.items).toEqual([]);
    expect(read.findings).toEqual([expect.objectContaining({ code: 'SHEET_NO_HEADER', severity: 'error' })]);
  });
});

describe('an edited template', () => {
  // Seed 000 with the edits a user makes: row numbers are those of the template (DA3.1 row 16,
  // DA4.2 row 20, DA6.1 row 24, DA6.2 row 25, DA7 row 26).
  function edited() {
    const original = seed000();
    const { patch } = buildTemplate({ year: 2024, locality: 'thị xã Mường Lay', plan: original });
    const model = SheetModel.fromPatch(patch);
    model.set('E16', '1.469'); // typed as text, Vietnamese style
    model.set('C26', 500); // a wrong hand-typed total over the formula (460)
    model.setError('G24', '#VALUE!');
    model.deleteRow(20); // Tiểu dự án 2 of Dự án 4 goes: DA6.1 → 23, DA6.2 → 24, DA7 → 25
    model.insertRow(25); // a nội dung under DA6.2: DA7 → 26
    model.set('A25', 'a)');
    model.set('B25', 'Sản xuất tin bài về giảm nghèo');
    model.set('E25', 148);
    model.swapColumns('G', 'H'); // NSĐP and Huy động khác change places
    model.swapColumns('I', 'J');
    return { original, read: readPlanFromSnapshot(model.snapshot()) };
  }

  it('finds rows and columns where they went', () => {
    const { read } = edited();
    expect(read.cells.amounts.DA7?.total).toBe('C26');
    expect(read.cells.amounts['DA6.1']?.nsdp).toBe('H23');
    expect(read.cells.amounts['DA4.3']?.nsdp).toBe('H20');
    const da41 = read.plan.items.find((i) => i.code === 'DA4.1');
    expect(da41?.stated.nsdp?.toFixed()).toBe('107');
    expect(da41?.implementingUnit).toBe('Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên');
    expect(read.plan.items.some((i) => i.code === 'DA4.2')).toBe(false);
  });

  it('reads the added nội dung as a user row under its Tiểu dự án', () => {
    const { read } = edited();
    const row = read.plan.items.find((i) => i.parent === 'DA6.2');
    expect(row).toMatchObject({ code: 'DA6.2.a', level: 3, name: 'Sản xuất tin bài về giảm nghèo' });
    expect(row?.stated.nstw_su_nghiep?.toFixed()).toBe('148');
    expect(read.userRows).toEqual([
      { code: 'DA6.2.a', parent: 'DA6.2', title: 'Sản xuất tin bài về giảm nghèo' },
    ]);
    // DA6.2 keeps a typed 148 above a row that now holds the money: flagged, not silently trusted.
    expect(read.findings).toContainEqual(
      expect.objectContaining({ code: 'SHEET_TYPED_TOTAL', where: at.cell(SHEET, 'E24', 'DA6.2') }),
    );
  });

  it('reads "1.469" typed as text the Vietnamese way and says the cell holds text', () => {
    const { read } = edited();
    expect(read.plan.items.find((i) => i.code === 'DA3.1')?.stated.nstw_su_nghiep?.toFixed()).toBe('1469');
    const f = read.findings.find((x) => x.code === 'SHEET_TEXT_NUMBER');
    expect(f).toMatchObject({ severity: 'warning', where: at.cell(SHEET, 'E16', 'DA3.1') });
    expect(f?.text.vi).toContain('Ô E16');
    expect(f?.text.en).toContain('Cell E16');
  });

  it('reports the #VALUE! cell and the sums it spoils, each by its cell', () => {
    const { read } = edited();
    const errors = read.findings.filter((x) => x.code === 'SHEET_ERROR_VALUE');
    // SUM carries the error into the totals above it; the NSĐP sums above stay empty because COUNT
    // skips an error and no other NSĐP figure is filled in.
    expect(errors.map((e) => [whereLabel(e.where), e.where.kind === 'cell' ? e.where.address : ''])).toEqual([
      ['TONG', 'C12'],
      ['DA6', 'C22'],
      ['DA6.1', 'C23'],
      ['DA6.1', 'H23'],
    ]);
    expect(errors[3]?.text.vi).toMatch(/^Ô H23 \(DA6\.1, Ngân sách địa phương\) báo lỗi #VALUE!/);
  });

  it('flags the wrong hand-typed total, and validation names it', () => {
    const { read } = edited();
    expect(read.findings).toContainEqual(
      expect.objectContaining({
        code: 'SHEET_TYPED_TOTAL',
        where: at.cell(SHEET, 'C26', 'DA7'),
        severity: 'warning',
      }),
    );
    const checks = validatePlan(read.plan);
    const da7 = checks.filter((f) => itemOf(f.where) === 'DA7').map((f) => f.code);
    expect(da7).toEqual(expect.arrayContaining(['ITEM_TOTAL', 'PARENT_SUM']));
    // Excel's own sums skip the text cell, so DA3.1's total (0) disagrees with the 1.469 read.
    expect(checks).toContainEqual(expect.objectContaining({ code: 'ITEM_TOTAL', where: at.item('DA3.1') }));
    const marks = markFindingsPatch([...read.findings, ...checks], read.cells);
    const fill = (a: string) => marks.cells.find((c) => c.address === a)?.style?.fill;
    expect(fill('C26')).toBe('#F8D7DA');
    expect(fill('H23')).toBe('#F8D7DA');
    expect(fill('E24')).toBe('#FFF3CD');
    expect(fill('E16')).toBe('#FFF3CD'); // the text cell is a warning at its cell
  });

  it('points a parent-sum finding at the figure it reports, not at the row', () => {
    const { read } = edited();
    const checks = validatePlan(read.plan);
    const parentSum = checks.find((f) => f.code === 'PARENT_SUM' && itemOf(f.where) === 'DA7');
    if (!parentSum) throw new Error('no PARENT_SUM on DA7');
    const pointed = cellsOf(parentSum, read.cells);
    expect(pointed).toHaveLength(1);
    const amounts = read.cells.amounts['DA7'] ?? {};
    const key = (Object.keys(amounts) as (keyof typeof amounts)[]).find((k) => amounts[k] === pointed[0]);
    expect(key).toBeDefined();
    const stated = read.plan.items.find((i) => i.code === 'DA7')?.stated;
    expect(key && stated ? amountOf(stated, key)?.toFixed() : undefined).toBe(parentSum.actual?.toFixed());
    expect(pointed[0]).not.toMatch(/^A/);
  });

  it('groups the sums a text number spoils under its cell, as information', () => {
    const { read } = edited();
    const grouped = groupTextCauses([...read.findings, ...validatePlan(read.plan)], read.cells, read.plan);
    const total = grouped.find((f) => f.code === 'ITEM_TOTAL' && itemOf(f.where) === 'DA3.1');
    expect(total?.severity).toBe('info');
    expect(total?.text.vi).toContain('(do ô E16: số dạng văn bản');
    expect(total?.text.en).toContain('(caused by E16:');
    expect(grouped.find((f) => f.code === 'SHEET_TEXT_NUMBER')?.severity).toBe('warning');
    // Errors of other causes stay errors.
    expect(grouped.filter((f) => f.severity === 'error' && itemOf(f.where) === 'DA7').length).toBeGreaterThan(
      0,
    );
    const marks = markFindingsPatch(grouped, read.cells);
    const totalCell = read.cells.amounts['DA3.1']?.total ?? '';
    expect(marks.cells.find((c) => c.address === totalCell)).toBeUndefined();
    expect(marks.cells.find((c) => c.address === 'E16')?.style?.fill).toBe('#FFF3CD');
  });

  it('reports a row it cannot place and a Dự án the catalogue does not have', () => {
    const { patch } = buildTemplate({ year: 2024, locality: 'x', plan: seed000() });
    const model = SheetModel.fromPatch(patch);
    model.insertRow(14);
    model.set('B14', 'Chi khác');
    model.set('E14', 5);
    model.insertRow(15);
    model.set('B15', 'Dự án 9: Không có');
    model.insertRow(16);
    model.set('G16', 12); // money on a row with no text at all: the finding points at the money
    const read = readPlanFromSnapshot(model.snapshot());
    expect(read.findings).toContainEqual(
      expect.objectContaining({
        code: 'SHEET_UNPLACED_ROW',
        where: at.cell(SHEET, 'G16'),
        severity: 'error',
      }),
    );
    expect(read.findings).toContainEqual(
      expect.objectContaining({
        code: 'SHEET_UNPLACED_ROW',
        where: at.cell(SHEET, 'B14'),
        severity: 'error',
      }),
    );
    expect(read.findings).toContainEqual(
      expect.objectContaining({
        code: 'SHEET_UNKNOWN_ITEM',
        where: at.cell(SHEET, 'B15'),
        severity: 'error',
      }),
    );
  });
});
