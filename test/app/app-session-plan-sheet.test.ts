import { locatePlanSheet, NO_PLAN_TABLE } from '../../src/app/plan-sheet';
import { previewWorkbook } from '../../src/app/sheet-preview';
import { MemoryHost } from '../../src/hosts';
import { PLAN_SHEET, writeTable } from './app-session-helpers';

describe('locatePlanSheet: the one rule', () => {
  it('finds the template on its default sheet', async () => {
    const host = new MemoryHost([PLAN_SHEET]);
    await writeTable(host, PLAN_SHEET, true);
    const found = await locatePlanSheet(host);
    if (found.kind !== 'done') throw new Error(found.text.en);
    expect(found.value.sheet).toBe(PLAN_SHEET);
    expect(found.value.read.plan.items.length).toBeGreaterThan(5);
  });

  it('follows GNBV_BANG to a renamed plan sheet', async () => {
    const host = new MemoryHost(['Sheet1', 'KH 2024 (sửa)']);
    host.setCell('Sheet1', 'A1', { value: 'Ghi chú' });
    await writeTable(host, 'KH 2024 (sửa)', true);
    const found = await locatePlanSheet(host);
    expect(found.kind === 'done' && found.value.sheet).toBe('KH 2024 (sửa)');
  });

  it('prefers the sheet GNBV_BANG points into over a default-named sheet with a table', async () => {
    const host = new MemoryHost([PLAN_SHEET, 'Bản mới']);
    await writeTable(host, PLAN_SHEET, false);
    await writeTable(host, 'Bản mới', true);
    const found = await locatePlanSheet(host);
    expect(found.kind === 'done' && found.value.sheet).toBe('Bản mới');
  });

  it('finds a plan table without names moved to second position, behind an extra sheet', async () => {
    const host = new MemoryHost(['Tổng hợp', 'Bảng tự lập', 'Bảng khác']);
    host.setCell('Tổng hợp', 'A1', { value: 'Tổng hợp các xã' });
    host.setCell('Tổng hợp', 'B2', { value: 1234 });
    await writeTable(host, 'Bảng tự lập', false);
    await writeTable(host, 'Bảng khác', false);
    const found = await locatePlanSheet(host);
    // The first sheet, in workbook order, whose header reads as a plan table.
    expect(found.kind === 'done' && found.value.sheet).toBe('Bảng tự lập');
  });

  it('takes the default sheet before other sheets with a table, but not when it holds none', async () => {
    const both = new MemoryHost(['Bảng tự lập', PLAN_SHEET]);
    await writeTable(both, 'Bảng tự lập', false);
    await writeTable(both, PLAN_SHEET, false);
    const first = await locatePlanSheet(both);
    expect(first.kind === 'done' && first.value.sheet).toBe(PLAN_SHEET);

    const emptyDefault = new MemoryHost([PLAN_SHEET, 'Bảng tự lập']);
    emptyDefault.setCell(PLAN_SHEET, 'A1', { value: 'chưa có gì' });
    await writeTable(emptyDefault, 'Bảng tự lập', false);
    const second = await locatePlanSheet(emptyDefault);
    expect(second.kind === 'done' && second.value.sheet).toBe('Bảng tự lập');
  });

  it('fails with words in both languages when no sheet holds a plan table', async () => {
    const host = new MemoryHost(['Sheet1', PLAN_SHEET]);
    host.setCell('Sheet1', 'A1', { value: 'STT' });
    const found = await locatePlanSheet(host);
    expect(found).toMatchObject({ kind: 'failed', text: NO_PLAN_TABLE });
    expect(NO_PLAN_TABLE.vi).toContain('Không tìm thấy bảng kế hoạch');
    expect(NO_PLAN_TABLE.en).toContain('No plan table found');
  });

  it('previews the plan sheet found by the rule, else the active sheet, else nothing', async () => {
    const host = new MemoryHost(['Ghi chú', 'KH xã']);
    host.setCell('Ghi chú', 'A1', { value: 'ghi chú' });
    await writeTable(host, 'KH xã', true);
    const preview = await previewWorkbook(host);
    expect(preview?.sheet).toBe('KH xã');
    expect(preview?.rows.flatMap((r) => r.cells)).toContain('TỔNG CỘNG');

    const plain = new MemoryHost(['Sheet1', 'Sheet2']);
    plain.setCell('Sheet1', 'B2', { value: 'x' });
    expect((await previewWorkbook(plain))?.sheet).toBe(await plain.activeSheet());
    expect(await previewWorkbook(new MemoryHost([]))).toBeNull();
  });
});
