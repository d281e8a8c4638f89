/**
 * An empty template has no figures, so the plan read from it has no items; its table still has every
 * row of the catalogue. The allocation offers the table's rows (2021–2025 and 2026–2035 alike), splits
 * the assigned money over them, writes it, and the check then reads a plan whose totals hold.
 */
import {
  allocationFormStart,
  allocationRows,
  checkedPlan,
  previewAllocation,
  writeAllocation,
} from '../../src/app';
import { WorkbookSession } from '../../src/app/session';
import { insertTemplate } from '../../src/app/template';
import { MemoryHost } from '../../src/hosts';
import { DEFAULT_TEMPLATE_SHEET } from '../../src/sheet';

async function emptyTemplate(year: number): Promise<WorkbookSession> {
  const session = new WorkbookSession(new MemoryHost([DEFAULT_TEMPLATE_SHEET]));
  const written = await insertTemplate(session, { year, locality: 'xã Thử Nghiệm' });
  expect(written.kind).toBe('done');
  return session;
}

describe('allocating on an empty template', () => {
  it.each([
    [2025, 'DA3.1', 'Tiểu dự án 1 (Dự án 3): Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp', 'Dự án'],
    [2027, 'HP1.1.1', 'Nội dung 01 (NDTP 1)', 'Hợp phần'],
  ])('%i: offers the rows of the table, splits, writes and checks', async (year, code, label, top) => {
    const session = await emptyTemplate(year);
    const located = await session.planSheet();
    if (located.kind !== 'done') throw new Error(located.text.en);
    expect(located.value.read.plan.items).toEqual([]);

    const rows = await allocationRows(session);
    if (rows.kind !== 'done') throw new Error(rows.text.en);
    expect(rows.value.length).toBeGreaterThan(10);
    expect(rows.value.find((r) => r.code === code)?.label).toBe(label);
    // Rows with rows below them are not offered: their figure is the sum of those.
    const codes = new Set(rows.value.map((r) => r.code));
    expect(rows.value.some((r) => [...codes].some((c) => c.startsWith(`${r.code}.`)))).toBe(false);
    const start = await allocationFormStart(session, 'vi');
    if (start.kind !== 'done') throw new Error(start.text.en);
    expect(start.value.kinds.vi[0]).toBe(top);

    const request = {
      nstw: '1.000',
      nsdp: '100',
      step: '0,01',
      method: 'equal' as const,
      locale: 'vi' as const,
      rows: rows.value.map((r) => ({ code: r.code })),
    };
    const preview = await previewAllocation(session, request);
    if (preview.kind !== 'done') throw new Error(preview.text.en);
    expect(preview.value.totals.nstw.toString()).toBe('1000');
    expect(preview.value.totals.nsdp.toString()).toBe('100');

    const written = await writeAllocation(session, request, 'values');
    expect(written.kind).toBe('done');
    expect(written.text.vi).toContain(`Đã ghi phân bổ cho ${rows.value.length} dòng`);

    const checked = await checkedPlan(session);
    if (checked.kind !== 'done') throw new Error(checked.text.en);
    const items = checked.value.plan.items;
    expect(items.find((i) => i.code === code)?.stated.nstw).toBeDefined();
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses "by last year\'s shares" on rows with no figure, saying what to choose instead', async () => {
    const session = await emptyTemplate(2025);
    const rows = await allocationRows(session);
    if (rows.kind !== 'done') throw new Error(rows.text.en);
    const preview = await previewAllocation(session, {
      nstw: '1.000',
      nsdp: '100',
      step: '1',
      method: 'last-year',
      locale: 'vi',
      rows: rows.value.slice(0, 3).map((r) => ({ code: r.code })),
    });
    if (preview.kind !== 'failed') throw new Error(`expected a refusal, got ${preview.kind}`);
    expect(preview.text.vi).toBe(
      'Theo tỷ lệ năm trước cần số liệu đang có trên trang, nhưng 3 dòng đã chọn chưa có NSTW, NSĐP nào: hãy chọn "Chia đều" hoặc "Theo tỷ trọng".',
    );
    expect(preview.findings.map((f) => f.where)).toEqual([{ kind: 'argument', name: 'method' }]);
  });

  it('offers a row whose figure is typed above its empty rows, and not those rows', async () => {
    const host = new MemoryHost([DEFAULT_TEMPLATE_SHEET]);
    const session = new WorkbookSession(host);
    await insertTemplate(session, { year: 2027, locality: 'xã Thử Nghiệm' });
    const located = await session.planSheet();
    if (located.kind !== 'done') throw new Error(located.text.en);
    const { sheet, read } = located.value;
    // The plan states HP1.1's money on its own row; its Nội dung 01 and 02 stay empty.
    const address = read.cells.amounts['HP1.1']?.nstw;
    if (address === undefined) throw new Error('no NSTW cell for HP1.1');
    host.setCell(sheet, address, { value: 500 });

    const rows = await allocationRows(session);
    if (rows.kind !== 'done') throw new Error(rows.text.en);
    const codes = rows.value.map((r) => r.code);
    expect(codes).toContain('HP1.1');
    expect(rows.value.find((r) => r.code === 'HP1.1')?.nstw?.toFixed()).toBe('500');
    expect(codes.filter((c) => c.startsWith('HP1.1.'))).toEqual([]);
    // The other Nội dung thành phần still offer their empty Nội dung rows.
    expect(codes).toContain('HP1.2.1');
  });
});
