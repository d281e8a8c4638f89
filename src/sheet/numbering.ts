/**
 * Row numbers of the sheet. The numbers themselves (Roman Dự án, Vietnamese letters for nội dung)
 * are the outline's, re-exported here for the sheet's callers; only what is the sheet's own stays.
 */
export { letterOf, roman, VI_LETTERS } from '../domain/outline';

/** A letter label as a code segment ("đ" is not a code character): "đ" → "dd", "a2" → "a2". */
export function letterCode(label: string): string {
  return label.toLowerCase().replace(/đ/g, 'dd');
}
