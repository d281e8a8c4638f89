/**
 * Text as XML content or an attribute value, escaped as exceljs escapes it: the five markup
 * characters as entities, and the control characters XML 1.0 does not allow dropped.
 */

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const ENTITY: Readonly<Record<string, string>> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

// eslint-disable-next-line no-control-regex
const CONTENT_NEEDS_WORK = /[<>&\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/**
 * Text as element content: quotes need no escaping there (a formula's `""` stays as it is, which
 * every reader reads as exceljs's `&quot;&quot;`).
 */
export function xmlContent(text: string): string {
  return CONTENT_NEEDS_WORK.test(text) ? xmlText(text) : text;
}

/** The text escaped for XML. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g, (ch) => ENTITY[ch] ?? '');
}
