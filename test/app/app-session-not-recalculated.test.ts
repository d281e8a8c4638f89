/**
 * Formulas a write leaves not recalculated (outside Excel): the write's outcome names them, the session
 * remembers them until they are rewritten or recomputed, and the check reports a comparison resting on
 * one as "not recalculated", never as a discrepancy.
 */
import { writeAllocation, type AllocationRequest } from '../../src/app/allocate';
import { checkSheet } from '../../src/app/marks';
import { WorkbookSession } from '../../src/app/session';
import { insertTemplate } from '../../src/app/template';
import type { WriteResult } from '../../src/hosts/contract';
import { MemoryHost } from '../../src/hosts';
import { XlsxHost } from '../../src/hosts/xlsx';
import type { Patch, SheetSnapshot } from '../../src/sheet/types';
import { example, PLAN_SHEET } from './app-session-helpers';

const ROWS = ['DA2', 'DA3.1', 'DA4.1', 'DA4.3', 'DA6.1', 'DA6.2', 'DA7.1', 'DA7.2'];

const REQUEST: AllocationRequest = {
  nstw: '8000',
  nsdp: '200',
  step: '1',
  method: 'equal',
  rows: ROWS.map((code) => ({ code })),
  locale: 'auto',
};

/** The example plan in an .xlsx workbook, through a session. */
async function xlsxExample(): Promise<{ host: XlsxHost; session: WorkbookSession }> {
  const host = XlsxHost.empty([PLAN_SHEET]);
  const session = new WorkbookSession(host);
  const plan = example();
  const written = await insertTemplate(session, { year: 2024, locality: plan.locality ?? '', plan });
  if (written.kind !== 'done') throw new Error(written.text.en);
  return { host, session };
}

/** The cells of the plan sheet holding a GNBV.PHANBO formula. */
async function allocationFormulas(host: XlsxHost): Promise<string[]> {
  const snap = await host.readSheet(PLAN_SHEET);
  const out: string[] = [];
  snap?.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.formula?.includes('GNBV.PHANBO')) {
        out.push(`${String.fromCharCode(65 + (snap.originCol + c))}${snap.originRow + r + 1}`);
      }
    }),
  );
  return out;
}

describe('formulas a write leaves not recalculated (.xlsx host)', () => {
  it('are named in the write outcome, as a warning and in its text', async () => {
    const { host, session } = await xlsxExample();
    const written = await writeAllocation(session, REQUEST, 'formulas', true);
    if (written.kind !== 'done') throw new Error(written.text.en);
    const formulas = await allocationFormulas(host);
    expect(formulas.length).toBe(16);
    const listed = written.value.notRecalculated ?? [];
    // Every GNBV.PHANBO cell, and the sums fed by them.
    for (const cell of formulas) expect(listed).toContain(cell);
    expect(listed.length).toBeGreaterThan(formulas.length);
    const notice = written.findings.find((f) => f.code === 'APP_NOT_RECALCULATED');
    expect(notice?.severity).toBe('warning');
    expect(notice?.text.vi).toMatch(
      new RegExp(
        `^${listed.length} công thức không được tính lại \\(${listed[0]}, ${listed[1]}, .*\\) trên trang "Kế hoạch kinh phí": mở sổ tính trong Excel hoặc LibreOffice để tính lại\\.$`,
      ),
    );
    expect(written.text.vi).toContain(notice?.text.vi);
    expect(written.text.en).toContain(`${listed.length} formulas were not recalculated (`);
    expect([...session.notRecalculated(PLAN_SHEET)].sort()).toEqual([...listed].sort());
  });

  it('are never reported as discrepancies by the check, but as figures not recalculated', async () => {
    const { host, session } = await xlsxExample();
    await writeAllocation(session, REQUEST, 'formulas', true);
    const stale = session.notRecalculated(PLAN_SHEET);

    // Without the session's memory the same sheet shows false discrepancies…
    const blind = await checkSheet(new WorkbookSession(host));
    if (blind.kind !== 'done') throw new Error(blind.text.en);
    const compared = blind.value.findings.filter((f) => f.finding.actual !== undefined);
    expect(compared.map((f) => f.finding.code)).toEqual(
      expect.arrayContaining(['SHEET_ASSIGNED_DIFFERS', 'ITEM_TOTAL']),
    );

    // …which the session's check reports as figures not recalculated.
    const checked = await checkSheet(session);
    if (checked.kind !== 'done') throw new Error(checked.text.en);
    const codes = checked.value.findings.map((f) => f.finding.code);
    expect(codes).not.toContain('SHEET_ASSIGNED_DIFFERS');
    expect(codes).not.toContain('ITEM_TOTAL');
    expect(checked.value.findings.filter((f) => f.finding.actual !== undefined)).toEqual([]);
    const notes = checked.value.findings.filter((f) => f.finding.code === 'APP_STALE_FIGURE');
    expect(notes.length).toBeGreaterThan(0);
    for (const { finding, cell } of notes) {
      expect(finding.severity).toBe('warning');
      expect(stale.has(cell ?? '')).toBe(true);
      expect(finding.text.vi).toMatch(/^Ô [A-Z]+\d+.* công thức chưa được tính lại sau lần ghi trước/);
      expect(finding.text.vi).toContain('mở sổ tính trong Excel hoặc LibreOffice để tính lại');
    }
  });

  it('are forgotten once values replace the formulas and the host recomputes the sums', async () => {
    const { session } = await xlsxExample();
    await writeAllocation(session, REQUEST, 'formulas', true);
    const again = await writeAllocation(session, REQUEST, 'values', true);
    if (again.kind !== 'done') throw new Error(again.text.en);
    expect(again.findings.some((f) => f.code === 'APP_NOT_RECALCULATED')).toBe(false);
    expect(again.text.vi).not.toContain('không được tính lại');
  });
});

