/**
 * Opening an .xlsx workbook the user chose (standalone mode): through `services.openWorkbook`, with
 * anything that is not a readable .xlsx refused in words, naming the file; nothing changes then.
 */
import type { Text } from '../domain/findings';
import { done, failed, type Outcome } from './outcome';
import type { SavableWorkbook, Services } from './services';

function notXlsx(name: string, detail?: string): Text {
  return {
    vi: `Không mở được "${name}": cần một sổ tính Excel .xlsx${detail ? ` (${detail})` : ''}. Chưa thay đổi gì.`,
    en: `Cannot open "${name}": an Excel .xlsx workbook is needed${detail ? ` (${detail})` : ''}. Nothing changed.`,
  };
}

/** The workbook of `bytes`, or a failed outcome saying why it cannot be opened. Never rejects. */
export async function openWorkbookFile(
  file: { readonly name: string; readonly bytes: Uint8Array },
  services: Pick<Services, 'openWorkbook'>,
): Promise<Outcome<SavableWorkbook>> {
  if (!/\.xlsx$/i.test(file.name)) return failed(notXlsx(file.name));
  let workbook: SavableWorkbook;
  try {
    workbook = await services.openWorkbook(file.bytes);
  } catch (error) {
    return failed(notXlsx(file.name, error instanceof Error ? error.message : String(error)));
  }
  const sheets = await workbook.listSheets();
  return done(workbook, {
    vi: `Đã mở sổ tính "${file.name}" (${sheets.length} trang). Các bước làm việc trên sổ tính này; chưa có gì để hoàn tác.`,
    en: `Opened workbook "${file.name}" (${sheets.length} sheets). The steps now work on it; there is nothing to undo yet.`,
  });
}
