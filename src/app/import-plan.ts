/**
 * Importing a plan document into the workbook: the document is read by `openPlanDocument` (.json,
 * .txt in UTF-8 or UTF-16, .docx; the same reading as the CLI), then written into the template.
 */
import type { Finding } from '../domain/findings';
import { checkPlan } from './check';
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
  const findings = checkPlan(plan, opened.value.findings);
  // A tree the sheet cannot show (a parent cycle, an unknown parent, a repeated code) is not written:
  // the template would have to put those rows under some other parent, and the error would be lost.
  const structural = findings.filter((f) => f.severity === 'error' && STRUCTURE_CODES.has(f.code));
  if (structural.length > 0) {
    return failed(
      {
        vi: `Tệp "${file.name}": ${structural.map((f) => f.text.vi).join(' ')} Chưa ghi gì vào bảng tính; hãy sửa mục cha của các dòng này rồi nhập lại.`,
        en: `"${file.name}": ${structural.map((f) => f.text.en).join(' ')} Nothing was written; fix the parents of these rows and import again.`,
      },
      structural,
    );
  }
  const errors = findings.filter((f) => f.severity === 'error');
  const written = await insertTemplate(
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
  return written.kind === 'done' && errors.length > 0 ? withDocumentErrors(written, errors) : written;
}

/** Codes of the outline's findings about the plan's tree. */
const STRUCTURE_CODES: ReadonlySet<string> = new Set(['PARENT_CYCLE', 'UNKNOWN_PARENT', 'DUPLICATE_CODE']);

/**
 * The document's own errors, said with the result: on the sheet the totals become SUM formulas, so a
 * stated total that did not add up would otherwise disappear without a word.
 */
function withDocumentErrors(
  written: Extract<Outcome<Written>, { kind: 'done' }>,
  errors: readonly Finding[],
): Outcome<Written> {
  const first = errors[0] as Finding;
  return {
    ...written,
    text: {
      vi: `${written.text.vi} Lưu ý: văn bản có ${errors.length} lỗi số liệu (${first.text.vi}); trên bảng tính các tổng được tính lại bằng công thức, nên hãy đối chiếu với văn bản.`,
      en: `${written.text.en} Note: the document has ${errors.length} errors in its figures (${first.text.en}); on the sheet the totals are recomputed by formulas, so compare them with the document.`,
    },
    findings: [...written.findings, ...errors],
  };
}
