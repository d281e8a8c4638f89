/**
 * The importer's memory does not grow with what a huge or hostile document repeats: findings are
 * kept up to MAX_NOTES_PER_CODE per code (the last one counting the rest), an item keeps at most
 * MAX_SOURCES source lines, and a paragraph of thousands of wrapped lines keeps their numbers and
 * texts exact without a string or object per line.
 */
import { importPlanText } from '../../src/import';
import { MAX_SOURCES } from '../../src/import/drafts';
import { BoundedNotes, MAX_NOTES_PER_CODE } from '../../src/import/notes';
import { importMessages } from '../../src/import/messages';
import { logicalLines, physicalLines, segment, segmentAt } from '../../src/import/text-lines';
import { item } from './helpers';

const HEADING = '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo';

describe('bounded findings', () => {
  it('keeps the first notes of a code in order and says how many more there were', () => {
    const notes = new BoundedNotes(3);
    for (let line = 1; line <= 7; line++)
      notes.push(importMessages.unlabelled('TONG', line, `${line} triệu đồng`));
    notes.push(importMessages.noAmounts());
    const list = notes.list();
    expect(list.map((f) => f.code)).toEqual([
      'AMOUNT_NOT_LABELLED',
      'AMOUNT_NOT_LABELLED',
      'AMOUNT_NOT_LABELLED',
      'NO_AMOUNTS',
    ]);
    expect(list[0]?.text.vi).not.toContain('trường hợp tương tự');
    expect(list[2]?.text.vi).toMatch(/dòng 3: .*\(và còn 4 trường hợp tương tự không liệt kê\)$/);
    expect(list[2]?.text.en).toMatch(/\(and 4 more of the same kind, not listed\)$/);
    expect(list[3]?.text.vi).not.toContain('trường hợp tương tự');
  });

  it('gives a document with thousands of conflicting figures at most the cap per code', () => {
    const lines = [HEADING];
    for (let i = 1; i <= 2000; i++) lines.push(`Kinh phí thực hiện: ${i} triệu đồng.`);
    const { plan, findings } = importPlanText(lines.join('\n'));
    const repeated = findings.filter((f) => f.code === 'AMOUNT_REPEATED');
    expect(repeated).toHaveLength(MAX_NOTES_PER_CODE);
    expect(repeated[MAX_NOTES_PER_CODE - 1]?.text.vi).toContain(
      `(và còn ${(1999 - MAX_NOTES_PER_CODE).toLocaleString('vi-VN')} trường hợp tương tự không liệt kê)`,
    );
    // The first figure is the one kept, never replaced.
    expect(item(plan, 'DA2').stated.total?.toString()).toBe('1');
  });

  it('keeps at most MAX_SOURCES source lines for an item', () => {
    const lines = [HEADING];
    for (let i = 1; i <= 500; i++) lines.push(`Kinh phí thực hiện: 40 triệu đồng.`);
    const da2 = item(importPlanText(lines.join('\n')).plan, 'DA2');
    expect(da2.sources).toHaveLength(MAX_SOURCES);
    expect(da2.sources?.[0]?.line).toBe(2);
  });
});

describe('paragraphs of many lines', () => {
  const pieces = Array.from({ length: 5000 }, (_, i) => `mảnh ${i + 1}`);
  // A blank line between pieces, as PDF converters write them: piece i is on line 2i + 1.
  const lines = physicalLines(`Hỗ trợ cho\n\n${pieces.join('\n\n')}\n`);
  const [paragraph] = logicalLines(lines);

  it('joins them into one paragraph, the same text as joining the lines with spaces', () => {
    expect(logicalLines(lines)).toHaveLength(1);
    expect(paragraph?.text).toBe(['Hỗ trợ cho', ...pieces].join(' '));
    expect(paragraph?.lines).toHaveLength(5001);
  });

  it('gives every piece its own line number and text, before and after the joined blocks', () => {
    if (!paragraph) throw new Error('no paragraph');
    for (const i of [0, 1, 1023, 1024, 1025, 2047, 2048, 4999, 5000]) {
      const seg = segment(paragraph, i);
      expect(seg.line).toBe(2 * i + 1);
      expect(seg.text).toBe(i === 0 ? 'Hỗ trợ cho' : `mảnh ${i}`);
      expect(segmentAt(paragraph, seg.start + 1)).toEqual(seg);
    }
  });
});

describe('physical lines', () => {
  it('splits on every kind of line end, keeps empty lines and the last one, cleans each line', () => {
    expect(physicalLines('a\r\nb\rc\nd\u2028e\u2029f\n')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', '']);
    expect(physicalLines(' x\u00a0\ty \u0007\n\n')).toEqual(['x y', '', '']);
    expect(physicalLines('')).toEqual(['']);
  });
});
