/**
 * openPlanDocument: one plan, whatever the encoding or format it comes in, and a failed outcome
 * naming the file and the reason for every input that cannot be read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { examplePlan } from '../../src/app/example';
import { openPlanDocument, openPlanFile, type OpenedPlan } from '../../src/app/open-document';
import type { Outcome } from '../../src/app/outcome';
import { plain } from '../../src/domain/money/decimal';
import { planAmount } from '../../src/domain/plan/amounts';
import { planToJson } from '../../src/domain/plan/json';
import { nodePlatform } from '../../src/platform/node';

const services = { platform: nodePlatform };

/** A short plan in the wording of the seeds (sentences written for this test). */
const PLAN_LINES = [
  'KẾ HOẠCH',
  'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025 trên địa bàn xã Tà Tổng',
  '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
  'a) Nội dung thực hiện: hỗ trợ giống chè và bò sinh sản cho hộ nghèo ở các bản vùng cao.',
  'b) Kinh phí thực hiện: 1.250 triệu đồng, cụ thể:',
  '- Ngân sách trung ương: 1.200 triệu đồng (vốn sự nghiệp);',
  '- Ngân sách địa phương: 50 triệu đồng.',
  '2. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững',
  '2.1. Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo',
  'a) Nội dung thực hiện: mở hai lớp sơ cấp nghề chăn nuôi thú y tại trung tâm xã.',
  'b) Kinh phí thực hiện: 480 triệu đồng, cụ thể:',
  '- Ngân sách trung ương: 480 triệu đồng (vốn sự nghiệp).',
  'II. KINH PHÍ THỰC HIỆN',
  'Kinh phí do ngân sách trung ương và ngân sách xã bố trí, cụ thể:',
  'Tổng kinh phí thực hiện: 1.730 triệu đồng, cụ thể:',
  '- Ngân sách trung ương: 1.680 triệu đồng (vốn sự nghiệp);',
  '- Ngân sách địa phương: 50 triệu đồng.',
];
const PLAN_TEXT = `${PLAN_LINES.join('\n')}\n`;

function utf16(text: string, littleEndian: boolean, mark: boolean): Uint8Array {
  const units = [...(mark ? '\ufeff' : ''), ...text].join('');
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return out;
}

async function docxOf(lines: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function value(o: Outcome<OpenedPlan>): OpenedPlan {
  if (o.kind !== 'done') throw new Error(`not done: ${o.text.en}`);
  return o.value;
}

function failure(o: Outcome<OpenedPlan>): { vi: string; en: string } {
  if (o.kind !== 'failed') throw new Error(`expected a failure, got ${o.kind}`);
  return o.text;
}

describe('openPlanDocument reads the same plan from every encoding and format', () => {
  const utf8 = new TextEncoder().encode(PLAN_TEXT);
  const variants: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['UTF-8', () => utf8],
    ['UTF-8 with BOM', () => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])],
    ['UTF-16 LE with BOM', () => utf16(PLAN_TEXT, true, true)],
    ['UTF-16 BE with BOM', () => utf16(PLAN_TEXT, false, true)],
    ['UTF-16 LE without BOM', () => utf16(PLAN_TEXT, true, false)],
    ['UTF-16 BE without BOM', () => utf16(PLAN_TEXT, false, false)],
  ];

  let reference: OpenedPlan;
  beforeAll(async () => {
    reference = value(await openPlanDocument(utf8, 'ta-tong.txt', services));
  });

  it('reads the plan text: items, sources and the stated total', () => {
    const { plan, findings } = reference;
    expect(plan.locality).toBe('xã Tà Tổng');
    expect(plan.year).toBe(2025);
    expect(plan.items.map((i) => i.code)).toEqual(['DA2', 'DA4.1']);
    expect(planAmount(plan, 'total')?.toFixed()).toBe('1730');
    expect(plan.statedTotals?.total && plain(plan.statedTotals.total)).toBe('1730');
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each(variants)('%s .txt gives the identical plan', async (_name, bytes) => {
    const opened = value(await openPlanDocument(await bytes(), 'ta-tong.txt', services));
    expect(planToJson(opened.plan, opened.findings)).toEqual(planToJson(reference.plan, reference.findings));
  });

  it('a .docx of the same lines gives the identical plan', async () => {
    const opened = value(await openPlanDocument(await docxOf(PLAN_LINES), 'ta-tong.docx', services));
    expect(planToJson(opened.plan, opened.findings)).toEqual(planToJson(reference.plan, reference.findings));
  });

  it('reads a JSON plan, with a byte-order mark or in UTF-16, as the same plan', async () => {
    const json = JSON.stringify(planToJson(reference.plan));
    const utf8Json = new TextEncoder().encode(json);
    const plain8 = value(await openPlanDocument(utf8Json, 'ta-tong.json', services));
    const bom = value(
      await openPlanDocument(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8Json]), 'x.JSON', services),
    );
    const wide = value(await openPlanDocument(utf16(json, true, true), 'x.json', services));
    for (const opened of [plain8, bom, wide]) {
      expect(planToJson(opened.plan)).toEqual(planToJson(reference.plan));
    }
  });
});

