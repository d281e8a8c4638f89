/**
 * What a message about a bad input must be, for the CLI and the pane alike: one line, in Vietnamese
 * (some word with a Vietnamese diacritic besides any fixed prefix such as "Lỗi: " or the severity
 * column), naming what it is about, and free of anything a library or the runtime wrote — stack
 * frames, "Error:"/"TypeError", errno codes, JSON.parse's or jszip's English, "undefined".
 */

/** A letter only Vietnamese writes (a tone mark, ă, â, ê, ô, ơ, ư or đ). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Texts no message of ours contains, each a sign of a library's or the runtime's own words. */
export const FOREIGN_TEXT: readonly RegExp[] = [
  /^\s*at /m,
  /\bat [\w.<>]+ \(/,
  /\w+Error\b/,
  /\bError:/,
  /\bE[A-Z]{3,}\b/, // ENOENT, ENOSPC, EACCES, EISDIR…
  /Corrupted|zip \?|end of central directory|Can't find/i,
  /Unexpected (token|end)|in JSON at position|JSON\.parse|Expected (double-quoted|property)/,
  /Cannot read propert|is not a function|undefined|\[object Object\]|NaN/,
  /no such file|permission denied|no space left/i,
];

/** The failures of `text` as a message about a bad input naming `names` (empty when it is one). */
export function messageProblems(text: string, names: readonly string[], prefix = /^/): string[] {
  const problems: string[] = [];
  if (text.trim() === '') return ['the message is empty'];
  if (/[\r\n]/.test(text)) problems.push('the message is more than one line');
  if (!VIETNAMESE.test(text.replace(prefix, ''))) problems.push('the message is not in Vietnamese');
  for (const name of names) if (!text.includes(name)) problems.push(`the message does not name ${name}`);
  for (const foreign of FOREIGN_TEXT)
    if (foreign.test(text)) problems.push(`the message has ${String(foreign)}`);
  return problems;
}

/** The prefix of the CLI's refusals. */
export const CLI_ERROR_PREFIX = /^Lỗi: /;

/** The severity column and code of a finding line: "LỖI       DA4.1   [ITEM_TOTAL] ". */
export const FINDING_PREFIX = /^.*?\[[A-Z_]+\] /;
