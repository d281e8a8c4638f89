/**
 * Outputs never clobber: `build`/`export` refuse an output that is their own input (same path, a
 * symbolic link, a hard link) before anything is read; a failed save (a full disk) leaves the old
 * output byte-identical and no temporary file; a plan with no items and an empty, binary or
 * Windows-1258 input are refused with exit 2, the input untouched and no output made.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Services } from '../../src/app/services';
import { createNodeServices } from '../../src/cli/compose';
import { main } from '../../src/cli/main';
import { createMemoryPlatform } from '../../src/platform/memory';
import { createNodePlatform, type NodeFs } from '../../src/platform/node';

const root = join(__dirname, '../..');
const planText = readFileSync(join(root, 'test/fixtures/plans/muong-lay-style.txt'));
const planJson = readFileSync(join(root, 'examples/muong-lay-2024.json'));

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const folder = () => mkdtempSync(join(tmpdir(), 'gnbv-safety-'));

async function run(argv: string[], services: Services = createNodeServices()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, services);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Node services whose reads are counted, to show a refusal comes before any reading. */
function countingServices(): { services: Services; reads: string[] } {
  const base = createNodeServices();
  const reads: string[] = [];
  const platform = {
    ...base.platform,
    readFile: (path: string) => {
      reads.push(path);
      return base.platform.readFile!(path);
    },
  };
  return { services: { ...base, platform }, reads };
}

function expectOneLine(err: string, ...parts: RegExp[]): void {
  expect(err.split('\n')).toHaveLength(1);
  expect(err).toMatch(/^Lỗi: /);
  expect(err).not.toMatch(/^\s+at /m);
  for (const p of parts) expect(err).toMatch(p);
}

