/**
 * buildWorkbook, checkWorkbook and exportDocument over the real node services (exceljs, docx,
 * the file system): outcomes, never exceptions, for good plans, plans with errors and failures.
 */
import exampleJson from '../../examples/muong-lay-2024.json';
import { buildWorkbook } from '../../src/app/build';
import { checkPlan, checkWorkbook, checkWorkbookBytes } from '../../src/app/check';
import { CHECK_SHEET } from '../../src/app/check-sheet';
import { examplePlan } from '../../src/app/example';
import { EXPORT_REFUSED, exportDocument } from '../../src/app/export-document';
import type { Outcome } from '../../src/app/outcome';
import type { Services } from '../../src/app/services';
import { createNodeServices } from '../../src/cli/compose';
import { at } from '../../src/domain/findings';
import { dec, plain } from '../../src/domain/money/decimal';
import { planFromJson, type Plan, type PlanItem } from '../../src/domain/plan';
import { XlsxHost } from '../../src/hosts/xlsx';
import { docxParts } from '../export/helpers';

const services = createNodeServices();

function done<T>(o: Outcome<T>): T {
  if (o.kind !== 'done') throw new Error(`not done: ${o.text.en}`);
  return o.value;
}

function example(): Plan {
  return done(examplePlan()).plan;
}

/** The example with DA4.1's local money changed, so that its total no longer adds up. */
function broken(): Plan {
  const plan = example();
  return {
    ...plan,
    items: plan.items.map((i) =>
      i.code === 'DA4.1' ? { ...i, stated: { ...i.stated, nsdp: dec('170') } } : i,
    ),
  };
}