describe('openPlanDocument refuses what it cannot read, naming the file and the reason', () => {
  const cases: [string, string, Uint8Array, RegExp][] = [
    [
      'Windows-1258 bytes',
      'ke-hoach-1258.txt',
      // "Kinh phí thực hiện" as a legacy 8-bit encoding writes it: bytes that are not UTF-8.
      Uint8Array.from(Buffer.from('Kinh ph\xed th\xf1c hi\xean: 1.250 tri\xf2u \xf0\xf4ng\n', 'latin1')),
      /Windows-1258/,
    ],
    ['an empty file', 'trong.txt', new Uint8Array(0), /Tệp trống/],
    [
      'binary data',
      'anh.txt',
      Uint8Array.from({ length: 300 }, (_, i) => (i * 53) % 256),
      /không phải văn bản/,
    ],
    ['bad JSON', 'ke-hoach.json', new TextEncoder().encode('{ "items": [ '), /không phải JSON hợp lệ/],
    [
      'JSON that is not a plan',
      'khong-phai.json',
      new TextEncoder().encode('{"items":[{"code":"DA2","amounts":{"nsdp":"bảy"}}]}'),
      /items\[0\]\.amounts\.nsdp/,
    ],
    [
      'a damaged .docx',
      'hong.docx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      /Không đọc được tệp Word/,
    ],
    [
      'a PDF',
      'ke-hoach.pdf',
      new TextEncoder().encode('%PDF-1.7'),
      /chỉ nhận kế hoạch dạng .json, .txt hoặc .docx/,
    ],
  ];

  it.each(cases)('%s', async (_what, name, bytes, reason) => {
    const text = failure(await openPlanDocument(bytes, name, services));
    expect(text.vi).toContain(name);
    expect(text.vi).toMatch(reason);
    expect(text.en).toContain(name);
    expect(text.en).not.toBe(text.vi);
  });

  it('by path: a missing file, and an extension refused before reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gnbv-app-open-'));
    const missing = join(dir, 'khong-co.txt');
    expect(failure(await openPlanFile(missing, services)).vi).toBe(`Không tìm thấy tệp "${missing}".`);
    const csv = join(dir, 'ke-hoach.csv');
    writeFileSync(csv, PLAN_TEXT);
    expect(failure(await openPlanFile(csv, services)).vi).toMatch(/ke-hoach\.csv.*chỉ nhận kế hoạch/);
    const txt = join(dir, 'ta-tong.txt');
    writeFileSync(txt, PLAN_TEXT);
    expect(value(await openPlanFile(txt, services)).plan.items).toHaveLength(2);
  });

  it('says there is no file system where the platform cannot read by path', async () => {
    const browserLike = { inflateRaw: nodePlatform.inflateRaw, save: nodePlatform.save };
    const text = failure(await openPlanFile('ke-hoach.txt', { platform: browserLike }));
    expect(text.vi).toContain('"ke-hoach.txt"');
  });
});

describe('examplePlan', () => {
  it('is the bundled Mường Lay plan, read as any JSON plan', () => {
    const o = examplePlan();
    if (o.kind !== 'done') throw new Error(o.text.en);
    expect(o.value.plan.locality).toBe('thị xã Mường Lay');
    expect(planAmount(o.value.plan, 'total')?.toFixed()).toBe('7645');
  });
});
