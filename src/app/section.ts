/**
 * The kinh phí section of a plan: rendered only from a plan whose figures add up (a section whose
 * totals differ from the sum of its parts must not be written), written to the "Kinh phí" sheet, or
 * given as HTML and text for the clipboard.
 */
import type { Finding } from '../domain/findings';
import type { Plan } from '../domain/plan';
import { renderSection, sectionText, type RenderedSection, type RenderOptions } from '../domain/render';
import { DEFAULT_SECTION_SHEET, ownedRanges, sectionPatch } from '../sheet';
import type { Patch, SheetSnapshot } from '../sheet/types';
import { checkPlan } from './check';
import { done, failed, passOn, type Outcome } from './outcome';
import { sectionHtml } from './section-html';
import { withNotes, type Written, type WorkbookSession } from './session';

/** How the section is worded. */
export type SectionOptions = Pick<RenderOptions, 'style' | 'words' | 'wordsOptions'>;

/** A plan with the findings of reading it. */
export interface PlanWithFindings {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}

/**
 * Renders the section of a plan, refusing a plan whose check finds errors (unless `force`): the
 * findings of the refusal are those errors.
 */
export function renderPlanSection(
  plan: Plan,
  options: SectionOptions & { readonly readFindings?: readonly Finding[]; readonly force?: boolean },
): Outcome<RenderedSection> {
  const errors = checkPlan(plan, options.readFindings ?? [], {}).filter((f) => f.severity === 'error');
  if (errors.length > 0 && options.force !== true) {
    return failed(
      {
        vi: `Kế hoạch còn ${errors.length} lỗi về số liệu nên chưa viết phần kinh phí: tổng viết ra phải bằng tổng các phần.`,
        en: `The plan has ${errors.length} errors in its figures, so the funding section was not written: its totals must equal the sum of the parts.`,
      },
      errors,
    );
  }
  const section = renderSection(plan, options);
  return done(
    section,
    {
      vi: `Phần kinh phí: ${section.lines.length} dòng.`,
      en: `Funding section: ${section.lines.length} lines.`,
    },
    section.findings,
  );
}

/** The plan on the plan sheet when its figures add up; else why not, pointing at the "Kiểm tra" step. */
export async function checkedPlan(
  session: WorkbookSession,
): Promise<Outcome<PlanWithFindings & { sheet: string }>> {
  const located = await session.planSheet();
  if (located.kind !== 'done') return passOn(located);
  const { read, sheet } = located.value;
  const findings = checkPlan(read.plan, read.findings, {});
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    return failed(
      {
        vi: `Bảng kế hoạch còn ${errors.length} lỗi về số liệu (xem bước "Kiểm tra"), nên chưa viết phần kinh phí: tổng viết ra phải bằng tổng các phần.`,
        en: `The plan table has ${errors.length} errors in its figures (see the "Check" step), so the funding section was not written: its totals must equal the sum of the parts.`,
      },
      errors,
    );
  }
  return done({ plan: read.plan, findings: read.findings, sheet }, { vi: '', en: '' }, findings);
}

async function sheetSection(
  session: WorkbookSession,
  options: SectionOptions,
): Promise<Outcome<RenderedSection>> {
  const checked = await checkedPlan(session);
  if (checked.kind !== 'done') return passOn(checked);
  return renderPlanSection(checked.value.plan, { ...options, force: true });
}

/** Cells of column A below `count` rows that lie in the add-in's earlier section area: emptied. */
function staleLines(before: SheetSnapshot | null, count: number): { address: string; value: null }[] {
  const out: { address: string; value: null }[] = [];
  for (const range of ownedRanges(before)) {
    const m = /^A(\d+):A(\d+)$/.exec(range);
    if (!m) continue;
    for (let row = Math.max(count + 1, Number(m[1])); row <= Number(m[2]); row++) {
      out.push({ address: `A${row}`, value: null });
    }
  }
  return out;
}

/**
 * Writes the section of the plan sheet's plan to the "Kinh phí" sheet, one line a row; lines left from
 * a longer section written before are emptied. `confirmed` allows replacing the user's cells.
 */
export async function writeSection(
  session: WorkbookSession,
  options: SectionOptions,
  confirmed = false,
): Promise<Outcome<Written>> {
  const section = await sheetSection(session, options);
  if (section.kind !== 'done') return passOn(section);
  const patch = sectionPatch(section.value, DEFAULT_SECTION_SHEET);
  const before = await session.host.readSheet(DEFAULT_SECTION_SHEET);
  const full: Patch = { ...patch, cells: [...patch.cells, ...staleLines(before, patch.cells.length)] };
  const lines = patch.cells.length;
  const written = await session.write({ patch: full, before, confirmed, owned: `A1:A${Math.max(lines, 1)}` });
  if (written.kind !== 'done') return passOn(written);
  return done(
    written.value,
    withNotes(
      {
        vi: `Đã ghi phần kinh phí (${lines} dòng) vào trang "${DEFAULT_SECTION_SHEET}".`,
        en: `The funding section (${lines} lines) was written to sheet "${DEFAULT_SECTION_SHEET}".`,
      },
      written.findings,
    ),
    [...written.findings, ...section.findings],
  );
}

/** The section as Word-ready HTML and as plain text, for the clipboard. */
export async function sectionForClipboard(
  session: WorkbookSession,
  options: SectionOptions,
): Promise<Outcome<{ html: string; text: string }>> {
  const section = await sheetSection(session, options);
  if (section.kind !== 'done') return passOn(section);
  return done(
    { html: sectionHtml(section.value), text: sectionText(section.value) },
    { vi: 'Phần kinh phí đã sẵn sàng để sao chép.', en: 'The funding section is ready to copy.' },
    section.findings,
  );
}
