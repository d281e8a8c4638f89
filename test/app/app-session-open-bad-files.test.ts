/**
 * The pane's bad-file path: every file that is not a plan workbook is refused in one sentence of our
 * own (Vietnamese and English), naming the file and the reason, before anything opens; a plan
 * workbook opens and says where its plan table is.
 */
import JSZip from 'jszip';
import { buildWorkbook } from '../../src/app/build';
import { openWorkbookFile } from '../../src/app/open-workbook';
import { sniffWorkbook } from '../../src/app/workbook-bytes';
import { createNodeServices } from '../../src/cli/compose';
import { XlsxHost } from '../../src/hosts/xlsx';
import { example } from './app-session-helpers';

const services = createNodeServices();

async function zip(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: 'uint8array' });
}

async function planBytes(): Promise<Uint8Array> {
  const built = await buildWorkbook(example(), [], {}, services);
  if (built.kind !== 'done') throw new Error(built.text.en);
  return built.value.bytes;
}

async function nonPlanBytes(): Promise<Uint8Array> {
  const host = XlsxHost.empty(['Sheet1']);
  await host.applyPatch({ sheet: 'Sheet1', cells: [{ address: 'A1', value: 'Danh sách hộ' }] });
  return host.toBytes();
}

const OLE = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array<number>(504).fill(0),
]);

const CASES: readonly [string, string, () => Promise<Uint8Array>, string][] = [
  [
    'a text file',
    'ke-hoach.txt',
    () => Promise.resolve(new TextEncoder().encode('x')),
    'tệp không có đuôi .xlsx',
  ],
  ['an empty file', 'rong.xlsx', () => Promise.resolve(new Uint8Array(0)), 'tệp rỗng (0 byte)'],
  [
    'a password-protected workbook',
    'mat-khau.xlsx',
    () => Promise.resolve(OLE),
    'tệp được đặt mật khẩu hoặc là sổ tính Excel cũ (.xls); hãy bỏ mật khẩu và lưu thành .xlsx',
  ],
  [
    'plain text renamed',
    'chu.xlsx',
    () => Promise.resolve(new TextEncoder().encode('not a zip')),
    'nội dung tệp không phải sổ tính .xlsx',
  ],
  [
    'a truncated workbook',
    'cat-cut.xlsx',
    async () => (await planBytes()).slice(0, 3000),
    'tệp bị cắt cụt hoặc tải về chưa hết',
  ],
  [
    'a .docx renamed .xlsx',
    'van-ban.xlsx',
    () => zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
    'đây là văn bản Word (.docx) bị đổi đuôi; hãy nhập nó ở bước "Mẫu"',
  ],
  [
    'a ZIP without a workbook',
    'nen.xlsx',
    () => zip({ 'a.txt': 'x' }),
    'tệp nén không chứa sổ tính Excel (thiếu xl/workbook.xml)',
  ],
  [
    'a workbook without a plan',
    'danh-sach.xlsx',
    nonPlanBytes,
    'sổ tính không có bảng kế hoạch kinh phí (dòng tiêu đề "STT", "Nội dung", "Tổng cộng"… như mẫu chuẩn)',
  ],
  [
    'a workbook part that is not XML',
    'hong.xlsx',
    () => zip({ '[Content_Types].xml': 'rác', 'xl/workbook.xml': 'rác' }),
    'sổ tính bị hỏng, không đọc được',
  ],
];

describe('opening a file that holds no plan workbook', () => {
  it.each(CASES)('refuses %s in one sentence of our own', async (_what, name, bytes, reason) => {
    const opened = await openWorkbookFile({ name, bytes: await bytes() }, services, { requirePlan: true });
    expect(opened.kind).toBe('failed');
    expect(opened.text.vi).toBe(`Không mở được "${name}": ${reason}. Chưa thay đổi gì.`);
    expect(opened.text.en).toMatch(
      new RegExp(`^Cannot open "${name.replace('.', '\\.')}": .+\\. Nothing changed\\.$`),
    );
    for (const text of [opened.text.vi, opened.text.en]) {
      expect(text).not.toMatch(/Error|Corrupted|undefined|zip \?|at .*\.js|\n/);
    }
  });

  it('tells the bytes apart without any library', async () => {
    expect(sniffWorkbook(new Uint8Array(0))).toBe('empty');
    expect(sniffWorkbook(OLE)).toBe('ole');
    expect(sniffWorkbook(await planBytes())).toBeUndefined();
  });

  it('opens a workbook without a plan only when no plan is required', async () => {
    const opened = await openWorkbookFile({ name: 'danh-sach.xlsx', bytes: await nonPlanBytes() }, services);
    expect(opened.kind).toBe('done');
    expect(opened.text.vi).toMatch(/^Đã mở sổ tính "danh-sach\.xlsx"\. /);
  });

  it('opens a plan workbook and says where its plan table is', async () => {
    const opened = await openWorkbookFile({ name: 'ke-hoach.xlsx', bytes: await planBytes() }, services);
    expect(opened.kind).toBe('done');
    expect(opened.text.vi).toMatch(
      /^Đã mở sổ tính "ke-hoach\.xlsx", bảng kế hoạch ở trang "Kế hoạch kinh phí"\./,
    );
  });
});
