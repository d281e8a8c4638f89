/**
 * Standalone mode's workbook over the real controller, memory host, .xlsx host (exceljs in node) and
 * Word export, with saves going to a memory platform: the example plan, opening the Sông Mã workbook,
 * writing its section, saving and re-reading.
 */
import { createNodeServices } from '../../src/cli/compose';
import { MemoryHost } from '../../src/hosts';
import { XlsxHost } from '../../src/hosts/xlsx';
import { createMemoryPlatform, type MemoryPlatform } from '../../src/platform/memory';
import { DEFAULT_SECTION_SHEET, DEFAULT_TEMPLATE_SHEET } from '../../src/sheet';
import type { ActionResult } from '../../src/taskpane/controller-types';
import { EXAMPLE_FILE_NAME, StandaloneWorkbook } from '../../src/taskpane/standalone/standalone-workbook';
import type { SheetPreview } from '../../src/app/sheet-preview';
import { songMaWorkbookBytes } from '../fixtures/workbooks/song-ma-workbook';

jest.setTimeout(30_000);

let platform: MemoryPlatform;

function standalone(): StandaloneWorkbook {
  platform = createMemoryPlatform();
  const services = { ...createNodeServices(), platform };
  return new StandaloneWorkbook(services, () => new MemoryHost([DEFAULT_TEMPLATE_SHEET]));
}

/** The file a download saved: its name (from the result's text) and bytes. */
function saved(result: ActionResult): { name: string; bytes: Uint8Array } {
  const name = /"([^"]+)"/.exec(result.text.vi)?.[1] ?? '';
  expect(result).toMatchObject({ kind: 'done', text: { vi: `Đã tạo tệp "${name}" để tải về.` } });
  const bytes = platform.files.get(name);
  if (!bytes) throw new Error(`nothing saved as ${name}`);
  return { name, bytes };
}

/** Every text of the preview, row by row. */
function texts(preview: SheetPreview | null): string[] {
  return preview ? preview.rows.flatMap((r) => r.cells) : [];
}

/** Every cell text of a sheet of an .xlsx. */
async function sheetTexts(bytes: Uint8Array, sheet: string): Promise<string[]> {
  const host = await XlsxHost.fromBuffer(bytes);
  const snapshot = await host.readSheet(sheet);
  return snapshot ? snapshot.rows.flatMap((r) => r.map((c) => c.text)) : [];
}

