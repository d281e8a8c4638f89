/**
 * What browser code and the pure import layer load never reaches node: their relative imports,
 * followed to the end, hold no `node:*` module and not the node platform. The .xlsx host and the
 * Word packer are in the list because the task pane loads them (as lazy chunks) in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every module reachable from `entry` through relative imports, with the bare modules each one imports. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');
    seen.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const s of specifiers.filter((s) => s.startsWith('.'))) {
      const base = resolve(dirname(file), s);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
      if (!found) throw new Error(`${relative(ROOT, file)}: cannot resolve ${s}`);
      visit(found);
    }
  };
  visit(join(ROOT, entry));
  return seen;
}

describe.each([
  'src/platform/browser.ts',
  'src/platform/memory.ts',
  'src/platform/contract.ts',
  'src/import/document.ts',
  'src/import/decode-text.ts',
  'src/import/index.ts',
  'src/hosts/xlsx/index.ts',
  'src/export/pack.ts',
])('%s', (entry) => {
  it('reaches no node module and not the node platform', () => {
    const modules = reachable(entry);
    expect(modules.size).toBeGreaterThan(0);
    for (const [file, bare] of modules) {
      const name = relative(ROOT, file);
      expect([
        name,
        bare.filter((s) => s.startsWith('node:') || /^(fs|path|zlib|os|crypto|buffer)$/.test(s)),
      ]).toEqual([name, []]);
      expect(name).not.toMatch(/^src\/platform\/node/);
    }
  });
});
