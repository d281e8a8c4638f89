/**
 * Excel on the web rejects a request over 5 MB, so a large patch is cut into several syncs. The host
 * estimates each queued action's size as it goes (the UTF-8 length of its JSON, plus a fixed overhead
 * for the action's envelope) and syncs before the estimate would pass the budget.
 */

/** The default budget per sync: 4 MB, leaving room under the 5 MB limit for the request's envelope. */
export const DEFAULT_SYNC_BUDGET = 4 * 1024 * 1024;

/** Bytes counted per action besides its data (object path, action type, ids). */
export const ACTION_OVERHEAD = 200;

/** UTF-8 byte length of a string, without encoding it (Vietnamese letters take 2–3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated request bytes of one action carrying `data`. */
export function actionBytes(data: unknown): number {
  return ACTION_OVERHEAD + utf8Length(JSON.stringify(data) ?? '');
}
