/**
 * The node platform: reading files, and saving atomically (a failed write leaves the old file
 * whole and no temporary file behind).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodePlatform, nodePlatform, type NodeFs } from '../../src/platform/node';
import { tempPathFor } from '../../src/platform/node-save';

const bytes = (text: string) => new TextEncoder().encode(text);
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'gnbv-platform-'));
}

/** `open` that behaves normally, except that writing the temporary file stores 10 bytes and then fails. */
function diskFullAfter10Bytes(events: string[] = []): NodeFs['open'] {
  return async (path, flags) => {
    const handle = await open(path, flags);
    events.push(`open ${flags}`);
    if (flags === 'wx') {
      handle.writeFile = async (data: Parameters<FileHandle['writeFile']>[0]) => {
        await handle.write((data as Uint8Array).subarray(0, 10));
        throw errno('ENOSPC');
      };
    }
    return handle;
  };
}

describe('nodePlatform.readFile', () => {
  it('gives the bytes of a file as a plain Uint8Array', async () => {
    const path = join(folder(), 'ke-hoach.txt');
    writeFileSync(path, 'Kinh phí');
    const read = await nodePlatform.readFile!(path);
    expect(read.ok && Buffer.isBuffer(read.value)).toBe(false);
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('Kinh phí');
  });

  it('says a file is missing, or is a folder, in both languages', async () => {
    const dir = folder();
    const missing = await nodePlatform.readFile!(join(dir, 'khong-co.txt'));
    expect(missing.ok || missing.error).toMatchObject({
      severity: 'error',
      code: 'FILE_NOT_FOUND',
      text: { vi: `Không tìm thấy tệp "${join(dir, 'khong-co.txt')}".` },
    });
    const isFolder = await nodePlatform.readFile!(dir);
    expect(isFolder.ok || isFolder.error.code).toBe('FILE_UNREADABLE');
    expect(isFolder.ok || isFolder.error.text.vi).toContain('đây là một thư mục, không phải tệp');
  });
});

describe('nodePlatform.save', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const dir = folder();
    const path = join(dir, 'ke-hoach.docx');
    expect(await nodePlatform.save(path, bytes('một'))).toEqual({ ok: true, value: path });
    expect(readFileSync(path, 'utf8')).toBe('một');
    expect(await nodePlatform.save(path, bytes('hai'))).toEqual({ ok: true, value: path });
    expect(readFileSync(path, 'utf8')).toBe('hai');
    expect(readdirSync(dir)).toEqual(['ke-hoach.docx']);
  });

  it('writes to a temporary file in the same folder, flushes it, then renames it over the target', async () => {
    const dir = folder();
    const path = join(dir, 'ke-hoach.xlsx');
    const events: string[] = [];
    const platform = createNodePlatform({
      open: async (p, flags) => {
        const handle = await open(p, flags);
        events.push(
          flags === 'wx' ? `create ${p.startsWith(join(dir, '.ke-hoach.xlsx.')) ? 'temp' : p}` : `open ${p}`,
        );
        const sync = handle.sync.bind(handle);
        const writeFile = handle.writeFile.bind(handle);
        handle.sync = () => {
          events.push('fsync');
          return sync();
        };
        handle.writeFile = (data: Parameters<FileHandle['writeFile']>[0]) => {
          events.push('write');
          return writeFile(data);
        };
        return handle;
      },
      rename: (from, to) => {
        events.push(`rename to ${to}`);
        return rename(from, to);
      },
    });
    expect((await platform.save(path, bytes('x'))).ok).toBe(true);
    expect(events).toEqual(['create temp', 'write', 'fsync', `rename to ${path}`, `open ${dir}`, 'fsync']);
  });

  it('leaves the old file whole and no temporary file when the disk fills up during the write', async () => {
    const dir = folder();
    const path = join(dir, 'ke-hoach.xlsx');
    writeFileSync(path, 'nội dung cũ, còn nguyên');
    const platform = createNodePlatform({ open: diskFullAfter10Bytes() });
    const saved = await platform.save(path, bytes('nội dung mới dài hơn nhiều so với mười byte'));
    expect(saved.ok).toBe(false);
    expect(saved.ok || saved.error).toMatchObject({ severity: 'error', code: 'FILE_NOT_SAVED' });
    expect(saved.ok || saved.error.text).toEqual({
      vi: `Không lưu được tệp "${path}": ổ đĩa đã đầy. Tệp cũ (nếu có) vẫn giữ nguyên.`,
      en: `Cannot save the file "${path}": the disk is full. The previous file, if any, is unchanged.`,
    });
    expect(readFileSync(path, 'utf8')).toBe('nội dung cũ, còn nguyên');
    expect(readdirSync(dir)).toEqual(['ke-hoach.xlsx']);
  });

  it('leaves no partial file when there was no file before', async () => {
    const dir = folder();
    const platform = createNodePlatform({ open: diskFullAfter10Bytes() });
    expect((await platform.save(join(dir, 'moi.docx'), bytes('x'.repeat(100)))).ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the old file and removes the temporary one when the rename fails', async () => {
    const dir = folder();
    const path = join(dir, 'ke-hoach.xlsx');
    writeFileSync(path, 'cũ');
    const platform = createNodePlatform({ rename: () => Promise.reject(errno('EBUSY')) });
    const saved = await platform.save(path, bytes('mới'));
    expect(saved.ok || saved.error.text.vi).toContain('tệp đang được chương trình khác dùng');
    expect(readFileSync(path, 'utf8')).toBe('cũ');
    expect(readdirSync(dir)).toEqual(['ke-hoach.xlsx']);
  });

  it('refuses a folder that does not exist, or cannot be written, without throwing', async () => {
    const dir = folder();
    const missing = await nodePlatform.save(join(dir, 'khong-co', 'a.docx'), bytes('x'));
    expect(missing.ok || missing.error.text.en).toContain('no such file or folder');
    const denied = await createNodePlatform({ open: () => Promise.reject(errno('EACCES')) }).save(
      join(dir, 'a.docx'),
      bytes('x'),
    );
    expect(denied.ok || denied.error.text.vi).toContain('không có quyền truy cập');
    mkdirSync(join(dir, 'thu-muc.docx'));
    const ontoFolder = await nodePlatform.save(join(dir, 'thu-muc.docx'), bytes('x'));
    expect(ontoFolder.ok).toBe(false);
    expect(readdirSync(dir)).toEqual(['thu-muc.docx']);
  });

  it('names its temporary file after the target, hidden, in the same folder', () => {
    const temp = tempPathFor(join('/a/b', 'ke-hoach.docx'));
    expect(temp).toMatch(/^\/a\/b\/\.ke-hoach\.docx\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(tempPathFor('/a/b/x')).not.toBe(tempPathFor('/a/b/x'));
  });
});
