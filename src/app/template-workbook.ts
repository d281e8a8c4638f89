/**
 * A new workbook holding the empty standard template of a programme: the plan sheet with its
 * structure, sum formulas and settings block, for the user to fill in. Over a new .xlsx workbook
 * from the services; the CLI's `gnbv template` and anything else that hands out a blank plan use it.
 */
import { builtInCatalogue, builtInCatalogueIds } from '../domain/catalogue';
import { buildTemplate, DEFAULT_TEMPLATE_SHEET, ownedNameFor } from '../sheet';
import { done, failed, type Outcome } from './outcome';
import type { Services } from './services';

/** What the empty template is for. */
export interface TemplateWorkbookRequest {
  /** A built-in catalogue's id: `qd90-2021-2025`, `ctmtqg-2026-2035`. */
  readonly catalogueId: string;
  readonly year: number;
  /** "xã Bình Lư". */
  readonly locality: string;
}

/** The .xlsx bytes of the empty template, or why not (an unknown catalogue is refused). */
export async function templateWorkbook(
  request: TemplateWorkbookRequest,
  services: Pick<Services, 'newWorkbook'>,
): Promise<Outcome<{ readonly bytes: Uint8Array; readonly sheet: string; readonly rows: number }>> {
  const catalogue = builtInCatalogue(request.catalogueId);
  if (!catalogue) {
    const known = builtInCatalogueIds().join(', ');
    return failed({
      vi: `Không có danh mục "${request.catalogueId}"; các danh mục có sẵn: ${known}.`,
      en: `There is no catalogue "${request.catalogueId}"; the built-in ones are: ${known}.`,
    });
  }
  try {
    const host = await services.newWorkbook([]);
    const template = buildTemplate({
      year: request.year,
      locality: request.locality,
      catalogueId: catalogue.id,
      ownedName: ownedNameFor(DEFAULT_TEMPLATE_SHEET, null),
      withResults: true,
    });
    await host.applyPatch(template.patch);
    await host.select(DEFAULT_TEMPLATE_SHEET, 'A1');
    const bytes = await host.toBytes();
    const rows = template.layout.rows.length;
    return done(
      { bytes, sheet: DEFAULT_TEMPLATE_SHEET, rows },
      {
        vi: `Đã tạo mẫu kế hoạch trống theo ${catalogue.shortName ?? catalogue.id}: trang "${DEFAULT_TEMPLATE_SHEET}", ${rows} dòng.`,
        en: `Empty plan template made for ${catalogue.shortName ?? catalogue.id}: sheet "${DEFAULT_TEMPLATE_SHEET}", ${rows} rows.`,
      },
    );
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed({
      vi: `Không tạo được mẫu kế hoạch: ${reason}`,
      en: `The template could not be made: ${reason}`,
    });
  }
}
