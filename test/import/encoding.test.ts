/**
 * The same plan saved in every encoding Windows tools offer decodes to the same text and imports
 * to the same plan; legacy encodings, binary data and empty files are refused with a reason.
 */
import fc from 'fast-check';
import { decodeText, importDocument, type DecodeCode } from '../../src/import';
import { nodeInflateRaw } from '../../src/platform/node';
import { item, stated } from './helpers';

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'XÃ NẬM MẠ',
  'KẾ HOẠCH',
  'Triển khai Chương trình mục tiêu quốc gia Giảm nghèo bền vững trên địa bàn xã Nậm Mạ năm 2025',
  'II. NỘI DUNG HOẠT ĐỘNG, MỨC VỐN BỐ TRÍ',
  '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
  'a) Nội dung: Hỗ trợ giống cây trồng, vật nuôi cho nhóm hộ nghèo ở bản Huổi Lếch.',
  'b) Nguồn vốn thực hiện (vốn sự nghiệp): 1.250 triệu đồng.',
  '2. Dự án 6: Truyền thông và giảm nghèo về thông tin',
  '2.1. Tiểu dự án 1: Giảm nghèo về thông tin',
  'Kinh phí thực hiện: 85,5 triệu đồng.',
  'III. KINH PHÍ THỰC HIỆN',
  'Tổng kinh phí thực hiện: 1.335,5 triệu đồng.',
].join('\r\n');

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, b) => b[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);

const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  'UTF-8': (t) => new TextEncoder().encode(t),
  'UTF-8 with BOM': (t) => withMark([0xef, 0xbb, 0xbf], new TextEncoder().encode(t)),
  'UTF-16 LE with BOM': (t) => withMark([0xff, 0xfe], utf16le(t)),
  'UTF-16 BE with BOM': (t) => withMark([0xfe, 0xff], utf16be(t)),
  'UTF-16 LE without BOM': utf16le,
  'UTF-16 BE without BOM': utf16be,
};

/** Windows-1258 as Windows writes it: precomposed where the code page has the letter, else base + tone mark. */
function cp1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const whole = table.get(c);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    // The tone (grave, acute, tilde, hook, dot below) is a separate byte; the rest is one letter.
    const parts = [...c.normalize('NFD')];
    const tone = parts.find((p) => /[\u0300\u0301\u0303\u0309\u0323]/.test(p)) ?? '';
    const base = table.get(
      parts
        .filter((p) => p !== tone)
        .join('')
        .normalize('NFC'),
    );
    const mark = table.get(tone);
    if (base === undefined || mark === undefined) throw new Error(`"${c}" has no Windows-1258 form`);
    out.push(base, mark);
  }
  return new Uint8Array(out);
}

function refusal(bytes: Uint8Array): DecodeCode | 'decoded' {
  const r = decodeText(bytes);
  return r.ok ? 'decoded' : r.error.code;
}

