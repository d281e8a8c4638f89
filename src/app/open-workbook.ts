/**
 * Opening an .xlsx workbook the user chose (standalone mode): the bytes are sniffed first (empty,
 * password-protected, not a ZIP, cut short, a renamed Word document, no workbook part), a part that
 * would inflate past the caps (a zip bomb) is refused, then the workbook is opened through
 * `services.openWorkbook`; with `requirePlan` (the pane) the workbook must hold a plan table.
 * Anything else is refused in one sentence of our own naming the file (never a library's message);
 * nothing changes then.
 */
import { done, failed, type Outcome } from './outcome';
import { locatePlanSheet } from './plan-sheet';
import type { SavableWorkbook, Services } from './services';
import { notWorkbookText, sniffWorkbook } from './workbook-bytes';
import { zipProblem } from './workbook-zip';

/** The workbook of `bytes`, or a failed outcome saying why it cannot be opened. Never rejects. */
export async function openWorkbookFile(
  file: { readonly name: string; readonly bytes: Uint8Array },
  services: Pick<Services, 'openWorkbook'> & Partial<Pick<Services, 'platform'>>,
  options: { readonly requirePlan?: boolean } = {},
): Promise<Outcome<SavableWorkbook>> {
  if (!/\.xlsx$/i.test(file.name)) return failed(notWorkbookText(file.name, 'extension'));
  const why = sniffWorkbook(file.bytes);
  if (why) return failed(notWorkbookText(file.name, why));
  // The .xlsx library inflates every part without a limit: a zip bomb is refused before it gets them.
  const zip = await zipProblem(file.bytes, services.platform?.inflateRaw);
  if (zip) return failed(notWorkbookText(file.name, zip === 'bomb' ? 'bomb' : 'unreadable'));
  let workbook: SavableWorkbook;
  let sheet: string | undefined;
  try {
    workbook = await services.openWorkbook(file.bytes);
    const located = await locatePlanSheet(workbook);
    if (located.kind === 'done') sheet = located.value.sheet;
    else if (options.requirePlan === true) return failed(notWorkbookText(file.name, 'noPlan'));
  } catch {
    return failed(notWorkbookText(file.name, 'unreadable'));
  }
  const where =
    sheet === undefined
      ? { vi: '', en: '' }
      : { vi: `, bảng kế hoạch ở trang "${sheet}"`, en: `, plan table on sheet "${sheet}"` };
  return done(workbook, {
    vi: `Đã mở sổ tính "${file.name}"${where.vi}. Các bước làm việc trên sổ tính này; chưa có gì để hoàn tác.`,
    en: `Opened workbook "${file.name}"${where.en}. The steps now work on it; there is nothing to undo yet.`,
  });
}