describe('an output that is its own input is refused before anything is read', () => {
  it('export plan.docx -o plan.docx keeps the document byte-identical', async () => {
    const dir = folder();
    const txt = join(dir, 'ke-hoach.txt');
    writeFileSync(txt, planText);
    const docx = join(dir, 'ke-hoach.docx');
    expect((await run(['export', txt, '-o', docx, '--force'])).code).toBeLessThan(2);
    const before = hash(docx);
    const { services, reads } = countingServices();
    for (const output of [docx, join(dir, '.', 'sub', '..', 'ke-hoach.docx')]) {
      const r = await run(['export', docx, '-o', output], services);
      expect(r.code).toBe(2);
      expectOneLine(r.err, /chính là tệp đầu vào/, new RegExp(`"${output.replace(/[.\\]/g, '\\$&')}"`));
    }
    expect(reads).toEqual([]);
    expect(hash(docx)).toBe(before);
  });

  it.each([
    ['a symbolic link', symlinkSync],
    ['a hard link', linkSync],
  ])('build -o through %s to the plan keeps the plan byte-identical', async (_how, link) => {
    const dir = folder();
    const plan = join(dir, 'ke-hoach.json');
    writeFileSync(plan, planJson);
    const out = join(dir, 'ke-hoach.xlsx');
    link(plan, out);
    const before = hash(plan);
    const { services, reads } = countingServices();
    const r = await run(['build', plan, '-o', out], services);
    expect(r.code).toBe(2);
    expectOneLine(r.err, /chính là tệp đầu vào/, /ke-hoach\.xlsx/, /ke-hoach\.json/);
    expect(reads).toEqual([]);
    expect(hash(plan)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.json', 'ke-hoach.xlsx']);
  });

  it('a different output beside the input is written as before', async () => {
    const dir = folder();
    const plan = join(dir, 'ke-hoach.json');
    writeFileSync(plan, planJson);
    const r = await run(['build', plan, '-o', join(dir, 'ke-hoach.xlsx')]);
    expect(r.code).toBeLessThan(2);
    expect(existsSync(join(dir, 'ke-hoach.xlsx'))).toBe(true);
  });

  it('the memory platform compares paths after removing ./ and x/..', async () => {
    const platform = createMemoryPlatform({ 'plans/a.docx': 'x' });
    expect(await platform.sameFile!('plans/a.docx', './plans/x/../a.docx')).toBe(true);
    expect(await platform.sameFile!('plans/a.docx', 'plans/b.docx')).toBe(false);
  });
});

describe('a failed save leaves the previous output as it was', () => {
  /** `open` as usual, except that writing the temporary file stores a few bytes and fails: a full disk. */
  const diskFull: NodeFs['open'] = async (path, flags) => {
    const handle = await open(path, flags);
    if (flags === 'wx') {
      handle.writeFile = async (data) => {
        await handle.write((data as Uint8Array).subarray(0, 10));
        throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      };
    }
    return handle;
  };

  it.each([
    ['build', '.xlsx'],
    ['export', '.docx'],
  ])('%s on a full disk: exit 2, old output byte-identical, no temporary file', async (command, ext) => {
    const dir = folder();
    const plan = join(dir, 'ke-hoach.json');
    writeFileSync(plan, planJson);
    const out = join(dir, `ket-qua${ext}`);
    writeFileSync(out, 'bản cũ, phải còn nguyên');
    const [planBefore, outBefore] = [hash(plan), hash(out)];
    const services = { ...createNodeServices(), platform: createNodePlatform({ open: diskFull }) };
    const force = command === 'export' ? ['--force'] : [];
    const r = await run([command, plan, '-o', out, ...force], services);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Lỗi: Không lưu được tệp ".*ket-qua\.(xlsx|docx)": ổ đĩa đã đầy\. Tệp cũ .* vẫn giữ nguyên\.$/m,
    );
    expect(hash(out)).toBe(outBefore);
    expect(hash(plan)).toBe(planBefore);
    expect(readdirSync(dir).sort()).toEqual([`ket-qua${ext}`, 'ke-hoach.json'].sort());
  });

  it('the memory platform failing its next save keeps the old output (export)', async () => {
    const platform = createMemoryPlatform({ 'p.json': planJson, 'out.docx': 'cũ' });
    platform.failNextSaves();
    const r = await run(['export', 'p.json', '-o', 'out.docx', '--force'], {
      ...createNodeServices(),
      platform,
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ổ đĩa đã đầy/);
    expect(new TextDecoder().decode(platform.files.get('out.docx'))).toBe('cũ');
  });
});

describe('inputs with nothing to write are refused (exit 2, reason, no output)', () => {
  const inputs: [string, string, Uint8Array][] = [
    ['an empty file', 'trong.txt', new Uint8Array()],
    ['random bytes', 'nhi-phan.txt', Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)],
    // "Kinh phí Dự án 1" in Windows-1258: í is 0xED, ự is U+01B0 (0xFD) with a combining dot below (0xF2).
    [
      'a Windows-1258 text',
      'cp1258.txt',
      Uint8Array.from([
        ...Buffer.from('K'),
        0x69,
        0x6e,
        0x68,
        0x20,
        0x70,
        0x68,
        0xed,
        0x20,
        0x44,
        0xfd,
        0xf2,
        0x20,
        0xe1,
        0x6e,
        0x20,
        0x31,
        0x3a,
        0x20,
        0x31,
        0x2e,
        0x30,
        0x30,
        0x30,
        0x20,
        0x74,
        0x72,
        0x69,
        0xea,
        0xf2,
        0x75,
        0x0a,
      ]),
    ],
    ['a text with no item', 'khong-muc.txt', new TextEncoder().encode('Kế hoạch giảm nghèo\nKhông có gì.\n')],
    ['a JSON plan with no item', 'rong.json', new TextEncoder().encode('{"unit":"trieu_dong","items":[]}')],
  ];
  const reasons: Record<string, RegExp> = {
    'trong.txt': /trống/,
    'nhi-phan.txt': /nhị phân|không phải văn bản/,
    'cp1258.txt': /Windows-1258|UTF-8/,
    'khong-muc.txt': /không có mục kinh phí nào/,
    'rong.json': /không có mục kinh phí nào/,
  };
  const commands: [string, string[]][] = [
    ['import', []],
    ['check', []],
    ['build', ['-o', 'out.xlsx']],
    ['export', ['-o', 'out.docx', '--force']],
  ];
  const cases = inputs.flatMap(([what, name, bytes]) =>
    commands
      .filter(([c]) => !(['import', 'check'].includes(c) && ['khong-muc.txt', 'rong.json'].includes(name)))
      .map(([command, rest]) => [command, what, name, bytes, rest] as const),
  );

  it.each(cases)('%s on %s', async (command, _what, name, bytes, rest) => {
    const dir = folder();
    const input = join(dir, name);
    writeFileSync(input, bytes);
    const before = hash(input);
    const r = await run([command, input, ...rest.map((a) => (a.startsWith('out.') ? join(dir, a) : a))]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expectOneLine(r.err, reasons[name] ?? /$^/, new RegExp(name.replace('.', '\\.')));
    expect(hash(input)).toBe(before);
    expect(readdirSync(dir)).toEqual([name]);
  });
});
