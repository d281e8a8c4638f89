/**
 * `npm start` builds in development mode (webpack.config.js): no minifier, cheap source maps, a
 * filesystem cache and no copy of office.js (57 MB, 729 files), which the server takes from
 * node_modules instead. The production build (`npm run build`, the tests, CI) keeps its minifier and
 * its copy of office.js. The configurations are checked with webpack's own defaults applied, without
 * building.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config as webpackConfig, type Configuration } from 'webpack';

const ROOT = join(__dirname, '../..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, 'webpack.config.js')) as (
  env: object,
  argv: { mode: 'development' | 'production' },
) => Configuration;

/** The configuration of `mode` as webpack runs it (defaults applied, e.g. the minimizer). */
function effective(mode: 'development' | 'production') {
  const options = webpackConfig.getNormalizedWebpackOptions(makeConfig({}, { mode }));
  webpackConfig.applyWebpackOptionsDefaults(options);
  return options;
}

/** The `from` of every pattern of the copy plugin. */
function copied(config: Configuration): string[] {
  return (config.plugins ?? []).flatMap((p) =>
    p && 'patterns' in p ? (p.patterns as { from: string }[]).map((x) => x.from) : [],
  );
}

/** The command of an npm script in package.json. */
function script(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts[name] ?? '';
}

describe('the development build of npm start', () => {
  const dev = effective('development');

  it('is what npm start runs: the start script, which builds in development mode', () => {
    expect(script('start')).toBe('tsx scripts/start.ts');
    expect(readFileSync(join(ROOT, 'scripts/start.ts'), 'utf8')).toContain("'--mode', 'development'");
  });

  it('does not minify, uses cheap source maps and a filesystem cache', () => {
    expect(dev.mode).toBe('development');
    expect(dev.optimization.minimize).toBe(false);
    expect(dev.devtool).toMatch(/cheap/);
    expect(dev.cache).toMatchObject({ type: 'filesystem' });
  });

  it('does not copy office.js but still loads it from office-js/ like the production page', () => {
    expect(copied(makeConfig({}, { mode: 'development' })).some((from) => from.includes('office-js'))).toBe(
      false,
    );
    const html = (makeConfig({}, { mode: 'development' }).plugins ?? []).find(
      (p) => p?.constructor.name === 'HtmlWebpackPlugin',
    ) as { userOptions: { officeJs: string } } | undefined;
    expect(html?.userOptions.officeJs).toBe('office-js/office.js');
  });
});

describe('the production build', () => {
  const prod = effective('production');

  it('minifies, has no source maps or cache, and copies office.js into dist/office-js', () => {
    expect(script('build')).toBe('webpack --mode production');
    expect(prod.optimization.minimize).toBe(true);
    expect(prod.devtool).toBe(false);
    expect(prod.cache).toBe(false);
    expect(copied(makeConfig({}, { mode: 'production' }))).toContain(
      'node_modules/@microsoft/office-js/dist',
    );
  });

  it('has the same three entry points as the development build', () => {
    const entries = (c: ReturnType<typeof effective>) => Object.keys(c.entry).sort();
    expect(entries(prod)).toEqual(['commands', 'functions', 'taskpane']);
    expect(entries(effective('development'))).toEqual(entries(prod));
  });
});
