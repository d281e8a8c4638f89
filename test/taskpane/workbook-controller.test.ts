import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dec, sum } from '../../src/domain/money';
import { MemoryHost } from '../../src/hosts';
import { exampleWorkbook } from '../../src/taskpane/controller';
import type { AllocationRequestView } from '../../src/taskpane/controller-types';
import { ownedNameFor, WorkbookController } from '../../src/taskpane/workbook-controller';

const PLAN_SHEET = 'Kế hoạch kinh phí';

async function example(): Promise<{ host: MemoryHost; controller: WorkbookController }> {
  const host = await exampleWorkbook();
  return { host, controller: new WorkbookController(host, 'browser') };
}

function texts(host: MemoryHost, sheet: string): Promise<string[][]> {
  return host.readSheet(sheet).then((s) => (s ? s.rows.map((r) => r.map((c) => c.text)) : []));
}

describe('the browser controller on the example plan', () => {
  it('finds nothing wrong in the example workbook and lists the rows to allocate', async () => {
    const { controller } = await example();
    expect(await controller.validate()).toEqual([]);
    const rows = await controller.allocationRows();
    expect(rows.map((r) => r.code)).toEqual([
      'DA2',
      'DA3.1',
      'DA4.1',
      'DA4.3',
      'DA6.1',
      'DA6.2',
      'DA7.1',
      'DA7.2',
    ]);
    expect(rows.find((r) => r.code === 'DA4.1')).toMatchObject({ nstw: '1588', nsdp: '107' });
  });

  it('previews an allocation by last year shares whose totals equal the assigned money exactly', async () => {
    const { controller } = await example();
    const rows = await controller.allocationRows();
    const request: AllocationRequestView = {
      nstw: '8.000',
      nsdp: '150,5',
      step: '0,5',
      method: 'last-year',
      rows: rows.map((r) => ({ code: r.code })),
    };
    const preview = await controller.previewAllocation(request);
    if (preview.kind !== 'ok') throw new Error(JSON.stringify(preview));
    expect(preview.totals).toMatchObject({ nstw: '8.000', nsdp: '150,5', total: '8.150,5' });
    const read = (s: string) => new Dec(s.replace(/\./g, '').replace(',', '.'));
    expect(sum(preview.rows.map((r) => read(r.nstw))).toFixed()).toBe('8000');
    expect(sum(preview.rows.map((r) => read(r.nsdp))).toFixed()).toBe('150.5');
    // Only DA4.1 had local money last year, so it takes all of it.
    expect(preview.rows.find((r) => r.code === 'DA4.1')?.nsdp).toBe('150,5');
  });

  it('explains bad input in both languages and writes nothing', async () => {
    const { host, controller } = await example();
    const before = await texts(host, PLAN_SHEET);
    const result = await controller.writeAllocation(
      { nstw: 'một nghìn', nsdp: '0', step: '1', method: 'weights', rows: [{ code: 'DA2', weight: '2' }] },
      'values',
    );
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') {
      expect(result.message.vi).toMatch(/^NSTW được giao: "một nghìn" không phải là một số tiền/);
      expect(result.message.en).toMatch(/^Assigned central budget:/);
    }
    expect(await texts(host, PLAN_SHEET)).toEqual(before);
    expect(controller.canUndo()).toBe(false);
  });

  it('writes values, records the assigned totals, and undoes exactly', async () => {
    const { host, controller } = await example();
    const before = await host.readSheet(PLAN_SHEET);
    const result = await controller.writeAllocation(
      {
        nstw: '1000',
        nsdp: '100',
        step: '1',
        method: 'weights',
        rows: [
          { code: 'DA2', weight: '3' },
          { code: 'DA4.1', weight: '1', lockedNsdp: '40' },
        ],
      },
      'values',
    );
    expect(result).toMatchObject({ kind: 'done' });
    const rows = await controller.allocationRows();
    expect(rows.find((r) => r.code === 'DA2')).toMatchObject({ nstw: '750', nsdp: '60' });
    expect(rows.find((r) => r.code === 'DA4.1')).toMatchObject({ nstw: '250', nsdp: '40' });
    expect(host.getCell(PLAN_SHEET, 'C5')?.value).toBe(1000);
    expect(controller.canUndo()).toBe(true);
    await controller.undo();
    expect(await host.readSheet(PLAN_SHEET)).toEqual(before);
    expect(controller.canUndo()).toBe(false);
  });

  it('writes live GNBV.PHANBO formulas, and refuses them with locked rows', async () => {
    const { host, controller } = await example();
    const request: AllocationRequestView = {
      nstw: '600',
      nsdp: '0',
      step: '1',
      method: 'weights',
      rows: [
        { code: 'DA6.1', weight: '2' },
        { code: 'DA6.2', weight: '1' },
      ],
    };
    expect(await controller.writeAllocation(request, 'formulas')).toMatchObject({ kind: 'done' });
    const formulas = (await host.readSheet(PLAN_SHEET))!.rows
      .flat()
      .flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toContain('=INDEX(GNBV.PHANBO(GNBV_NSTW_GIAO,{2;1},GNBV_BUOC),1)');
    expect(formulas).toContain('=INDEX(GNBV.PHANBO(GNBV_NSTW_GIAO,{2;1},GNBV_BUOC),2)');
    const locked = await controller.writeAllocation(
      {
        ...request,
        rows: [
          { code: 'DA6.1', weight: '2', lockedNstw: '100' },
          { code: 'DA6.2', weight: '1' },
        ],
      },
      'formulas',
    );
    expect(locked.kind).toBe('failed');
  });

  it('asks before overwriting cells the add-in did not create, and overwrites when told', async () => {
    const host = new MemoryHost([PLAN_SHEET]);
    host.setCell(PLAN_SHEET, 'B5', { value: 'Ghi chú của cán bộ' });
    const controller = new WorkbookController(host, 'excel');
    const asked = await controller.insertTemplate({ year: 2025, locality: 'xã Bình Lư' });
    expect(asked).toMatchObject({ kind: 'confirm', cells: ['B5'] });
    expect(host.getCell(PLAN_SHEET, 'B5')?.value).toBe('Ghi chú của cán bộ');
    const done = await controller.insertTemplate({ year: 2025, locality: 'xã Bình Lư' }, { overwrite: true });
    expect(done.kind).toBe('done');
    // Written again, the template is the add-in's own: no question this time.
    expect((await controller.insertTemplate({ year: 2026, locality: 'xã Bình Lư' })).kind).toBe('done');
    await controller.undo();
    expect(String(host.getCell(PLAN_SHEET, 'A1')?.value)).toContain('NĂM 2025');
  });

  it('validates a sheet whose sums were broken by hand and marks the cells', async () => {
    const { host, controller } = await example();
    // DA4.1 is on the template's row for Tiểu dự án 1 of Dự án 4; break its total by typing over it.
    const rows = (await host.readSheet(PLAN_SHEET))!.rows;
    const r = rows.findIndex((row) => row[1]?.text.startsWith('Tiểu dự án 1: Phát triển giáo dục'));
    host.setCell(PLAN_SHEET, `C${r + 1}`, { value: 1700 });
    const findings = await controller.validate();
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f) => f.where === 'DA4.1')).toBe(true);
    const marked = await controller.markFindings();
    expect(marked.kind).toBe('done');
    const cell = errors.find((f) => f.where === 'DA4.1')?.cell;
    expect(cell).toBeDefined();
    expect(host.getCell(PLAN_SHEET, cell!)?.style?.fill).toBe('#F8D7DA');
    await controller.selectFinding(errors.find((f) => f.where === 'DA4.1')!);
    expect(host.selection()).toEqual({ sheet: PLAN_SHEET, address: cell });
    await controller.clearMarks();
    expect(host.getCell(PLAN_SHEET, cell!)?.style?.fill ?? null).toBeNull();
    // A plan with errors gets no section: its totals would not add up.
    const section = await controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(section.kind).toBe('failed');
  });

  it('writes the section into "Kinh phí", rewrites it without asking, and copies it as HTML', async () => {
    const { host, controller } = await example();
    expect((await controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'total' })).kind).toBe(
      'done',
    );
    const lines = (await texts(host, 'Kinh phí')).map((r) => r[0]);
    expect(lines).toContain(
      'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng), cụ thể:',
    );
    const again = await controller.writeSection({ style: 'nguon-von-giao', words: 'none' });
    expect(again.kind).toBe('done');
    const shorter = (await texts(host, 'Kinh phí')).map((r) => r[0] ?? '').filter((t) => t !== '');
    expect(shorter).toContain('Nguồn vốn giao thực hiện Chương trình năm 2024: 7.645 triệu đồng, gồm:');
    expect(shorter.some((t) => t.startsWith('b) Kinh phí thực hiện'))).toBe(false);
    // The plan sheet's own area is still the add-in's (names are per sheet).
    expect((await host.readSheet(PLAN_SHEET))!.names).toHaveProperty(ownedNameFor(PLAN_SHEET, null));
    const clip = await controller.sectionForClipboard({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(clip.html).toContain("font-family:'Times New Roman'");
    expect(clip.html).toContain('<b>IV. KINH PHÍ THỰC HIỆN</b>');
    expect(clip.text.split('\n')).toContain('- Ngân sách địa phương: 107 triệu đồng.');
  });

  it('imports a plan text into the template', async () => {
    const host = new MemoryHost([]);
    const controller = new WorkbookController(host, 'excel');
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../fixtures/plans/song-ma-style.txt')));
    const result = await controller.importDocument({ name: 'song-ma.txt', bytes });
    expect(result.kind).toBe('done');
    const rows = await controller.allocationRows();
    expect(rows.find((r) => r.code === 'DA2')).toMatchObject({ nstw: '6667', nsdp: '466.25' });
    const none = await controller.importDocument({
      name: 'trong.txt',
      bytes: new TextEncoder().encode('Không có số liệu.'),
    });
    expect(none.kind).toBe('failed');
  });
});
