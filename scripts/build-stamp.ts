/**
 * What the production build of dist/ was made from: one SHA-256 over the files webpack reads (src/,
 * assets/, the manifest, the configs and the lock file) and the environment variables that change its
 * output. `npm test` rebuilds only when this differs from the stamp the last production build left.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders and files the production build depends on, relative to the project root. */
export const BUILD_INPUTS = [
  'src',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'scripts/manifest-url.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
] as const;

/** Environment variables read by webpack.config.js. */
export const BUILD_ENV = ['ADDIN_URL', 'OFFICE_JS'] as const;

/** The stamp file inside dist/. */
export const STAMP_FILE = '.build-stamp.json';

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, join(path, name)));
}

/** The hash of the build's inputs under `root`, with the environment `env`. */
export function inputsHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(root, input)) {
      hash.update(relative(root, join(root, file)).split(sep).join('/'));
      hash.update('\0');
      hash.update(readFileSync(join(root, file)));
      hash.update('\0');
    }
  }
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** The stamp a production build left in `dist`, if any. */
export function readStamp(dist: string): { mode: string; inputs: string } | undefined {
  try {
    const value = JSON.parse(readFileSync(join(dist, STAMP_FILE), 'utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { mode, inputs } = value as Record<string, unknown>;
    return typeof mode === 'string' && typeof inputs === 'string' ? { mode, inputs } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `dist` holds a production build made from the inputs under `root` as they are now. */
export function distIsCurrent(root: string, dist: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_BUILD === '1') return false;
  const stamp = readStamp(dist);
  return (
    stamp?.mode === 'production' &&
    stamp.inputs === inputsHash(root, env) &&
    existsSync(join(dist, 'taskpane.html'))
  );
}
