import { checkSheet, clearMarks, markFindings, selectCell } from '../../src/app/marks';
import { ownedNameFor } from '../../src/app/owned-area';
import { checkedPlan, renderPlanSection, sectionForClipboard, writeSection } from '../../src/app/section';
import { ERROR_FILL } from '../../src/sheet';
import { example, exampleSession, PLAN_SHEET, texts } from './app-session-helpers';

/** Types over the example's Tiểu dự án 1 of Dự án 4 total, so its figures no longer add up. */
async function breakSums(host: Awaited<ReturnType<typeof exampleSession>>['host']): Promise<void> {
  const rows = (await host.readSheet(PLAN_SHEET))!.rows;
  const r = rows.findIndex((row) => row[1]?.text.startsWith('Tiểu dự án 1: Phát triển giáo dục'));
  host.setCell(PLAN_SHEET, `C${r + 1}`, { value: 1700 });
}

describe('the section over the session', () => {
  it('writes the section into "Kinh phí", rewrites it without asking, and copies it as HTML', async () => {
    const { host, session } = await exampleSession();
    const first = await writeSection(session, { style: 'kinh-phi-thuc-hien', words: 'total' });
    expect(first.kind).toBe('done');
    expect(first.text.vi).toMatch(/^Đã ghi phần kinh phí \(\d+ dòng\) vào trang "Kinh phí"\.$/);
    const lines = (await texts(host, 'Kinh phí')).map((r) => r[0]);
    expect(lines).toContain(
      'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng), cụ thể:',
    );
    const again = await writeSection(session, { style: 'nguon-von-giao', words: 'none' });
    expect(again.kind).toBe('done');
    const shorter = (await texts(host, 'Kinh phí')).map((r) => r[0] ?? '').filter((t) => t !== '');
    expect(shorter).toContain('Nguồn vốn giao thực hiện Chương trình năm 2024: 7.645 triệu đồng, gồm:');
    expect(shorter.some((t) => t.startsWith('b) Kinh phí thực hiện'))).toBe(false);
    // The plan sheet's own area is still the add-in's (names are per sheet).
    expect((await host.readSheet(PLAN_SHEET))!.names).toHaveProperty(ownedNameFor(PLAN_SHEET, null));
    const clip = await sectionForClipboard(session, { style: 'kinh-phi-thuc-hien', words: 'none' });
    if (clip.kind !== 'done') throw new Error(clip.text.en);
    expect(clip.value.html).toContain("font-family:'Times New Roman'");
    expect(clip.value.html).toContain('<b>IV. KINH PHÍ THỰC HIỆN</b>');
    expect(clip.value.text.split('\n')).toContain('- Ngân sách địa phương: 107 triệu đồng.');
    await session.undo();
    const restored = (await texts(host, 'Kinh phí')).map((r) => r[0]);
    expect(restored).toContain(
      'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng), cụ thể:',
    );
  });

  it('asks before writing over what the user typed on "Kinh phí"', async () => {
    const { host, session } = await exampleSession();
    host.addSheet('Kinh phí');
    host.setCell('Kinh phí', 'A2', { value: 'Ghi chú riêng' });
    const asked = await writeSection(session, { style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(asked).toMatchObject({ kind: 'confirm', sheet: 'Kinh phí', cells: ['A2'] });
    expect(host.getCell('Kinh phí', 'A2')?.value).toBe('Ghi chú riêng');
    expect((await writeSection(session, { style: 'kinh-phi-thuc-hien', words: 'none' }, true)).kind).toBe(
      'done',
    );
  });

  it('refuses a section of a plan whose figures do not add up, saying why', async () => {
    const { host, session } = await exampleSession();
    await breakSums(host);
    const section = await writeSection(session, { style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(section.kind).toBe('failed');
    expect(section.text.vi).toMatch(/^Bảng kế hoạch còn \d+ lỗi về số liệu \(xem bước "Kiểm tra"\)/);
    expect((await sectionForClipboard(session, { style: 'kinh-phi-thuc-hien', words: 'none' })).kind).toBe(
      'failed',
    );
    expect((await checkedPlan(session)).kind).toBe('failed');
    expect(await host.listSheets()).toEqual([PLAN_SHEET]);
  });

  it('renders a plan section only when its figures add up, unless forced', () => {
    const plan = example();
    const ok = renderPlanSection(plan, { style: 'nguon-von-giao', words: 'none' });
    expect(ok.kind === 'done' && ok.value.lines.length).toBeGreaterThan(3);
    const first = plan.items[0]!;
    const broken = {
      ...plan,
      items: [{ ...first, parent: first.code }, ...plan.items.slice(1)],
    };
    const refused = renderPlanSection(broken, { style: 'nguon-von-giao', words: 'none' });
    expect(refused.kind).toBe('failed');
    expect(refused.kind === 'failed' && refused.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(renderPlanSection(broken, { style: 'nguon-von-giao', words: 'none', force: true }).kind).toBe(
      'done',
    );
  });
});

describe('checking and marking over the session', () => {
  it('finds nothing wrong in the example', async () => {
    const { session } = await exampleSession();
    const check = await checkSheet(session);
    expect(check.kind === 'done' && check.value.findings).toEqual([]);
    expect(check.text.vi).toBe('Không phát hiện sai lệch: mọi tổng đều khớp.');
  });

  it('checks a sheet whose sums were broken by hand, marks, selects and clears the cells', async () => {
    const { host, session } = await exampleSession();
    await breakSums(host);
    const check = await checkSheet(session);
    if (check.kind !== 'done') throw new Error(check.text.en);
    const error = check.value.findings.find(
      (f) =>
        f.finding.severity === 'error' && f.finding.where.kind === 'item' && f.finding.where.code === 'DA4.1',
    );
    expect(error?.cell).toBeDefined();
    const marked = await markFindings(session);
    expect(marked.kind).toBe('done');
    expect(host.getCell(PLAN_SHEET, error!.cell!)?.style?.fill).toBe(ERROR_FILL);
    await selectCell(session, error!.cell!);
    expect(host.selection()).toEqual({ sheet: PLAN_SHEET, address: error!.cell });
    const cleared = await clearMarks(session);
    expect(cleared.text.vi).toMatch(/^Đã xoá đánh dấu ở \d+ ô\.$/);
    expect(host.getCell(PLAN_SHEET, error!.cell!)?.style?.fill ?? null).toBeNull();
    expect((await clearMarks(session)).text.vi).toBe('Không có đánh dấu nào để xoá.');
  });

  it('marks after checking by itself when nothing was checked yet, and undoes the marks', async () => {
    const { host, session } = await exampleSession();
    await breakSums(host);
    const marked = await markFindings(session);
    expect(marked.kind === 'done' && marked.value.cellCount).toBeGreaterThan(0);
    const filled = Object.values(host.dump(PLAN_SHEET)).filter((c) => c.style?.fill === ERROR_FILL);
    expect(filled.length).toBeGreaterThan(0);
    await session.undo();
    const after = Object.values(host.dump(PLAN_SHEET)).filter((c) => c.style?.fill === ERROR_FILL);
    expect(after).toEqual([]);
  });
});
