/**
 * Compares a heading's written name with the catalogue's. Plans shorten names
 * ("Phát triển giáo dục nghề nghiệp vùng nghèo") or add to them; only a name that shares
 * little with the official one is worth a warning, because the item was identified by
 * its number and a wrong number would put the money on the wrong line.
 */

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)) {
    if (w !== '') out.add(w);
  }
  return out;
}

/**
 * How much of the shorter name the longer one contains, from 0 to 1 (1 for an empty name:
 * "Dự án 7" with no name agrees with anything).
 */
export function nameOverlap(written: string, official: string): number {
  const a = words(written);
  const b = words(official);
  if (a.size === 0 || b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Below this share of common words a name is said to differ substantially. */
export const NAME_AGREEMENT = 0.6;

/** True when the written name agrees with the official one (same, shortened or extended). */
export function namesAgree(written: string, official: string): boolean {
  return nameOverlap(written, official) >= NAME_AGREEMENT;
}