describe('buildWorkbook', () => {
  it('builds the template, the section and the check sheet of a plan that adds up', async () => {
    const built = done(await buildWorkbook(example(), [], { words: 'total' }, services));
    expect(built.sectionWritten).toBe(true);
    expect(built.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const host = await XlsxHost.fromBuffer(built.bytes);
    expect(await host.listSheets()).toEqual([built.sheet, built.sectionSheet, CHECK_SHEET]);
    const section = (await host.readSheet(built.sectionSheet))?.rows.map((r) => r[0]?.text ?? '') ?? [];
    expect(section.join('\n')).toContain('7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng)');
  });

  it('still builds a plan with errors, without the section, listing the error with a link', async () => {
    const built = done(await buildWorkbook(broken(), [], {}, services));
    expect(built.sectionWritten).toBe(false);
    const error = built.findings.find((f) => f.severity === 'error');
    expect(error?.where).toEqual(at.item('DA4.1'));
    const host = await XlsxHost.fromBuffer(built.bytes);
    expect(await host.listSheets()).toEqual([built.sheet, CHECK_SHEET]);
    const rows = (await host.readSheet(CHECK_SHEET))?.rows ?? [];
    const listed = rows.find((r) => r[1]?.text === 'LỖI');
    expect(listed?.[2]?.text).toBe('DA4.1');
    expect(listed?.[3]?.formula).toMatch(/^=HYPERLINK\("#'Kế hoạch kinh phí'![A-Z]+\d+"/);
  });

  it('is a failed outcome, not an exception, when no workbook can be made', async () => {
    const failing: Services = { ...services, newWorkbook: () => Promise.reject(new Error('hết bộ nhớ')) };
    const o = await buildWorkbook(example(), [], {}, failing);
    expect(o.kind).toBe('failed');
    expect(o.text.vi).toBe('Không tạo được sổ tính: hết bộ nhớ');
  });
});

describe('checkWorkbook', () => {
  it('finds the built plan sheet, its plan and no error; its formulas carry their exact results', async () => {
    const bytes = done(await buildWorkbook(example(), [], {}, services)).bytes;
    const check = done(await checkWorkbookBytes(bytes, 'muong-lay.xlsx', {}, services));
    expect(check.sheet).toBe('Kế hoạch kinh phí');
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(check.cells).toHaveLength(check.findings.length);
    expect(check.uncalculated).toBe(0);
    expect(check.note).toBeUndefined();
  });

  it('finds the plan sheet renamed and moved behind another sheet, and points at the cell of an error', async () => {
    const built = done(await buildWorkbook(example(), [], {}, services));
    const host = await XlsxHost.fromBuffer(built.bytes);
    const sheet = host.workbook.getWorksheet(built.sheet);
    if (!sheet) throw new Error('no plan sheet');
    // A person types a total over DA3's sum formula, renames the sheet and puts another one first.
    const da3 = built.cells.amounts['DA3']?.total ?? '';
    sheet.getCell(da3).value = 3300;
    sheet.name = 'KH 2024';
    // exceljs orders sheets by `orderNo`, which its types leave out.
    Object.assign(host.workbook.addWorksheet('Ghi chú'), { orderNo: -1 });
    const moved = await XlsxHost.fromBuffer(await host.toBytes());
    expect((await moved.listSheets())[0]).toBe('Ghi chú');
    const check = done(await checkWorkbook(moved, {}));
    expect(check.sheet).toBe('KH 2024');
    const i = check.findings.findIndex((f) => f.severity === 'error');
    expect(check.findings[i]?.where).toEqual(at.item('DA3'));
    expect([da3, built.cells.rows['DA3']]).toContain(check.cells[i]);
  });

  it('refuses bytes that are not a workbook, naming the file', async () => {
    const o = await checkWorkbookBytes(new TextEncoder().encode('không phải zip'), 'sai.xlsx', {}, services);
    expect(o.kind).toBe('failed');
    expect(o.text.vi).toContain('"sai.xlsx"');
  });

  it('names the file when a workbook has no plan table', async () => {
    const host = XlsxHost.empty(['Trang 1']);
    await host.applyPatch({ sheet: 'Trang 1', cells: [{ address: 'A1', value: 'Ghi chú' }] });
    const o = await checkWorkbookBytes(await host.toBytes(), 'trong.xlsx', {}, services);
    expect(o.kind).toBe('failed');
    expect(o.text.vi).toMatch(/^trong\.xlsx: Không tìm thấy bảng kế hoạch/);
  });
});

describe('checkPlan', () => {
  const item = (code: string, parent: string | null, nsdp?: string): PlanItem => ({
    code,
    name: `Nội dung ${code}`,
    level: parent === null ? 1 : 2,
    parent,
    applicable: true,
    stated: nsdp === undefined ? {} : { nsdp: dec(nsdp) },
  });

  it('reports a parent cycle and an unknown parent once each, as errors, with the read findings first', () => {
    const plan: Plan = {
      catalogueId: 'qd90-2021-2025',
      unit: 'trieu_dong',
      items: [item('U1', 'U2', '5'), item('U2', 'U1', '7'), item('U3', 'DA99', '1')],
      statedTotals: null,
    };
    const read = {
      severity: 'info' as const,
      code: 'READ',
      where: at.none(),
      text: { vi: 'đọc', en: 'read' },
    };
    const findings = checkPlan(plan, [read]);
    expect(findings[0]).toBe(read);
    const tree = findings.filter((f) => f.code === 'PARENT_CYCLE' || f.code === 'UNKNOWN_PARENT');
    expect(tree.map((f) => [f.code, f.severity, f.where])).toEqual([
      ['PARENT_CYCLE', 'error', at.item('U1')],
      ['UNKNOWN_PARENT', 'error', at.item('U3')],
    ]);
  });

  it('takes the counterpart ratio and the step as options', () => {
    const plan = example();
    expect(checkPlan(plan, [])).toEqual([]);
    expect(checkPlan(plan, [], { ratio: dec('0.05') }).map((f) => f.code)).toEqual(['COUNTERPART_RATIO']);
  });
});

describe('exportDocument', () => {
  it('gives the .docx bytes of a plan that adds up, with its summary table', async () => {
    const doc = done(
      await exportDocument(example(), [], { style: 'kinh-phi-thuc-hien', words: 'total' }, services),
    );
    expect(doc.rows).toBe(12);
    expect(doc.total && plain(doc.total)).toBe('7645');
    expect(doc.planFindings).toEqual([]);
    const text = docxParts(doc.bytes).lines.join('\n');
    expect(text).toContain(
      'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng)',
    );
  });

  it('refuses a plan with errors without writing anything, unless forced', async () => {
    let writes = 0;
    const counting: Services = {
      ...services,
      writeDocument: (plan, options) => {
        writes++;
        return services.writeDocument(plan, options);
      },
    };
    const options = { style: 'kinh-phi-thuc-hien', words: 'none' } as const;
    const refused = await exportDocument(broken(), [], options, counting);
    expect(refused.kind).toBe('failed');
    expect(refused.text).toEqual(EXPORT_REFUSED);
    expect(refused.kind === 'failed' && refused.findings.map((f) => f.where)).toContainEqual(
      at.item('DA4.1'),
    );
    expect(refused.kind === 'failed' && refused.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(writes).toBe(0);
    const forced = done(await exportDocument(broken(), [], { ...options, force: true }, counting));
    expect(writes).toBe(1);
    expect(forced.planFindings.some((f) => f.severity === 'error')).toBe(true);
    expect(forced.bytes.length).toBeGreaterThan(0);
  });

  it('is a failed outcome when the document cannot be written', async () => {
    const failing: Services = { ...services, writeDocument: () => Promise.reject(new Error('đĩa đầy')) };
    const o = await exportDocument(example(), [], { style: 'nguon-von-giao', words: 'none' }, failing);
    expect(o.kind).toBe('failed');
    expect(o.text.vi).toBe('Không tạo được văn bản Word: đĩa đầy');
  });
});

describe('the bundled example through planFromJson', () => {
  it('is what examplePlan gives', () => {
    const r = planFromJson(exampleJson);
    if (!r.ok) throw new Error(r.error.text.en);
    expect(r.plan).toEqual(example());
  });
});
