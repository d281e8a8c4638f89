/**
 * The pane's controller is an adapter over the app's use cases (tested in test/app/app-session-*):
 * here, that it translates the pane's calls and the app's results into the pane's view types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dec, sum } from '../../src/domain/money';
import { MemoryHost } from '../../src/hosts';
import { ERROR_FILL } from '../../src/sheet';
import { QD90_ROW_KINDS, type AllocationRequestView } from '../../src/taskpane/controller-types';
import { WorkbookController } from '../../src/taskpane/workbook-controller';
import {
  EXAMPLE_TABLE_ROWS,
  exampleSession,
  memoryServices,
  PLAN_SHEET,
  texts,
} from '../app/app-session-helpers';

async function example(): Promise<{ host: MemoryHost; controller: WorkbookController }> {
  const { host } = await exampleSession();
  return { host, controller: new WorkbookController(host, memoryServices(), 'browser') };
}

/** "8.150,5" → 8150.5 */
const readVi = (s: string) => new Dec(s.replace(/\./g, '').replace(',', '.'));

describe('the pane controller over the example plan', () => {
  it('finds nothing wrong and lists the rows to allocate with plain figures', async () => {
    const { controller } = await example();
    expect(await controller.validate()).toEqual([]);
    const rows = await controller.allocationRows();
    expect(rows.map((r) => r.code)).toEqual(EXAMPLE_TABLE_ROWS);
    expect(rows.find((r) => r.code === 'DA4.1')).toMatchObject({ nstw: '1588', nsdp: '107' });
    expect(rows.find((r) => r.code === 'DA5')).toMatchObject({ nstw: null, nsdp: null });
  });

  it('previews in Vietnamese figures with a totals row equal to the assigned money', async () => {
    const { controller } = await example();
    const rows = await controller.allocationRows();
    const request: AllocationRequestView = {
      nstw: '8.000',
      nsdp: '150,5',
      step: '0,5',
      method: 'last-year',
      rows: rows.map((r) => ({ code: r.code })),
      locale: 'auto',
    };
    const preview = await controller.previewAllocation(request);
    if (preview.kind !== 'ok') throw new Error(JSON.stringify(preview));
    expect(preview.totals).toMatchObject({
      code: 'TONG',
      label: 'Tổng cộng',
      nstw: '8.000',
      nsdp: '150,5',
      total: '8.150,5',
    });
    expect(sum(preview.rows.map((r) => readVi(r.nstw))).toFixed()).toBe('8000');
    expect(preview.rows.find((r) => r.code === 'DA4.1')?.nsdp).toBe('150,5');
  });

  it('lists every problem of a preview, and reads figures in the chosen locale', async () => {
    const { controller } = await example();
    const bad = await controller.previewAllocation({
      nstw: '4,136',
      nsdp: 'không',
      step: '1',
      method: 'equal',
      rows: [{ code: 'DA2' }],
      locale: 'auto',
    });
    expect(bad.kind === 'failed' && bad.messages.map((m) => m.vi.split(':')[0])).toEqual([
      'NSTW được giao',
      'NSĐP được giao',
    ]);
    const en = await controller.previewAllocation({
      nstw: '1,469.5',
      nsdp: '0',
      step: '0.5',
      method: 'equal',
      rows: [{ code: 'DA2' }],
      locale: 'en',
    });
    expect(en.kind === 'ok' && en.totals.nstw).toBe('1.469,5');
  });

  it('asks before a write over foreign cells, writes with overwrite, and undoes', async () => {
    const host = new MemoryHost([PLAN_SHEET]);
    host.setCell(PLAN_SHEET, 'B5', { value: 'Ghi chú của cán bộ' });
    const controller = new WorkbookController(host, memoryServices(), 'excel');
    const options = { year: 2025, locality: 'xã Bình Lư' };
    expect(await controller.insertTemplate(options)).toMatchObject({ kind: 'confirm', cells: ['B5'] });
    expect(controller.canUndo()).toBe(false);
    expect((await controller.insertTemplate(options, { overwrite: true })).kind).toBe('done');
    expect(controller.canUndo()).toBe(true);
    expect((await controller.undo()).kind).toBe('done');
    expect(host.getCell(PLAN_SHEET, 'B5')?.value).toBe('Ghi chú của cán bộ');
  });

  it('shows findings with their cells, selects, marks and clears them', async () => {
    const { host, controller } = await example();
    const rows = (await host.readSheet(PLAN_SHEET))!.rows;
    const r = rows.findIndex((row) => row[1]?.text.startsWith('Tiểu dự án 1: Phát triển giáo dục'));
    host.setCell(PLAN_SHEET, `C${r + 1}`, { value: 1700 });
    const findings = await controller.validate();
    const error = findings.find((f) => f.severity === 'error' && f.where === 'DA4.1');
    expect(error?.cell).toBeDefined();
    await controller.selectFinding(error!);
    expect(host.selection()).toEqual({ sheet: PLAN_SHEET, address: error!.cell });
    expect((await controller.markFindings()).kind).toBe('done');
    expect(host.getCell(PLAN_SHEET, error!.cell!)?.style?.fill).toBe(ERROR_FILL);
    expect((await controller.clearMarks()).kind).toBe('done');
    expect(host.getCell(PLAN_SHEET, error!.cell!)?.style?.fill ?? null).toBeNull();
    const clip = await controller.sectionForClipboard({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(clip.kind).toBe('failed');
  });

  it('says there is no plan table as one error finding', async () => {
    const controller = new WorkbookController(new MemoryHost(['Sheet1']), memoryServices(), 'excel');
    const [only, ...rest] = await controller.validate();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ id: 'no-plan', severity: 'error' });
    expect(only?.message.vi).toContain('Không tìm thấy bảng kế hoạch');
    expect(await controller.allocationRows()).toEqual([]);
  });

  it('writes the section and gives it for the clipboard', async () => {
    const { host, controller } = await example();
    expect((await controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'none' })).kind).toBe('done');
    expect((await texts(host, 'Kinh phí')).length).toBeGreaterThan(5);
    const clip = await controller.sectionForClipboard({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(clip.kind === 'done' && clip.value.html).toContain('<b>IV. KINH PHÍ THỰC HIỆN</b>');
  });

  it('imports a UTF-16 plan text as the CLI does', async () => {
    const host = new MemoryHost([]);
    const controller = new WorkbookController(host, memoryServices(), 'excel');
    const utf8 = readFileSync(join(__dirname, '../fixtures/plans/song-ma-style.txt'));
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf8.toString('utf8'), 'utf16le').swap16()]),
    );
    const result = await controller.importDocument({ name: 'song-ma.txt', bytes });
    expect(result.kind).toBe('done');
    const rows = await controller.allocationRows();
    expect(rows.find((r) => r.code === 'DA2')).toMatchObject({ nstw: '6667', nsdp: '466.25' });
  });
});

