/**
 * The section styles, in one registry keyed by id: each an object saying how it words an item's
 * money, the total, its bullet and its name for the UI. Adapters list and parse styles from here;
 * nothing compares a style id inline.
 */
import type { SectionStyleDefinition } from './style-definition';
import { KINH_PHI_THUC_HIEN } from './style-kinh-phi-thuc-hien';
import { NGUON_VON_GIAO } from './style-nguon-von-giao';

export type { SectionStyleDefinition } from './style-definition';

/** Every section style by id, in the order choosers list them. */
export const SECTION_STYLE_REGISTRY = {
  [KINH_PHI_THUC_HIEN.id]: KINH_PHI_THUC_HIEN,
  [NGUON_VON_GIAO.id]: NGUON_VON_GIAO,
} as const satisfies { readonly [Id in string]: SectionStyleDefinition<Id> };

/** A section style's id: `kinh-phi-thuc-hien`, `nguon-von-giao`. */
export type SectionStyle = keyof typeof SECTION_STYLE_REGISTRY;

/** The ids, in registry order. */
export const SECTION_STYLES: readonly SectionStyle[] = Object.values(SECTION_STYLE_REGISTRY).map((s) => s.id);

/** The style used when none is chosen. */
export const DEFAULT_SECTION_STYLE: SectionStyle = KINH_PHI_THUC_HIEN.id;

/** The style object of an id. */
export function sectionStyle(id: SectionStyle): SectionStyleDefinition<SectionStyle> {
  return SECTION_STYLE_REGISTRY[id];
}

/** Whether a value is a style id. */
export function isSectionStyle(value: unknown): value is SectionStyle {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SECTION_STYLE_REGISTRY, value);
}

/** A style named by its id or by its ordinal (1, "2"), as GNBV.KINHPHI's `kieu` takes it; else undefined. */
export function parseSectionStyle(value: unknown): SectionStyle | undefined {
  if (isSectionStyle(value)) return value;
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return Object.values(SECTION_STYLE_REGISTRY).find((s) => s.ordinal === n)?.id;
}
