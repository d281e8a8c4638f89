/**
 * The catalogues step 1 ("Mẫu") offers for a new template, from the built-in catalogue data: newest
 * programme first, each with its short name and, when its money may still be spent after its period
 * (2021–2025 until 31/12/2026), the last year of that.
 */
import { builtInCatalogue, builtInCatalogueIds, defaultCatalogueFor } from '../domain/catalogue';

/** One catalogue as the choice shows it. */
export interface CatalogueOption {
  readonly id: string;
  /** "2026–2035 (NQ 257/2025/QH15)" */
  readonly shortName: string;
  /** The last year its money may be spent, when that is after the period in its short name. */
  readonly extendedTo?: number;
}

/** The end of the period a short name starts with ("2021–2025 (…)" → 2025). */
function periodEnd(shortName: string): number | undefined {
  const match = /^\d{4}\s*[–-]\s*(\d{4})/.exec(shortName);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Every built-in catalogue, the newest programme first. */
export function catalogueOptions(): CatalogueOption[] {
  return builtInCatalogueIds()
    .flatMap((id) => {
      const catalogue = builtInCatalogue(id);
      return catalogue ? [catalogue] : [];
    })
    .sort((a, b) => (b.years?.from ?? 0) - (a.years?.from ?? 0))
    .map((c) => {
      const shortName = c.shortName ?? c.name;
      const end = periodEnd(shortName);
      const to = c.years?.to;
      return {
        id: c.id,
        shortName,
        ...(end !== undefined && to !== undefined && to > end ? { extendedTo: to } : {}),
      };
    });
}

/** The catalogue a plan of this year follows unless the user picks another. */
export function defaultCatalogueId(year: number): string {
  return defaultCatalogueFor(year).id;
}