describe('the pane controller carries the settings block to the allocation form', () => {
  it('gives the rows with the assigned totals and step in the chosen notation', async () => {
    const { host, controller } = await example();
    host.setCell(PLAN_SHEET, 'C6', { value: 107.5 });
    const vi = await controller.allocationForm('vi');
    expect(vi.rows.map((r) => r.code)).toContain('DA4.1');
    expect(vi.settings).toMatchObject({ nstw: '7.538', nsdp: '107,5', step: '1' });
    expect(vi.settings.hint?.vi).toMatch(/^Lấy từ khối thiết lập của trang "Kế hoạch kinh phí" \(/);
    const en = await controller.allocationForm('en');
    expect(en.settings).toMatchObject({ nstw: '7,538', nsdp: '107.5', step: '1' });
  });

  it('gives no rows and no settings when there is no plan table', async () => {
    const controller = new WorkbookController(new MemoryHost(['Trống']), memoryServices(), 'browser');
    expect(await controller.allocationForm('auto')).toEqual({
      rows: [],
      settings: {},
      kinds: QD90_ROW_KINDS,
    });
  });

  it('passes the preview warning about assigned totals that differ from the sheet', async () => {
    const { controller } = await example();
    const rows = await controller.allocationRows();
    const request: AllocationRequestView = {
      nstw: '8.000',
      nsdp: '107',
      step: '1',
      method: 'last-year',
      rows: rows.map((r) => ({ code: r.code })),
      locale: 'auto',
    };
    const preview = await controller.previewAllocation(request);
    if (preview.kind !== 'ok') throw new Error('no preview');
    expect(preview.warnings).toHaveLength(1);
    expect(preview.warnings[0]?.vi).toContain('là 7.538 triệu đồng, khác số đang phân bổ 8.000 triệu đồng');
    const same = await controller.previewAllocation({ ...request, nstw: '7.538' });
    expect(same.kind === 'ok' && same.warnings).toEqual([]);
  });
});
