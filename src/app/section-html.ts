/**
 * The kinh phí section as HTML for the clipboard, so that pasting into Word keeps the official look:
 * Times New Roman 13 pt, headings bold, one paragraph per line.
 */
import type { RenderedSection } from '../domain/render';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** The section's lines as Word-ready HTML paragraphs. */
export function sectionHtml(section: RenderedSection): string {
  const paragraphs = section.lines.map((line) => {
    const bold = line.kind === 'section' || line.kind === 'heading';
    const text = escape(line.text);
    return `<p style="margin:0 0 6pt 0;text-align:justify">${bold ? `<b>${text}</b>` : text}</p>`;
  });
  return `<div style="font-family:'Times New Roman',serif;font-size:13pt">${paragraphs.join('')}</div>`;
}
