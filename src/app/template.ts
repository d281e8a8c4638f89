/**
 * Inserting the plan template, empty or filled with a plan (an imported document): on the plan sheet
 * when the workbook has one (wherever it is and whatever it is called now), else on the template's
 * default sheet, which is created. Cells the add-in did not create, and figures typed into its own
 * area (an opened plan), are only replaced when confirmed.
 */
import type { Text } from '../domain/findings';
import type { Plan } from '../domain/plan';
import { buildTemplate, DEFAULT_TEMPLATE_SHEET } from '../sheet';
import { done, passOn, type Outcome } from './outcome';
import { ownedNameFor } from '../sheet';
import type { Written, WorkbookSession } from './session';

/** The sheet a new template goes to ("Kế hoạch kinh phí"). */
export { DEFAULT_TEMPLATE_SHEET };

/** What the template is made of. */
export interface TemplateRequest {
  readonly year: number;
  /** "xã Bình Lư"; may be empty. */
  readonly locality: string;
  /** A plan whose figures fill the template. */
  readonly plan?: Plan;
  /** Said after the result (e.g. how many items were imported from which file). */
  readonly note?: Text;
}

/** Writes the template (with the plan's figures when given); `confirmed` allows replacing the user's cells. */
export async function insertTemplate(
  session: WorkbookSession,
  request: TemplateRequest,
  confirmed = false,
): Promise<Outcome<Written>> {
  const located = await session.planSheet();
  const sheet = located.kind === 'done' ? located.value.sheet : DEFAULT_TEMPLATE_SHEET;
  const before =
    located.kind === 'done' ? located.value.snapshot : await session.host.readSheet(DEFAULT_TEMPLATE_SHEET);
  const built = buildTemplate({
    year: request.year,
    locality: request.locality,
    sheet,
    ...(request.plan ? { plan: request.plan } : {}),
    ownedName: ownedNameFor(sheet, before),
  });
  const written = await session.write({ patch: built.patch, before, confirmed, guardFigures: true });
  if (written.kind !== 'done') return passOn(written);
  const { cellCount } = written.value;
  const note = request.note;
  const warnings = built.findings.filter((f) => f.severity !== 'info');
  return done(
    written.value,
    {
      vi: `Đã ghi mẫu kế hoạch vào trang "${sheet}" (${cellCount} ô).${note ? ` ${note.vi}` : ''}${
        warnings.length > 0 ? ` Có ${warnings.length} điểm cần xem ở bước "Kiểm tra".` : ''
      }`,
      en: `The plan template was written to sheet "${sheet}" (${cellCount} cells).${note ? ` ${note.en}` : ''}${
        warnings.length > 0 ? ` ${warnings.length} points need a look in the "Check" step.` : ''
      }`,
    },
    warnings,
  );
}
