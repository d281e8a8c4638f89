/**
 * Inserting the plan template, empty or filled with a plan (an imported document): on the plan sheet
 * when the workbook has one (wherever it is and whatever it is called now), else on the template's
 * default sheet, which is created. Cells the add-in did not create, and figures typed into its own
 * area (an opened plan), are only replaced when confirmed.
 */
import type { Text } from '../domain/findings';
import type { Plan } from '../domain/plan';
import { builtInCatalogue, defaultCatalogueFor } from '../domain/catalogue';
import { buildTemplate, DEFAULT_TEMPLATE_SHEET } from '../sheet';
import { listPlanSheets, type PlanSheet } from './plan-sheet';
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
  /** A plan whose figures fill the template; its catalogue is the template's. */
  readonly plan?: Plan;
  /** The catalogue of an empty template; default: by the year (2026–2035 from 2026). */
  readonly catalogueId?: string;
  /** Said after the result (e.g. how many items were imported from which file). */
  readonly note?: Text;
}

/**
 * Where the template of a catalogue goes: that catalogue's plan sheet when the workbook has one
 * (whatever it is called now); else the default sheet unless it holds another catalogue's plan;
 * else a sheet named for the catalogue's years ("Kế hoạch kinh phí 2026-2035").
 */
async function templateSheet(
  session: WorkbookSession,
  catalogueId: string,
): Promise<{ name: string; located?: PlanSheet }> {
  const plans = await listPlanSheets(session.host, session.sheetReader());
  const own = plans.find((p) => p.read.plan.catalogueId === catalogueId);
  if (own) return { name: own.sheet, located: own };
  if (!plans.some((p) => p.sheet === DEFAULT_TEMPLATE_SHEET)) return { name: DEFAULT_TEMPLATE_SHEET };
  const years = builtInCatalogue(catalogueId)?.years;
  return {
    name: years
      ? `${DEFAULT_TEMPLATE_SHEET} ${years.from}-${years.to}`
      : `${DEFAULT_TEMPLATE_SHEET} ${catalogueId}`,
  };
}

/** Writes the template (with the plan's figures when given); `confirmed` allows replacing the user's cells. */
export async function insertTemplate(
  session: WorkbookSession,
  request: TemplateRequest,
  confirmed = false,
): Promise<Outcome<Written>> {
  const catalogueId =
    request.plan?.catalogueId ?? request.catalogueId ?? defaultCatalogueFor(request.year).id;
  const sheet = await templateSheet(session, catalogueId);
  const before = sheet.located?.snapshot ?? (await session.host.readSheet(sheet.name));
  const built = buildTemplate({
    year: request.year,
    locality: request.locality,
    sheet: sheet.name,
    catalogueId,
    ...(request.plan ? { plan: request.plan } : {}),
    ownedName: ownedNameFor(sheet.name, before),
  });
  const written = await session.write({ patch: built.patch, before, confirmed, guardFigures: true });
  if (written.kind !== 'done') return passOn(written);
  // The other steps now work on this plan sheet (a workbook may hold one per catalogue).
  session.choosePlanSheet({ sheet: sheet.name });
  const { cellCount } = written.value;
  const note = request.note;
  const warnings = built.findings.filter((f) => f.severity !== 'info');
  return done(
    written.value,
    {
      vi: `Đã ghi mẫu kế hoạch vào trang "${sheet.name}" (${cellCount} ô).${note ? ` ${note.vi}` : ''}${
        warnings.length > 0 ? ` Có ${warnings.length} điểm cần xem ở bước "Kiểm tra".` : ''
      }`,
      en: `The plan template was written to sheet "${sheet.name}" (${cellCount} cells).${note ? ` ${note.en}` : ''}${
        warnings.length > 0 ? ` ${warnings.length} points need a look in the "Check" step.` : ''
      }`,
    },
    warnings,
  );
}
