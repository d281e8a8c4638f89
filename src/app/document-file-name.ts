/**
 * The name a downloaded Word document gets: `kinh-phi-<locality>-<year>.docx`, the locality as an
 * ASCII slug (diacritics dropped, đ → d, words joined by hyphens), e.g. `kinh-phi-xa-binh-lu-2025.docx`
 * for xã Bình Lư, 2025. A plan without locality or year leaves that part out.
 */
import type { Plan } from '../domain/plan/model';

/** "Xã Bình Lư" → "xa-binh-lu": lower case ASCII letters and digits joined by single hyphens. */
export function asciiSlug(text: string): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file name of the plan's Word document. */
export function documentFileName(plan: Pick<Plan, 'locality' | 'year'>): string {
  const parts = [
    'kinh-phi',
    asciiSlug(plan.locality ?? ''),
    plan.year !== undefined ? String(plan.year) : '',
  ];
  return `${parts.filter((p) => p !== '').join('-')}.docx`;
}
