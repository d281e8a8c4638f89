/**
 * Exporting the official Word document of a plan (the kinh phí section and the summary table). A
 * plan whose figures do not add up is refused unless forced, so a wrong document is never made
 * silently; the bytes come from the services (src/export with docx's Packer).
 */
import { hasErrors, type Finding, type Text } from '../domain/findings';
import type { Plan } from '../domain/plan/model';
import { checkPlan } from './check';
import { done, failed, type Outcome } from './outcome';
import type { DocumentOptions, Services, WrittenDocument } from './services';

/** Options of {@link exportDocument}. */
export interface ExportOptions extends DocumentOptions {
  /** Write the document even when the plan has error findings. */
  readonly force?: boolean;
}

/** The document exported, and the findings of the plan it was made from. */
export interface ExportedDocument extends WrittenDocument {
  /** The plan's findings (reading, outline, validation); errors only when forced. */
  readonly planFindings: readonly Finding[];
}

export const EXPORT_REFUSED: Text = {
  vi: 'Kế hoạch có lỗi về số liệu nên chưa xuất văn bản Word; sửa các lỗi đã nêu.',
  en: 'The plan has errors in its figures, so no Word document was written; fix the errors listed.',
};

/**
 * The Word document of a plan as bytes. Refused (failed, with the plan's error findings) when the
 * plan has errors, unless `force`. Never rejects.
 *
 * @param readFindings - findings of reading the plan's document.
 */
export async function exportDocument(
  plan: Plan,
  readFindings: readonly Finding[],
  options: ExportOptions,
  services: Pick<Services, 'writeDocument'>,
): Promise<Outcome<ExportedDocument>> {
  const planFindings = checkPlan(plan, readFindings);
  if (hasErrors(planFindings) && options.force !== true) {
    return failed(
      EXPORT_REFUSED,
      planFindings.filter((f) => f.severity === 'error'),
    );
  }
  const documentOptions: DocumentOptions = {
    style: options.style,
    words: options.words,
    ...(options.landscape !== undefined ? { landscape: options.landscape } : {}),
    ...(options.wordsOptions ? { wordsOptions: options.wordsOptions } : {}),
  };
  try {
    const written = await services.writeDocument(plan, documentOptions);
    return done(
      { ...written, planFindings },
      {
        vi: `Đã tạo văn bản Word: phần kinh phí và bảng tổng hợp ${written.rows} dòng.`,
        en: `Word document made: the kinh phí section and a summary table of ${written.rows} rows.`,
      },
      written.findings,
    );
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed({
      vi: `Không tạo được văn bản Word: ${reason}`,
      en: `The Word document could not be made: ${reason}`,
    });
  }
}
