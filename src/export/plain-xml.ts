/**
 * Parts of the document handed to docx as its XML object form (`{ name: [children, { _attr }] }`)
 * rather than as docx's Paragraph, TableRow, TableCell and TextRun objects: for a plan of thousands of
 * rows those objects, and docx walking them, cost seconds; the XML written is the same.
 */
import { FileChild, type IXmlableObject } from 'docx';

/** An element with attributes only, e.g. `<w:jc w:val="right"/>`. */
export function element(name: string, attributes: Readonly<Record<string, string | number>>): IXmlableObject {
  return { [name]: { _attr: attributes } };
}

/** A run of text, bold or italic when asked, with the size (half-points) when given. */
export function textRun(
  text: string,
  format: { bold?: boolean; italics?: boolean; size?: number },
): IXmlableObject {
  const properties: IXmlableObject[] = [];
  if (format.bold === true) properties.push({ 'w:b': {} }, { 'w:bCs': {} });
  if (format.italics === true) properties.push({ 'w:i': {} }, { 'w:iCs': {} });
  if (format.size !== undefined) {
    properties.push(element('w:sz', { 'w:val': format.size }), element('w:szCs', { 'w:val': format.size }));
  }
  const t = { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, text] };
  return { 'w:r': properties.length > 0 ? [{ 'w:rPr': properties }, t] : [t] };
}

/** A paragraph or a table row written as given: docx prints `xml` where the component stands. */
export class PlainXml extends FileChild {
  constructor(private readonly xml: IXmlableObject) {
    super(Object.keys(xml)[0] ?? 'w:p');
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}