describe('decodeText', () => {
  it.each(Object.entries(ENCODINGS))('decodes the plan saved as %s to the same text', (_name, encode) => {
    const bytes = encode(PLAN);
    expect(decodeText(bytes)).toEqual({ ok: true, value: PLAN });
  });

  it('tells UTF-16 without a mark from its zero bytes, also in a text full of Vietnamese letters', () => {
    const dense = 'Ở đây, mỗi hộ được hỗ trợ giống lúa, ngô; cử tri đồng ý với mức hỗ trợ.';
    expect(decodeText(utf16le(dense))).toEqual({ ok: true, value: dense });
    expect(decodeText(utf16be(dense))).toEqual({ ok: true, value: dense });
  });

  it('decodes any Vietnamese text the same from UTF-8 and from UTF-16 with a mark', () => {
    const letters = [
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ĐƯƠ.,;:()\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 200 }), (chars) => {
        const text = chars.join('');
        for (const name of ['UTF-8', 'UTF-8 with BOM', 'UTF-16 LE with BOM', 'UTF-16 BE with BOM']) {
          expect(decodeText(ENCODINGS[name]!(text))).toEqual({ ok: true, value: text });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads UTF-8 with one stray zero byte as text', () => {
    const text = `${PLAN}\u0000`;
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, value: text });
  });

  it('keeps a form feed (a page break of PDF-to-text output) and a tab', () => {
    const text = 'Dự án 2\tKinh phí: 12 triệu đồng.\f\nTrang 2';
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, value: text });
  });

  it('refuses Windows-1258 text, naming the encoding in both languages', () => {
    // "Kinh phí: 12 triệu đồng." by hand: í = 0xED; ệ = ê 0xEA + dot below 0xF2; đ = 0xF0; ồ = ô 0xF4 + grave 0xCC.
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const line = new Uint8Array([
      ...ascii('Kinh ph'),
      0xed,
      ...ascii(': 12 tri'),
      0xea,
      0xf2,
      ...ascii('u '),
      0xf0,
      0xf4,
      0xcc,
      ...ascii('ng.'),
    ]);
    expect(new TextDecoder('windows-1258').decode(line).normalize('NFC')).toBe('Kinh phí: 12 triệu đồng.');
    const whole = cp1258(PLAN);
    expect(new TextDecoder('windows-1258').decode(whole).normalize('NFC')).toBe(PLAN.normalize('NFC'));
    for (const bytes of [line, whole]) {
      const r = decodeText(bytes);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toMatchObject({
        severity: 'error',
        code: 'IMPORT_LEGACY_ENCODING',
        where: { kind: 'none' },
      });
      expect(r.error.text.vi).toBe(
        'Tệp không phải UTF-8 hay UTF-16: có thể là Windows-1258 (bảng mã cũ, hoặc TCVN3, VNI). Hãy lưu lại tệp với bảng mã UTF-8.',
      );
      expect(r.error.text.en).toContain('Windows-1258');
      expect(r.error.text.en).toContain('UTF-8');
    }
  });

  it('refuses an empty file', () => {
    const r = decodeText(new Uint8Array(0));
    expect(r.ok || r.error.code).toBe('IMPORT_EMPTY_FILE');
    expect(r.ok || r.error.text).toEqual({
      vi: 'Tệp trống, không có nội dung để nhập.',
      en: 'The file is empty; there is nothing to import.',
    });
  });

  it('refuses random binary data, with or without zero bytes, and control characters', () => {
    let seed = 0x2545f491;
    const random = new Uint8Array(2000).map(() => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    });
    expect(random.includes(0)).toBe(true);
    expect(refusal(random)).toBe('IMPORT_NOT_TEXT');
    expect(refusal(random.map((b) => b || 1))).toBe('IMPORT_NOT_TEXT');
    // Valid UTF-8, but a tenth of it control characters.
    expect(refusal(new TextEncoder().encode('Kinh phí\u0001\u0002\u0003 '.repeat(20)))).toBe(
      'IMPORT_NOT_TEXT',
    );
    // A UTF-16 mark followed by a lone surrogate, and one followed by an odd byte.
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toBe('IMPORT_NOT_TEXT');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toBe('IMPORT_NOT_TEXT');
  });

  it('names a PDF and a Word 97–2003 document', () => {
    expect(refusal(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'))).toBe('IMPORT_PDF');
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toBe(
      'IMPORT_WORD_97',
    );
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = decodeText(bytes);
        if (r.ok) expect(typeof r.value).toBe('string');
        else expect(r.error.severity).toBe('error');
      }),
      { numRuns: 500 },
    );
  });
});

describe('importDocument over encodings', () => {
  it('imports the same plan from every encoding', async () => {
    const reference = await importDocument(new TextEncoder().encode(PLAN), 'ke-hoach.txt', nodeInflateRaw);
    expect(reference.plan.items.map((i) => [i.code, stated(i.stated)])).toEqual([
      ['DA2', { nstw_su_nghiep: '1250' }],
      ['DA6.1', { total: '85.5' }],
    ]);
    expect(reference.plan.locality).toBe('xã Nậm Mạ');
    expect(item(reference.plan, 'DA2').sources?.[0]?.line).toBe(8);
    for (const encode of Object.values(ENCODINGS)) {
      const imported = await importDocument(encode(PLAN), 'ke-hoach.txt', nodeInflateRaw);
      expect(imported).toEqual(reference);
    }
  });

  it('imports a refused file as an empty plan with the refusal as its only finding', async () => {
    for (const [bytes, code] of [
      [cp1258(PLAN), 'IMPORT_LEGACY_ENCODING'],
      [new Uint8Array(0), 'IMPORT_EMPTY_FILE'],
    ] as const) {
      const result = await importDocument(bytes, 'ke-hoach.txt', nodeInflateRaw);
      expect(result.plan.items).toEqual([]);
      expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['error', code]]);
    }
  });
});
