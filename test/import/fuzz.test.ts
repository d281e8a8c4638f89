import fc from 'fast-check';
import { importDocument, importPlanText } from '../../src/import';
import { nodeInflateRaw } from '../../src/platform/node';
import { fixture } from './helpers';

const FIXTURES = ['muong-lay-style.txt', 'song-ma-style.txt', 'binh-lu-style.txt', 'phan-rang-style.txt'];
const texts = FIXTURES.map(fixture);

/** Words the importer reacts to, so random input reaches its branches. */
const WORDS = [
  'Dự án 2:',
  'Tiểu dự án 1:',
  '*** Tiểu dự án 3',
  'IV.',
  '3.1.',
  'a)',
  'Kinh phí thực hiện:',
  'Ngân sách trung ương',
  '(vốn sự nghiệp)',
  'Ngân sách địa phương:',
  'không thuộc đối tượng',
  'chuyển nguồn',
  '1.695',
  '7.133,25',
  '0',
  'triệu đồng',
  'tỷ đồng',
  'đồng',
  '/hộ',
  ';',
  '.',
  '\n',
  '\n\n',
  ' ',
];

function wellFormed(result: ReturnType<typeof importPlanText>): void {
  expect(Array.isArray(result.findings)).toBe(true);
  expect(result.plan.unit).toBe('trieu_dong');
  for (const item of result.plan.items) {
    expect(item.code).toMatch(/^DA\d+(\.\d+)?$/);
    for (const s of item.sources ?? []) expect(s.line).toBeGreaterThan(0);
  }
}

describe('never throws', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => wellFormed(importPlanText(s))),
      { numRuns: 300 },
    );
  });

  it('on random full-unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => wellFormed(importPlanText(s))),
      { numRuns: 200 },
    );
  });

  it('on random sequences of the words it reacts to', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), (ws) => {
        const result = importPlanText(ws.join(' '));
        wellFormed(result);
        expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('on truncated fixtures, and every amount it keeps is one the full text also states', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, share) => {
          const text = texts[i] ?? '';
          const result = importPlanText(text.slice(0, Math.floor(text.length * share)));
          wellFormed(result);
          expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on random bytes read as a text or a .docx file, some starting like a ZIP', async () => {
    const ZIP = [0x50, 0x4b, 0x03, 0x04];
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('a.txt', 'a.docx', 'a'),
        fc.boolean(),
        async (bytes, name, zip) => {
          const input = zip ? Uint8Array.from([...ZIP, ...bytes]) : bytes;
          wellFormed(await importDocument(input, name, nodeInflateRaw));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports binary input as not text', async () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256);
    const result = await importDocument(bytes, 'x.txt', nodeInflateRaw);
    expect(result.findings.map((f) => f.code)).toContain('IMPORT_NOT_TEXT');
  });

  it('on an empty text, with an info', () => {
    const result = importPlanText('');
    expect(result.plan.items).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['IMPORT_EMPTY', 'NO_AMOUNTS']);
  });
});
