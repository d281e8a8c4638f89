/**
 * Importing a plan document into the workbook: the document is read by `openPlanDocument` (.json,
 * .txt in UTF-8 or UTF-16, .docx; the same reading as the CLI), then written into the template.
 */
import { openPlanDocument } from './open-document';
import { failed, passOn, type Outcome } from './outcome';
import type { Services } from './services';
import type { Written, WorkbookSession } from './session';
import { insertTemplate } from './template';

/** A file the user chose. */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads the document and writes its plan into the template; a document that cannot be read, or that
 * states no funding, writes nothing. `confirmed` allows replacing the user's cells.
 */
export async function importPlan(
  session: WorkbookSession,
  file: ChosenFile,
  services: Services,
  confirmed = false,
): Promise<Outcome<Written>> {
  const opened = await openPlanDocument(file.bytes, file.name, services);
  if (opened.kind !== 'done') return passOn(opened);
  const { plan } = opened.value;
  if (plan.items.length === 0) {
    return failed({
      vi: `Tệp "${file.name}" không nêu kinh phí của Dự án, Tiểu dự án nào; chưa ghi gì vào bảng tính.`,
      en: `"${file.name}" states no funding for any project or sub-project; nothing was written.`,
    });
  }
  return insertTemplate(
    session,
    {
      year: plan.year ?? new Date().getFullYear(),
      locality: plan.locality ?? '',
      plan,
      note: {
        vi: `Đã nhập ${plan.items.length} mục từ "${file.name}".`,
        en: `${plan.items.length} items were imported from "${file.name}".`,
      },
    },
    confirmed,
  );
}
