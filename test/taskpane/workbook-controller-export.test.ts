/**
 * The controller's export step and findings over the example plan in a memory workbook: the section
 * preview and the Word document honour the same options, the document is named from the locality and
 * year, consequences of a text figure point at their cause, and the sheet preview carries figures,
 * computed formula results and marks.
 */
import type { Services } from '../../src/app/services';
import { packKinhPhiDocument } from '../../src/export/pack';
import { createMemoryPlatform, type MemoryPlatform } from '../../src/platform/memory';
import { WARNING_FILL } from '../../src/sheet';
import { WorkbookController } from '../../src/taskpane/workbook-controller';
import { exampleSession, PLAN_SHEET } from '../app/app-session-helpers';
import { docxToLines } from '../helpers/docx-lines';

async function example(): Promise<{
  controller: WorkbookController;
  platform: MemoryPlatform;
  host: Awaited<ReturnType<typeof exampleSession>>['host'];
}> {
  const { host } = await exampleSession();
  const platform = createMemoryPlatform();
  const refuse = (): Promise<never> => Promise.reject(new Error('not in these tests'));
  const services: Services = {
    platform,
    newWorkbook: refuse,
    openWorkbook: refuse,
    writeDocument: packKinhPhiDocument,
  };
  return { controller: new WorkbookController(host, services, 'browser'), platform, host };
}

async function savedLines(platform: MemoryPlatform, name: string): Promise<string[]> {
  const bytes = platform.files.get(name);
  if (!bytes) throw new Error(`${name} was not saved; saved: ${[...platform.files.keys()].join(', ')}`);
  const read = await docxToLines(bytes);
  if (!read.ok) throw new Error('the document does not read');
  return read.lines;
}

/** The row (1-based) of the plan sheet whose name starts with `name`. */
async function rowOf(controller: WorkbookController, name: string): Promise<number> {
  const rows = (await controller.session.host.readSheet(PLAN_SHEET))!.rows;
  return rows.findIndex((row) => row[1]?.text.startsWith(name)) + 1;
}

