/**
 * Building the workbook of a plan: the standard template filled in (sum formulas live, the cells of
 * findings coloured), the "Kinh phí" section when the plan has no error, and the "Kiểm tra" sheet
 * listing every finding with a link to its cell. Over a new .xlsx workbook from the services.
 */
import { hasErrors, type Finding, type Text } from '../domain/findings';
import type { Plan } from '../domain/plan/model';
import { renderSection, type SectionStyle, type WordsScope } from '../domain/render';
import type { WordsOptions } from '../domain/words';
import {
  buildTemplate,
  DEFAULT_SECTION_SHEET,
  DEFAULT_TEMPLATE_SHEET,
  markFindingsPatch,
  ownedNameFor,
  sectionPatch,
  withOwnedArea,
  type CellMap,
} from '../sheet';
import { checkPlan, withoutRepeats } from './check';
import { checkSheetPatch, CHECK_SHEET, findingCount } from './check-sheet';
import { done, failed, type Outcome } from './outcome';
import type { Services } from './services';

/** Options of {@link buildWorkbook}; year and locality default to the plan's own. */
export interface BuildOptions {
  readonly year?: number;
  readonly locality?: string;
  readonly style?: SectionStyle;
  readonly words?: WordsScope;
  readonly wordsOptions?: WordsOptions;
}

/** What {@link buildWorkbook} made. */
export interface BuiltWorkbook {
  /** The workbook as .xlsx bytes. */
  readonly bytes: Uint8Array;
  /** Every finding listed on the "Kiểm tra" sheet. */
  readonly findings: readonly Finding[];
  /** The plan sheet's name. */
  readonly sheet: string;
  /** Where the plan's figures are on the plan sheet. */
  readonly cells: CellMap;
  /** False when the plan has error findings, so no section was written. */
  readonly sectionWritten: boolean;
  /** The name of the section's sheet (written or not). */
  readonly sectionSheet: string;
}

function builtText(sheet: string, findings: readonly Finding[], sectionWritten: boolean): Text {
  const count = findingCount(findings);
  return sectionWritten
    ? {
        vi: `Đã tạo sổ tính: trang "${sheet}", trang "${DEFAULT_SECTION_SHEET}", trang "${CHECK_SHEET}" (${count.vi}).`,
        en: `Workbook built: sheets "${sheet}", "${DEFAULT_SECTION_SHEET}", "${CHECK_SHEET}" (${count.en}).`,
      }
    : {
        vi: `Đã tạo sổ tính: trang "${sheet}", trang "${CHECK_SHEET}" (${count.vi}); chưa ghi trang "${DEFAULT_SECTION_SHEET}" vì kế hoạch có lỗi.`,
        en: `Workbook built: sheets "${sheet}", "${CHECK_SHEET}" (${count.en}); no "${DEFAULT_SECTION_SHEET}" sheet, as the plan has errors.`,
      };
}

/**
 * Builds the workbook of a plan. A plan with errors is still built (the errors are what the
 * "Kiểm tra" sheet is for), only without the section. Never rejects.
 *
 * @param readFindings - findings of reading the plan's document, listed with the rest.
 */
export async function buildWorkbook(
  plan: Plan,
  readFindings: readonly Finding[],
  options: BuildOptions,
  services: Pick<Services, 'newWorkbook'>,
): Promise<Outcome<BuiltWorkbook>> {
  try {
    const host = await services.newWorkbook([]);
    const template = buildTemplate({
      year: options.year ?? plan.year ?? new Date().getFullYear(),
      locality: options.locality ?? plan.locality ?? 'chưa ghi địa bàn',
      plan,
      ownedName: ownedNameFor(DEFAULT_TEMPLATE_SHEET, null),
      // A new workbook: the formulas' results go with them, so the host need not recalculate.
      withResults: true,
    });
    let findings = checkPlan(plan, [...readFindings, ...template.findings]);
    await host.applyPatch(template.patch);
    const cells = template.layout.cells;
    const marks = markFindingsPatch(findings, cells);
    if (marks.cells.length > 0) await host.applyPatch(marks);
    const sectionWritten = !hasErrors(findings);
    if (sectionWritten) {
      const section = renderSection(plan, {
        style: options.style ?? 'kinh-phi-thuc-hien',
        words: options.words ?? 'none',
        ...(options.wordsOptions ? { wordsOptions: options.wordsOptions } : {}),
      });
      findings = withoutRepeats([...findings, ...section.findings]);
      await host.applyPatch(withOwnedArea(sectionPatch(section)));
    }
    await host.applyPatch(withOwnedArea(checkSheetPatch(findings, cells)));
    await host.select(cells.sheet, 'A1');
    const bytes = await host.toBytes();
    return done(
      { bytes, findings, sheet: cells.sheet, cells, sectionWritten, sectionSheet: DEFAULT_SECTION_SHEET },
      builtText(cells.sheet, findings, sectionWritten),
      findings,
    );
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed({
      vi: `Không tạo được sổ tính: ${reason}`,
      en: `The workbook could not be built: ${reason}`,
    });
  }
}