describe('StandaloneWorkbook', () => {
  it('starts on the example plan and previews its plan sheet with the TỔNG CỘNG row', async () => {
    const workbook = standalone();
    expect(workbook.source()).toEqual({ kind: 'example' });
    const preview = await workbook.preview();
    expect(preview?.sheet).toBe(DEFAULT_TEMPLATE_SHEET);
    expect(texts(preview)).toContain('TỔNG CỘNG');
    expect(preview?.columns[0]).toBe('A');
  });

  it('previews the plan sheet with the cells "Kiểm tra" marked, read once per change of the workbook', async () => {
    const workbook = standalone();
    const session = workbook.controller.session;
    const located = await session.planSheet();
    if (located.kind !== 'done') throw new Error(located.text.en);
    const { sheet, read } = located.value;
    const address = read.cells.amounts['DA4.1']?.nstw;
    if (address === undefined) throw new Error('no NSTW cell for DA4.1');
    // A figure typed as words: the check names it, "Đánh dấu" colours it.
    const typed = await session.write({
      patch: { sheet, cells: [{ address, value: 'một nghìn' }] },
      confirmed: true,
    });
    expect(typed.kind).toBe('done');
    await workbook.controller.validate();
    expect((await workbook.controller.markFindings()).kind).toBe('done');

    const reads = jest.spyOn(session.host, 'readSheet');
    const preview = await workbook.preview();
    expect(preview?.sheet).toBe(sheet);
    expect(preview?.marks?.[address]).toMatch(/^#[0-9A-F]{6}$/i);
    // The preview shares the session's read of the sheet: no new read while nothing changed.
    const readsForFirst = reads.mock.calls.length;
    expect(readsForFirst).toBeLessThanOrEqual(1);
    await workbook.preview();
    await workbook.controller.previewSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(reads.mock.calls.length).toBe(readsForFirst);
  });

  it('saves the example, with the section the steps wrote, as an .xlsx that reads back', async () => {
    const workbook = standalone();
    const written = await workbook.controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(written.kind).toBe('done');
    const file = saved(await workbook.download());
    expect(file.name).toBe(EXAMPLE_FILE_NAME);
    const plan = await sheetTexts(file.bytes, DEFAULT_TEMPLATE_SHEET);
    expect(plan).toContain('TỔNG CỘNG');
    const section = (await sheetTexts(file.bytes, DEFAULT_SECTION_SHEET)).join('\n');
    // The example (thị xã Mường Lay 2024) totals 7.645 triệu đồng.
    expect(section).toContain('7.645');
  });

  it('opens the Sông Mã workbook: preview, checks, section, download under its own name', async () => {
    const workbook = standalone();
    await workbook.controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(workbook.controller.canUndo()).toBe(true);

    const opened = await workbook.open(
      { name: 'song-ma.xlsx', bytes: await songMaWorkbookBytes() },
      { overwrite: true },
    );
    expect(opened.kind).toBe('done');
    expect(workbook.source()).toEqual({ kind: 'file', name: 'song-ma.xlsx' });
    // The example's undo would write into cells of another workbook: it is gone.
    expect(workbook.controller.canUndo()).toBe(false);
    // Assigned NSTW and NSĐP as the host shows them; the totals are formulas that exceljs does not
    // calculate, so a file that no spreadsheet has saved shows them empty.
    expect(texts(await workbook.preview())).toEqual(
      expect.arrayContaining(['TỔNG CỘNG', '15.089,00', '466,25']),
    );

    const findings = await workbook.controller.validate();
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const section = await workbook.controller.writeSection({ style: 'nguon-von-giao', words: 'none' });
    expect(section.kind).toBe('done');

    const file = saved(await workbook.download());
    expect(file.name).toBe('song-ma.xlsx');
    const text = (await sheetTexts(file.bytes, DEFAULT_SECTION_SHEET)).join('\n');
    expect(text).toContain('Nguồn vốn giao');
    expect(text).toContain('15.555,25');
  });

  it('refuses a file that is not an .xlsx workbook, names it, and keeps the example', async () => {
    const workbook = standalone();
    const byName = await workbook.open({ name: 'ke-hoach.txt', bytes: new TextEncoder().encode('x') });
    expect(byName.kind).toBe('failed');
    expect(byName.text.vi).toContain('"ke-hoach.txt"');
    const broken = await workbook.open({ name: 'hong.xlsx', bytes: new TextEncoder().encode('not a zip') });
    expect(broken.kind).toBe('failed');
    expect(broken.text.vi).toContain('Không mở được "hong.xlsx"');
    expect(workbook.source()).toEqual({ kind: 'example' });
    expect(texts(await workbook.preview())).toContain('TỔNG CỘNG');
  });

  it('asks before replacing unsaved changes, and a refused file leaves the workbook and its undo as they were', async () => {
    const workbook = standalone();
    expect(workbook.hasUnsavedChanges()).toBe(false);
    await workbook.controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(workbook.hasUnsavedChanges()).toBe(true);
    const before = texts(await workbook.preview());
    for (const bad of [new Uint8Array(0), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])]) {
      const refused = await workbook.open({ name: 'x.xlsx', bytes: bad });
      expect(refused.kind).toBe('failed');
    }
    expect(workbook.source()).toEqual({ kind: 'example' });
    expect(workbook.controller.canUndo()).toBe(true);
    expect(texts(await workbook.preview())).toEqual(before);

    const asked = await workbook.open({ name: 'song-ma.xlsx', bytes: await songMaWorkbookBytes() });
    expect(asked.kind).toBe('confirm');
    expect(asked.text.vi).toMatch(/có thay đổi chưa tải về; mở "song-ma\.xlsx" sẽ bỏ các thay đổi đó/);
    expect(workbook.source()).toEqual({ kind: 'example' });
    expect((await workbook.useExample()).kind).toBe('confirm');
    expect(workbook.controller.canUndo()).toBe(true);

    saved(await workbook.download());
    expect(workbook.hasUnsavedChanges()).toBe(false);
    expect((await workbook.open({ name: 'song-ma.xlsx', bytes: await songMaWorkbookBytes() })).kind).toBe(
      'done',
    );
    await workbook.controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect((await workbook.useExample({ overwrite: true })).kind).toBe('done');
    expect(workbook.hasUnsavedChanges()).toBe(false);
  });

  it('goes back to a fresh example, forgetting the opened file and its undo', async () => {
    const workbook = standalone();
    await workbook.open({ name: 'song-ma.xlsx', bytes: await songMaWorkbookBytes() });
    await workbook.controller.writeSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    const back = await workbook.useExample({ overwrite: true });
    expect(back.kind).toBe('done');
    expect(workbook.source()).toEqual({ kind: 'example' });
    expect(workbook.controller.canUndo()).toBe(false);
    const preview = texts(await workbook.preview());
    expect(preview).not.toContain('15.089,00');
    // A fresh example has no "Kinh phí" sheet until the section is written.
    const file = saved(await workbook.download());
    expect(await (await XlsxHost.fromBuffer(file.bytes)).listSheets()).toEqual([DEFAULT_TEMPLATE_SHEET]);
  });
});
