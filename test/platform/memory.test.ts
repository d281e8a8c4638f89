/** The in-memory platform that the app layer's tests run on. */
import { deflateRawSync } from 'node:zlib';
import { importDocument } from '../../src/import';
import { InflateTooLargeError } from '../../src/platform/contract';
import { createMemoryPlatform } from '../../src/platform/memory';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('createMemoryPlatform', () => {
  it('reads the files it was given (text as UTF-8), and says when one is missing', async () => {
    const platform = createMemoryPlatform({ 'a.txt': 'Kinh phí', 'b.bin': new Uint8Array([1, 2]) });
    const a = await platform.readFile!('a.txt');
    expect(a.ok && text(a.value)).toBe('Kinh phí');
    const b = await platform.readFile!('b.bin');
    expect(b.ok && [...b.value]).toEqual([1, 2]);
    const missing = await platform.readFile!('c.txt');
    expect(missing.ok || missing.error).toMatchObject({
      code: 'FILE_NOT_FOUND',
      text: { vi: 'Không tìm thấy tệp "c.txt".', en: 'The file "c.txt" was not found.' },
    });
  });

  it('saves a copy of the bytes, not a view the caller may change', async () => {
    const platform = createMemoryPlatform();
    const data = new TextEncoder().encode('một');
    expect(await platform.save('out/a.docx', data)).toEqual({ ok: true, value: 'out/a.docx' });
    data.fill(0);
    expect(text(platform.files.get('out/a.docx')!)).toBe('một');
  });

  it('fails the next saves as a full disk would, keeping the stored file, then saves again', async () => {
    const platform = createMemoryPlatform({ 'a.xlsx': 'cũ' });
    platform.failNextSaves(2);
    for (let i = 0; i < 2; i++) {
      const saved = await platform.save('a.xlsx', new TextEncoder().encode('mới'));
      expect(saved.ok || saved.error).toMatchObject({ severity: 'error', code: 'FILE_NOT_SAVED' });
      expect(saved.ok || saved.error.text.vi).toBe(
        'Không lưu được tệp "a.xlsx": ổ đĩa đã đầy. Tệp cũ (nếu có) vẫn giữ nguyên.',
      );
      expect(text(platform.files.get('a.xlsx')!)).toBe('cũ');
    }
    expect((await platform.save('a.xlsx', new TextEncoder().encode('mới'))).ok).toBe(true);
    expect(text(platform.files.get('a.xlsx')!)).toBe('mới');
  });

  it('inflates with a cap, and imports a stored document through importDocument', async () => {
    const platform = createMemoryPlatform({
      'ke-hoach.txt': 'Dự án 2: Đa dạng hóa sinh kế\nKinh phí: 12 triệu đồng.',
    });
    const packed = new Uint8Array(deflateRawSync(Buffer.alloc(4096)));
    expect((await platform.inflateRaw(packed, 4096)).length).toBe(4096);
    await expect(platform.inflateRaw(packed, 4095)).rejects.toBeInstanceOf(InflateTooLargeError);
    const read = await platform.readFile!('ke-hoach.txt');
    if (!read.ok) throw new Error('not stored');
    const { plan } = await importDocument(read.value, 'ke-hoach.txt', platform.inflateRaw);
    expect(plan.items.map((i) => [i.code, i.stated.total?.toString()])).toEqual([['DA2', '12']]);
  });
});
