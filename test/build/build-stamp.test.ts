/**
 * `npm test` skips the production build only when dist/ was built from the current inputs: the stamp
 * a production build leaves is compared with a hash of the sources, the configs and the environment.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distIsCurrent, inputsHash, STAMP_FILE } from '../../scripts/build-stamp';

let root: string;
let dist: string;
const env = {};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gnbv-stamp-'));
  dist = join(root, 'dist');
  mkdirSync(join(root, 'src', 'app'), { recursive: true });
  mkdirSync(dist);
  writeFileSync(join(root, 'src', 'app', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'webpack.config.js'), 'module.exports = {};\n');
  writeFileSync(join(dist, 'taskpane.html'), '<title>Kinh phí GNBV</title>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const stamp = (mode: string, inputs: string) =>
  writeFileSync(join(dist, STAMP_FILE), JSON.stringify({ mode, inputs }));

describe('build stamp', () => {
  it('a production stamp of the same inputs is current', () => {
    stamp('production', inputsHash(root, env));
    expect(distIsCurrent(root, dist, env)).toBe(true);
  });

  it('an edited source, a new file, a changed config or environment makes dist/ stale', () => {
    stamp('production', inputsHash(root, env));
    writeFileSync(join(root, 'src', 'app', 'a.ts'), 'export const a = 2;\n');
    expect(distIsCurrent(root, dist, env)).toBe(false);

    stamp('production', inputsHash(root, env));
    writeFileSync(join(root, 'src', 'app', 'b.ts'), '');
    expect(distIsCurrent(root, dist, env)).toBe(false);

    stamp('production', inputsHash(root, env));
    writeFileSync(join(root, 'webpack.config.js'), 'module.exports = { mode: "x" };\n');
    expect(distIsCurrent(root, dist, env)).toBe(false);

    stamp('production', inputsHash(root, env));
    expect(distIsCurrent(root, dist, { ADDIN_URL: 'https://example.org/' })).toBe(false);
    expect(distIsCurrent(root, dist, { FORCE_BUILD: '1' })).toBe(false);
  });

  it('no stamp, a development stamp, a broken stamp or a missing page is not current', () => {
    expect(distIsCurrent(root, dist, env)).toBe(false);
    stamp('development', inputsHash(root, env));
    expect(distIsCurrent(root, dist, env)).toBe(false);
    writeFileSync(join(dist, STAMP_FILE), '{not json');
    expect(distIsCurrent(root, dist, env)).toBe(false);
    stamp('production', inputsHash(root, env));
    rmSync(join(dist, 'taskpane.html'));
    expect(distIsCurrent(root, dist, env)).toBe(false);
  });

  it('a file outside the inputs (a test, a note) does not count', () => {
    stamp('production', inputsHash(root, env));
    mkdirSync(join(root, 'test'));
    writeFileSync(join(root, 'test', 'x.test.ts'), '');
    expect(distIsCurrent(root, dist, env)).toBe(true);
  });
});
