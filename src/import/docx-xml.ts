/**
 * A .docx as lines of text, in document order: each paragraph of the body is a line, and
 * each table row is a line with its cells separated by " | " (a cell's paragraphs joined
 * by spaces). Pure string work, so the browser task pane uses it too. A line break inside a paragraph (`w:br`, `w:cr`) starts a new line.
 * Deleted text of tracked changes (`w:delText`) and field codes (`w:instrText`) are not text.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body] ?? whole;
  });
}

/** Turns `word/document.xml` into lines. A linear scan over tags; never throws on bad XML. */
export function documentXmlToLines(xml: string): string[] {
  const lines: string[] = [];
  // Text of the paragraph being read, and the cells of the table rows being read (tables nest).
  let paragraph: string[] = [];
  const rows: string[][] = [];
  const cells: string[][] = [];
  let inText = false;
  const endParagraph = () => {
    const text = paragraph.join('');
    paragraph = [];
    const cell = cells[cells.length - 1];
    if (cell) {
      if (text.trim() !== '') cell.push(text.trim());
    } else {
      lines.push(text);
    }
  };
  const tag = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>|([^<]+)/g;
  for (let m = tag.exec(xml); m !== null; m = tag.exec(xml)) {
    if (m[5] !== undefined) {
      if (inText) paragraph.push(decodeEntities(m[5]));
      continue;
    }
    const closing = m[1] === '/';
    const local = m[3] ?? '';
    const selfClosing = (m[4] ?? '').endsWith('/');
    switch (local) {
      case 't':
        inText = !closing && !selfClosing;
        break;
      case 'tab':
        if (!closing) paragraph.push('\t');
        break;
      case 'br':
      case 'cr':
        if (!closing) {
          const cell = cells[cells.length - 1];
          if (cell) paragraph.push(' ');
          else endParagraph();
        }
        break;
      case 'p':
        if (closing || selfClosing) endParagraph();
        else paragraph = [];
        break;
      case 'tr':
        if (!closing && !selfClosing) rows.push([]);
        else if (closing) {
          const row = rows.pop();
          if (row) {
            const line = row.join(' | ');
            const outer = cells[cells.length - 1];
            if (outer) outer.push(line);
            else lines.push(line);
          }
        }
        break;
      case 'tc':
        if (!closing && !selfClosing) cells.push([]);
        else if (closing) {
          const cell = cells.pop();
          rows[rows.length - 1]?.push((cell ?? []).join(' '));
        }
        break;
      default:
        break;
    }
  }
  return lines;
}
