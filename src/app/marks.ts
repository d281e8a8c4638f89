/**
 * Checking the plan sheet in the pane, and colouring the cells its findings point at: the check is
 * remembered by the session, so marking and selecting a finding's cell use the same findings.
 */
import type { Finding } from '../domain/findings';
import { cellsOf, clearMarksPatch, markFindingsPatch } from '../sheet';
import { checkSheetRead } from './check';
import { withStaleFigures } from './not-recalculated';
import { done, failed, passOn, type Outcome } from './outcome';
import type { Written, WorkbookSession } from './session';

/** A finding of the check with the first cell it points at, when it points at one. */
export interface CheckedFinding {
  readonly finding: Finding;
  readonly cell?: string;
}

/** The check of the plan sheet. */
export interface SheetCheck {
  readonly sheet: string;
  readonly findings: readonly CheckedFinding[];
}

/**
 * Checks the plan sheet (what it reads, then the plan's rules), and remembers the result for marking.
 * A comparison resting on a formula a write left not recalculated is reported as such, not as a
 * discrepancy.
 */
export async function checkSheet(session: WorkbookSession): Promise<Outcome<SheetCheck>> {
  const located = await session.planSheet();
  if (located.kind !== 'done') return passOn(located);
  const { read, sheet } = located.value;
  const findings = withStaleFigures(checkSheetRead(read), read, session.notRecalculated(sheet));
  session.checked = { sheet, findings, cells: read.cells };
  const listed = findings.map((finding): CheckedFinding => {
    const cell = cellsOf(finding, read.cells)[0];
    return cell === undefined ? { finding } : { finding, cell };
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  return done(
    { sheet, findings: listed },
    findings.length === 0
      ? {
          vi: 'Không phát hiện sai lệch: mọi tổng đều khớp.',
          en: 'No discrepancies found: every total adds up.',
        }
      : {
          vi: `Trang "${sheet}": ${findings.length} điểm cần xem, trong đó ${errors} lỗi.`,
          en: `Sheet "${sheet}": ${findings.length} points to look at, ${errors} of them errors.`,
        },
    findings,
  );
}

/** Selects a cell of the last checked sheet (the plan sheet when nothing was checked yet). */
export async function selectCell(session: WorkbookSession, cell: string): Promise<void> {
  const sheet = session.checked?.sheet;
  if (sheet !== undefined) return session.host.select(sheet, cell);
  const located = await session.planSheet();
  if (located.kind === 'done') await session.host.select(located.value.sheet, cell);
}

/** Colours the cells of the last check's errors (red) and warnings (yellow); earlier marks are cleared first. */
export async function markFindings(session: WorkbookSession): Promise<Outcome<Written>> {
  if (!session.checked) {
    const checked = await checkSheet(session);
    if (checked.kind !== 'done') return passOn(checked);
  }
  const last = session.checked;
  if (!last)
    return failed({ vi: 'Chưa có bảng kế hoạch để kiểm tra.', en: 'There is no plan table to check.' });
  const { findings, cells, sheet } = last;
  if (session.marked) await session.apply(clearMarksPatch(session.marked));
  session.marked = undefined;
  const patch = markFindingsPatch(findings, cells);
  if (patch.cells.length === 0) {
    return done(
      { sheet, cellCount: 0 },
      { vi: 'Không có ô nào cần đánh dấu.', en: 'No cell needs marking.' },
    );
  }
  const written = await session.write({ patch });
  if (written.kind !== 'done') return passOn(written);
  session.marked = patch;
  const n = written.value.cellCount;
  return done(written.value, {
    vi: `Đã tô màu ${n} ô có sai lệch (đỏ: lỗi, vàng: cảnh báo).`,
    en: `${n} cells were coloured (red: error, yellow: warning).`,
  });
}

/** Clears the colours the last marking set (only those cells). */
export async function clearMarks(session: WorkbookSession): Promise<Outcome<Written>> {
  const marked = session.marked;
  if (!marked) {
    return done(
      { sheet: '', cellCount: 0 },
      { vi: 'Không có đánh dấu nào để xoá.', en: 'There are no marks to clear.' },
    );
  }
  const written = await session.write({ patch: clearMarksPatch(marked) });
  if (written.kind !== 'done') return passOn(written);
  session.marked = undefined;
  const n = written.value.cellCount;
  return done(written.value, { vi: `Đã xoá đánh dấu ở ${n} ô.`, en: `Marks were cleared on ${n} cells.` });
}
