/**
 * `npm test`'s first step: a production build of dist/ unless the last one was made from the same
 * inputs (scripts/build-stamp.ts). A development build (`npm start`) cleans dist/ and so removes the
 * stamp: the tests then rebuild, as they must. `FORCE_BUILD=1` always rebuilds.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distIsCurrent, inputsHash, STAMP_FILE } from './build-stamp';

const root = resolve(__dirname, '..');
const dist = join(root, 'dist');
const inputs = inputsHash(root);

if (distIsCurrent(root, dist)) {
  console.log('dist/ đã được dựng từ đúng mã nguồn này: không dựng lại. / dist/ is current: not rebuilding.');
} else {
  rmSync(join(dist, STAMP_FILE), { force: true });
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const run = spawnSync(process.execPath, [cli, '--mode', 'production'], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) process.exit(run.status ?? 1);
  // Hashed again after the build: a source edited while webpack ran makes the next run rebuild.
  const after = inputsHash(root);
  if (after === inputs) {
    writeFileSync(join(dist, STAMP_FILE), `${JSON.stringify({ mode: 'production', inputs })}\n`);
  }
}
