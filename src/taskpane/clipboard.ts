/** How the section reached the clipboard: with formatting (HTML) or as plain text only. */
export type CopyKind = 'rich' | 'plain';

/** The parts of the Clipboard API this module uses, so tests can hand in their own. */
export type ClipboardLike = Pick<Clipboard, 'writeText'> & Partial<Pick<Clipboard, 'write'>>;

/**
 * Puts the section on the clipboard as HTML (Word keeps bold headings and the layout) with a plain-text
 * alternative. Some webviews lack `ClipboardItem` or refuse rich writes; then plain text is better than
 * nothing, and the caller tells the user which one happened. Throws when neither works.
 */
export async function copyForWord(
  content: { readonly html: string; readonly text: string },
  clipboard: ClipboardLike | undefined = typeof navigator === 'undefined' ? undefined : navigator.clipboard,
): Promise<CopyKind> {
  if (clipboard === undefined) throw new Error('navigator.clipboard is not available');
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([content.html], { type: 'text/html' }),
        'text/plain': new Blob([content.text], { type: 'text/plain' }),
      });
      await clipboard.write([item]);
      return 'rich';
    } catch {
      // Rich copy refused (permissions, unsupported type): plain text below still helps.
    }
  }
  await clipboard.writeText(content.text);
  return 'plain';
}
