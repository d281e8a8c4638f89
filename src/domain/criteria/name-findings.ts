/**
 * The allocation engine speaks of lines ("Dòng 2: …", place `min[1]`); an allocation by criteria
 * speaks of recipients. These helpers rename an engine finding after the recipient it is about.
 */
import type { Finding, Text } from '../findings';

const LINE_HEAD = /^(?:Dòng|Line) (\d+): /;

/**
 * An engine finding (`ALLOC_…`) with "Dòng i+1: " (and "Line i+1: ") replaced by `Đối tượng "name": `
 * when its place is a line `i` of the request (`weights[i]`, `min[i]`, …); other findings (the
 * criteria's own, which already name the recipient) are returned as they are.
 */
export function namedFinding<C extends string>(f: Finding<C>, names: readonly string[]): Finding<C> {
  if (!f.code.startsWith('ALLOC_') || f.where.kind !== 'argument' || f.where.index === undefined) return f;
  const name = names[f.where.index];
  if (name === undefined) return f;
  const rename = (s: string, head: string) =>
    LINE_HEAD.test(s) ? s.replace(LINE_HEAD, head) : `${head}${s}`;
  const text: Text = {
    vi: rename(f.text.vi, `Đối tượng "${name}": `),
    en: rename(f.text.en, `Recipient "${name}": `),
  };
  return { ...f, text };
}

/** {@link namedFinding} for each finding. */
export function namedFindings<C extends string>(
  findings: readonly Finding<C>[],
  names: readonly string[],
): Finding<C>[] {
  return findings.map((f) => namedFinding(f, names));
}
