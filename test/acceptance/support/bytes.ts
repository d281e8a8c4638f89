/**
 * One plan text as the bytes users bring: UTF-8 with and without a byte-order mark, UTF-16 LE/BE with
 * and without one, a .docx (one paragraph a line, written with the `docx` package), and Windows-1258
 * (the legacy code page both adapters must refuse).
 */
import { Document, Packer, Paragraph } from 'docx';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const marked = (mark: readonly number[], bytes: Uint8Array): Uint8Array =>
  new Uint8Array([...mark, ...bytes]);

/** The Unicode encodings a plan .txt may come in, by name. */
export const TEXT_ENCODINGS: Readonly<Record<string, (text: string) => Uint8Array>> = {
  'UTF-8': utf8,
  'UTF-8 with BOM': (t) => marked([0xef, 0xbb, 0xbf], utf8(t)),
  'UTF-16 LE with BOM': (t) => marked([0xff, 0xfe], utf16le(t)),
  'UTF-16 LE without BOM': utf16le,
  'UTF-16 BE with BOM': (t) => marked([0xfe, 0xff], utf16be(t)),
  'UTF-16 BE without BOM': utf16be,
};

/** Windows-1258 as Windows writes it: the letter precomposed where the code page has it, else base + tone byte. */
export function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const whole = byChar.get(c);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const parts = [...c.normalize('NFD')];
    const tone = parts.find((p) => /[\u0300\u0301\u0303\u0309\u0323]/.test(p)) ?? '';
    const base = byChar.get(
      parts
        .filter((p) => p !== tone)
        .join('')
        .normalize('NFC'),
    );
    const toneByte = byChar.get(tone);
    if (base === undefined || toneByte === undefined) throw new Error(`"${c}" has no Windows-1258 form`);
    out.push(base, toneByte);
  }
  return new Uint8Array(out);
}

/** A .docx whose body is the text's lines, one paragraph each. */
export async function docxOf(text: string): Promise<Uint8Array> {
  const lines = text.split(/\r?\n/);
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ text: line })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
