import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlan } from '../../src/app/import-plan';
import { ownedNameFor } from '../../src/app/owned-area';
import { WorkbookSession } from '../../src/app/session';
import { insertTemplate } from '../../src/app/template';
import { allocationRows } from '../../src/app/allocate';
import { MemoryHost } from '../../src/hosts';
import {
  example,
  exampleSession,
  memoryServices,
  PLAN_SHEET,
  texts,
  writeTable,
} from './app-session-helpers';

const SONG_MA = readFileSync(join(__dirname, '../fixtures/plans/song-ma-style.txt'));

function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}

describe('writes through the session', () => {
  it('asks before overwriting cells the add-in did not create, and overwrites when confirmed', async () => {
    const host = new MemoryHost([PLAN_SHEET]);
    host.setCell(PLAN_SHEET, 'B5', { value: 'Ghi chú của cán bộ' });
    const session = new WorkbookSession(host);
    const asked = await insertTemplate(session, { year: 2025, locality: 'xã Bình Lư' });
    expect(asked).toMatchObject({ kind: 'confirm', sheet: PLAN_SHEET, cells: ['B5'] });
    expect(asked.text.vi).toBe(`Trang "${PLAN_SHEET}" có 1 ô đã có dữ liệu không do Kinh phí GNBV tạo (B5).`);
    expect(host.getCell(PLAN_SHEET, 'B5')?.value).toBe('Ghi chú của cán bộ');
    expect(session.canUndo()).toBe(false);

    const done = await insertTemplate(session, { year: 2025, locality: 'xã Bình Lư' }, true);
    expect(done.kind).toBe('done');
    // Written again, the template is the add-in's own: no question this time.
    expect(
      (await insertTemplate(session, { year: 2026, locality: 'xã Bình Lư', catalogueId: 'qd90-2021-2025' }))
        .kind,
    ).toBe('done');
    expect(String(host.getCell(PLAN_SHEET, 'A1')?.value)).toContain('NĂM 2026');
    const undone = await session.undo();
    expect(undone.kind).toBe('done');
    expect(undone.text.vi).toMatch(/^Đã hoàn tác: khôi phục \d+ ô trên trang "Kế hoạch kinh phí"/);
    expect(String(host.getCell(PLAN_SHEET, 'A1')?.value)).toContain('NĂM 2025');
    // The first write can be undone too, and then there is nothing left.
    expect(session.canUndo()).toBe(true);
    expect((await session.undo()).kind).toBe('done');
    expect(host.getCell(PLAN_SHEET, 'B5')?.value).toBe('Ghi chú của cán bộ');
    expect(session.canUndo()).toBe(false);
    expect((await session.undo()).kind).toBe('failed');
  });

  it('writes the template onto a renamed plan sheet instead of making a new one', async () => {
    const host = new MemoryHost(['Ghi chú', 'KH xã']);
    host.setCell('Ghi chú', 'A1', { value: 'Không sửa' });
    await writeTable(host, 'KH xã', true);
    const session = new WorkbookSession(host);
    // An empty template over the plan would wipe its figures: asked first.
    const old = { year: 2026, locality: 'xã Bình Lư', catalogueId: 'qd90-2021-2025' };
    expect((await insertTemplate(session, old)).kind).toBe('confirm');
    const written = await insertTemplate(session, old, true);
    expect(written).toMatchObject({ kind: 'done', value: { sheet: 'KH xã' } });
    expect(await host.listSheets()).toEqual(['Ghi chú', 'KH xã']);
    expect(String(host.getCell('KH xã', 'A1')?.value)).toContain('NĂM 2026');
  });

  it('keeps one plan sheet per catalogue, and the steps work on the one last written or chosen', async () => {
    const host = new MemoryHost([PLAN_SHEET]);
    const session = new WorkbookSession(host);
    expect((await insertTemplate(session, { year: 2025, locality: 'xã Bình Lư' })).kind).toBe('done');
    // 2027 takes the 2026–2035 catalogue by default; the 2021–2025 plan keeps its sheet.
    const second = await insertTemplate(session, { year: 2027, locality: 'xã Bình Lư' });
    expect(second).toMatchObject({ kind: 'done', value: { sheet: 'Kế hoạch kinh phí 2026-2035' } });
    expect(second.text.vi).toMatch(/^Đã ghi mẫu kế hoạch vào trang "Kế hoạch kinh phí 2026-2035"/);
    expect(await host.listSheets()).toEqual([PLAN_SHEET, 'Kế hoạch kinh phí 2026-2035']);
    expect(String(host.getCell(PLAN_SHEET, 'A1')?.value)).toContain('GIẢM NGHÈO BỀN VỮNG NĂM 2025');
    const located = await session.planSheet();
    expect(located.kind === 'done' && [located.value.sheet, located.value.read.plan.catalogueId]).toEqual([
      'Kế hoạch kinh phí 2026-2035',
      'ctmtqg-2026-2035',
    ]);
    // Each sheet keeps its own names: the settings and the table of one never point into the other.
    const names = async (sheet: string) =>
      Object.keys((await host.readSheet(sheet))?.names ?? {}).filter((n) => !n.startsWith('GNBV_VUNG_'));
    expect((await names(PLAN_SHEET)).sort()).toEqual([
      'GNBV_BANG',
      'GNBV_BUOC',
      'GNBV_NSDP_GIAO',
      'GNBV_NSTW_GIAO',
      'GNBV_TYLE_DOIUNG',
    ]);
    expect((await names('Kế hoạch kinh phí 2026-2035')).sort()).toEqual([
      'GNBV_BANG_2026',
      'GNBV_BUOC_2026',
      'GNBV_NSDP_GIAO_2026',
      'GNBV_NSTW_GIAO_2026',
      'GNBV_TYLE_DOIUNG_2026',
    ]);
    session.choosePlanSheet({ catalogueId: 'qd90-2021-2025' });
    const old = await session.planSheet();
    expect(old.kind === 'done' && old.value.sheet).toBe(PLAN_SHEET);
    // Writing the 2026–2035 template again goes to its own sheet, not the chosen one.
    const again = await insertTemplate(session, {
      year: 2027,
      locality: 'xã Bình Lư',
      catalogueId: 'ctmtqg-2026-2035',
    });
    expect(again).toMatchObject({ kind: 'done', value: { sheet: 'Kế hoạch kinh phí 2026-2035' } });
    expect(await host.listSheets()).toHaveLength(2);
  });

  it('forgets the undo of another workbook on switchHost', async () => {
    const host = new MemoryHost([PLAN_SHEET]);
    const session = new WorkbookSession(host);
    await insertTemplate(session, { year: 2025, locality: '' });
    expect(session.canUndo()).toBe(true);
    session.switchHost(new MemoryHost(['Sheet1']));
    expect(session.canUndo()).toBe(false);
    expect((await session.planSheet()).kind).toBe('failed');
  });

  it('names the areas it writes per sheet', () => {
    expect(ownedNameFor(PLAN_SHEET, null)).toMatch(/^GNBV_VUNG_[0-9A-F]{8}_1$/);
    expect(ownedNameFor('Kinh phí', null)).not.toBe(ownedNameFor(PLAN_SHEET, null));
    const taken = ownedNameFor(PLAN_SHEET, null);
    const snapshot = { sheet: PLAN_SHEET, originRow: 0, originCol: 0, rows: [], names: { [taken]: 'A1:B2' } };
    expect(ownedNameFor(PLAN_SHEET, snapshot)).toBe(taken.replace(/_1$/, '_2'));
  });
});

