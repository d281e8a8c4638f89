/**
 * The node platform with names near the file system's limits and errors it has no words for: a
 * target whose name is near 255 bytes is still saved atomically (the temporary name is cut, not the
 * target's), and every failure is told in a sentence of our own, never the system's English.
 */
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { reasonOf } from '../../src/platform/messages';
import { nodePlatform } from '../../src/platform/node';
import { tempPathFor } from '../../src/platform/node-save';

const folder = (): string => mkdtempSync(join(tmpdir(), 'gnbv-names-'));

describe('saving under a long name', () => {
  // 83 × "ạ" (3 bytes each) + ".xlsx": 254 bytes, a name the folder accepts.
  const longName = `${'ạ'.repeat(83)}.xlsx`;

  it('keeps the temporary name under 255 bytes, cut between characters', () => {
    const temp = basename(tempPathFor(join('/tmp', longName)));
    expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
    expect(temp.startsWith(`.${'ạ'.repeat(66)}.`)).toBe(true);
  });

  it('saves the file under its whole name and leaves no temporary file', async () => {
    const dir = folder();
    const path = join(dir, longName);
    writeFileSync(path, 'bản cũ');
    const saved = await nodePlatform.save(path, new TextEncoder().encode('bản mới'));
    expect(saved).toMatchObject({ ok: true, value: path });
    expect(readFileSync(path, 'utf8')).toBe('bản mới');
    expect(readdirSync(dir)).toEqual([longName]);
  });
});

describe('reasons in words', () => {
  it('names a link loop and a name too long in Vietnamese', async () => {
    const dir = folder();
    symlinkSync('vong.json', join(dir, 'vong.json'));
    const loop = await nodePlatform.readFile!(join(dir, 'vong.json'));
    expect(loop.ok || loop.error.text.vi).toBe(
      `Không đọc được tệp "${join(dir, 'vong.json')}": đường dẫn có liên kết vòng (liên kết trỏ về chính nó).`,
    );
    const long = join(dir, `${'a'.repeat(300)}.xlsx`);
    const saved = await nodePlatform.save(long, new Uint8Array([1]));
    expect(saved.ok || saved.error.text.vi).toBe(
      `Không lưu được tệp "${long}": tên tệp hoặc đường dẫn quá dài. Tệp cũ (nếu có) vẫn giữ nguyên.`,
    );
    expect(readdirSync(dir)).toEqual(['vong.json']);
  });

  it('names an errno code it has no words for in a sentence of its own', () => {
    const reason = reasonOf(Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' }));
    expect(reason).toEqual({
      vi: 'hệ điều hành báo lỗi (mã EXDEV)',
      en: 'the system reported an error (code EXDEV)',
    });
  });

  it.each([
    ['an error without a code', new Error('Failed to execute createObjectURL')],
    ['a thrown string', 'boom'],
  ])('never puts the English of %s in the Vietnamese text', (_what, error) => {
    expect(reasonOf(error).vi).toBe('có lỗi không mong đợi');
  });
});