/** A memory workbook whose next write reports the given formulas as not recalculated / recomputed. */
class ScriptedHost extends MemoryHost {
  next: { notRecalculated?: string[]; recalculated?: string[] } = {};

  override async applyPatch(patch: Patch, before?: SheetSnapshot): Promise<WriteResult> {
    const result = await super.applyPatch(patch, before);
    const extra = this.next;
    this.next = {};
    return { ...result, ...extra };
  }
}

describe('the session keeps the formulas not recalculated', () => {
  const write = (cells: Patch['cells']): Patch => ({ sheet: 'S', cells });

  it('adds what a write reports, drops what a later write rewrites or the host recomputes', async () => {
    const host = new ScriptedHost(['S']);
    const session = new WorkbookSession(host);
    host.next = { notRecalculated: ['B1', 'B2', 'B3'] };
    const first = await session.write({ patch: write([{ address: 'A1', value: 1 }]) });
    expect(first.kind === 'done' && first.findings.map((f) => f.code)).toEqual(['APP_NOT_RECALCULATED']);
    expect([...session.notRecalculated('S')]).toEqual(['B1', 'B2', 'B3']);

    host.next = { recalculated: ['B3'] };
    const second = await session.write({ patch: write([{ address: 'B1', value: 5 }]) });
    expect(second.kind === 'done' && second.findings).toEqual([]);
    expect(second.kind === 'done' && second.text.vi).toBe('Đã ghi 1 ô vào trang "S".');
    expect([...session.notRecalculated('S')]).toEqual(['B2']);
    expect([...session.notRecalculated('Khác')]).toEqual([]);
  });

  it('names them after an undo and a redo too, and forgets them for another workbook', async () => {
    const host = new ScriptedHost(['S']);
    const session = new WorkbookSession(host);
    await session.write({ patch: write([{ address: 'A1', value: 1 }]) });
    host.next = { notRecalculated: ['C4'] };
    const undone = await session.undo();
    expect(undone.kind === 'done' && undone.text.vi).toBe(
      'Đã hoàn tác: khôi phục 1 ô trên trang "S" như trước lần ghi đó. 1 công thức không được tính lại (C4) trên trang "S": mở sổ tính trong Excel hoặc LibreOffice để tính lại.',
    );
    host.next = { notRecalculated: ['C5'] };
    const redone = await session.redo();
    expect(redone.kind === 'done' && redone.text.en).toBe(
      'Redone: 1 cells written again on sheet "S". 1 formula was not recalculated (C5) on sheet "S": open the workbook in Excel or LibreOffice to recalculate.',
    );
    expect([...session.notRecalculated('S')].sort()).toEqual(['C4', 'C5']);
    session.switchHost(new MemoryHost(['S']));
    expect(session.notRecalculated('S').size).toBe(0);
  });
});