describe('the template over an opened plan', () => {
  it('asks before wiping its figures, naming the sheet and the cells, and writes nothing until confirmed', async () => {
    const { host, session } = await exampleSession();
    const beforeSheet = await host.readSheet(PLAN_SHEET);
    const figures = beforeSheet!.rows.flatMap((row, r) =>
      row.flatMap((c, col) =>
        typeof c.value === 'number' && !c.formula ? [`${String.fromCharCode(65 + col)}${r + 1}`] : [],
      ),
    );
    expect(figures.length).toBeGreaterThan(5);
    const asked = await insertTemplate(session, { year: 2024, locality: 'thị xã Mường Lay' });
    expect(asked.kind).toBe('confirm');
    if (asked.kind !== 'confirm') return;
    expect(asked.sheet).toBe(PLAN_SHEET);
    // Only typed figures are named (the example's cells are all the add-in's own), and many of them.
    expect(figures).toEqual(expect.arrayContaining([...asked.cells]));
    expect(asked.cells.length).toBeGreaterThan(5);
    expect(asked.text.vi).toMatch(
      new RegExp(`^Ghi vào trang "${PLAN_SHEET}" sẽ thay thế \\d+ ô đang có dữ liệu`),
    );
    expect(asked.text.vi).toContain(asked.cells[0]);
    expect(await host.readSheet(PLAN_SHEET)).toEqual(beforeSheet);
    const written = await insertTemplate(session, { year: 2024, locality: 'thị xã Mường Lay' }, true);
    expect(written.kind).toBe('done');
    expect(await host.readSheet(PLAN_SHEET)).not.toEqual(beforeSheet);
  });

  it('rewrites the same plan over itself without asking', async () => {
    const { session } = await exampleSession();
    const plan = example();
    const again = await insertTemplate(session, { year: 2024, locality: plan.locality ?? '', plan });
    expect(again.kind).toBe('done');
  });
});

describe('importing a plan document into the template', () => {
  it.each([
    ['UTF-8', new Uint8Array(SONG_MA)],
    ['UTF-16 LE with BOM', utf16le(SONG_MA.toString('utf8'), true)],
  ])('reads the Sông Mã text in %s and writes it', async (_name, bytes) => {
    const session = new WorkbookSession(new MemoryHost([]));
    const result = await importPlan(session, { name: 'song-ma.txt', bytes }, memoryServices());
    expect(result.kind).toBe('done');
    expect(result.text.vi).toMatch(/Đã nhập \d+ mục từ "song-ma.txt"/);
    const rows = await allocationRows(session);
    if (rows.kind !== 'done') throw new Error(rows.text.en);
    const da2 = rows.value.find((r) => r.code === 'DA2');
    expect(da2?.nstw?.toFixed()).toBe('6667');
    expect(da2?.nsdp?.toFixed()).toBe('466.25');
  });

  it('writes nothing for a document without funding or one it cannot read', async () => {
    const host = new MemoryHost([]);
    const session = new WorkbookSession(host);
    const none = await importPlan(
      session,
      { name: 'trong.txt', bytes: new TextEncoder().encode('Không có số liệu.') },
      memoryServices(),
    );
    expect(none.kind).toBe('failed');
    expect(none.text.vi).toContain('không nêu kinh phí');
    const legacy = await importPlan(
      session,
      { name: 'cu.txt', bytes: new Uint8Array([0x44, 0xf2, 0x20, 0xe1, 0x6e, 0x20, 0x32]) },
      memoryServices(),
    );
    expect(legacy.kind).toBe('failed');
    expect(await host.listSheets()).toEqual([]);
    expect(await texts(host, PLAN_SHEET)).toEqual([]);
  });
});