describe('the export step over the example plan', () => {
  it('previews the section worded as chosen, as the sheet would get it', async () => {
    const { controller } = await example();
    const kinhPhi = await controller.previewSection({ style: 'kinh-phi-thuc-hien', words: 'none' });
    if (kinhPhi.kind !== 'done') throw new Error(kinhPhi.text.en);
    expect(kinhPhi.value[0]).toEqual({
      kind: 'heading',
      text: '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
      bold: true,
    });
    expect(kinhPhi.value[1]).toEqual({
      kind: 'money',
      text: 'b) Kinh phí thực hiện: 3.154 triệu đồng, cụ thể:',
      bold: false,
    });
    // Only the section's title and the numbered headings are bold.
    const bold = kinhPhi.value.filter((l) => l.bold).map((l) => l.text);
    expect(bold.length).toBeGreaterThan(3);
    expect(bold.filter((t) => !/^\d+(\.\d+)*\. /.test(t))).toEqual(['IV. KINH PHÍ THỰC HIỆN']);
    expect(kinhPhi.value.filter((l) => !l.bold && /^\d+(\.\d+)*\. /.test(l.text))).toEqual([]);

    const nguonVon = await controller.previewSection({ style: 'nguon-von-giao', words: 'all' });
    if (nguonVon.kind !== 'done') throw new Error(nguonVon.text.en);
    const joined = nguonVon.value.map((l) => l.text).join('\n');
    expect(joined).toContain(
      'Nguồn vốn giao năm 2024: 3.154 triệu đồng (Ba tỷ một trăm năm mươi tư triệu đồng)',
    );
    // The preview is what writing the section puts on the sheet, line for line.
    expect((await controller.writeSection({ style: 'nguon-von-giao', words: 'all' })).kind).toBe('done');
    const sheet = (await controller.session.host.readSheet('Kinh phí'))!.rows.map((r) => r[0]?.text ?? '');
    expect(sheet).toEqual(nguonVon.value.map((l) => l.text));
  });

  it('downloads the Word document with the same options, named from the locality and year', async () => {
    const { controller, platform } = await example();
    const first = await controller.downloadDocument({ style: 'nguon-von-giao', words: 'all' });
    expect(first).toMatchObject({ kind: 'done', value: { name: 'kinh-phi-thi-xa-muong-lay-2024.docx' } });
    const lines = await savedLines(platform, 'kinh-phi-thi-xa-muong-lay-2024.docx');
    expect(lines).toContain(
      '- Nguồn vốn giao năm 2024: 3.154 triệu đồng (Ba tỷ một trăm năm mươi tư triệu đồng). Trong đó:',
    );

    const plain = await controller.downloadDocument({ style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(plain.kind).toBe('done');
    const again = await savedLines(platform, 'kinh-phi-thi-xa-muong-lay-2024.docx');
    const text = again.join('\n');
    expect(text).toContain('b) Kinh phí thực hiện: 3.154 triệu đồng, cụ thể:');
    expect(text).not.toContain('Nguồn vốn giao năm');
    expect(text).not.toContain('(Ba tỷ');
    // Downloading writes nothing to the workbook.
    expect(controller.canUndo()).toBe(false);
  });

  it('refuses the preview and the download of a plan whose figures do not add up', async () => {
    const { controller, platform, host } = await example();
    host.setCell(PLAN_SHEET, `C${await rowOf(controller, 'Tiểu dự án 1: Phát triển giáo dục')}`, {
      value: 1700,
    });
    const preview = await controller.previewSection({ style: 'kinh-phi-thuc-hien', words: 'total' });
    expect(preview.kind).toBe('failed');
    expect(preview.text.vi).toContain('lỗi về số liệu');
    expect((await controller.downloadDocument({ style: 'kinh-phi-thuc-hien', words: 'total' })).kind).toBe(
      'failed',
    );
    expect([...platform.files.keys()]).toEqual([]);
  });
});

describe('findings and the sheet preview over the example plan', () => {
  it('links the sums that disagree because of a text figure to the text figure', async () => {
    const { controller, host } = await example();
    const row = await rowOf(controller, 'Tiểu dự án 1: Phát triển giáo dục');
    // Typed as text, the figure is left out of the spreadsheet's sums above it.
    await host.applyPatch({ sheet: PLAN_SHEET, cells: [{ address: `E${row}`, value: '1.588' }] });
    const findings = await controller.validate();
    const cause = findings.find((f) => f.cell === `E${row}`);
    expect(cause?.severity).toBe('warning');
    expect(cause?.causeId).toBeUndefined();
    const consequences = findings.filter((f) => f.causeId === cause?.id);
    expect(consequences.length).toBeGreaterThan(0);
    for (const c of consequences) {
      expect(c.severity).toBe('info');
      expect(c.message.vi).toContain(`do ô E${row}`);
    }
    expect(findings.filter((f) => f.causeId !== undefined && f.causeId !== cause?.id)).toEqual([]);
  });

  it('gives the sheet with exact figures and the marks set', async () => {
    const { controller, host } = await example();
    const row = await rowOf(controller, 'Tiểu dự án 1: Phát triển giáo dục');
    await host.applyPatch({ sheet: PLAN_SHEET, cells: [{ address: `E${row}`, value: '1.588' }] });
    expect((await controller.markFindings()).kind).toBe('done');
    const preview = await controller.sheetPreview();
    if (!preview) throw new Error('no preview');
    expect(preview.marks?.[`E${row}`]).toBe(WARNING_FILL);
    const total = preview.rows.find((r) => r.cells[1] === 'TỔNG CỘNG');
    // The text figure is not added by the sums: 7.538 − 1.588 on the NSTW total of the sheet.
    expect(total?.figures?.slice(2, 5)).toEqual(['6057', '5950', '5950']);
    const typed = preview.rows.find((r) => r.number === row);
    expect(typed?.cells[4]).toBe('1.588');
    expect(typed?.figures?.[4]).toBeNull();
    expect((await controller.clearMarks()).kind).toBe('done');
    expect((await controller.sheetPreview())?.marks).toBeUndefined();
  });
});
