/* eslint-disable */
// Bundles of the add-in: one shared-runtime page (taskpane.html) loading the task pane, the ribbon
// commands and the custom functions; functions.json generated from the functions' JSDoc.
// `--mode production` (npm run build, the tests, CI): minified, office.js copied into dist/office-js.
// `--mode development` (npm start): no minifier, cheap source maps, a filesystem cache, and office.js
// not copied: scripts/serve.ts serves /office-js/ straight from node_modules/@microsoft/office-js.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const { DEV_URL, rewriteManifest } = require('./scripts/manifest-url');
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  // ADDIN_URL: where the add-in is hosted in production; every localhost URL of the manifest is replaced.
  const addinUrl = process.env.ADDIN_URL || DEV_URL;
  const officeJs = process.env.OFFICE_JS === 'cdn' ? CDN_OFFICE_JS : 'office-js/office.js';
  const copyOfficeJs = production && officeJs !== CDN_OFFICE_JS;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    // Development rebuilds reuse the modules of the last build (node_modules/.cache/webpack).
    ...(production ? {} : { cache: { type: 'filesystem', buildDependencies: { config: [__filename] } } }),
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      functions: './src/functions/functions.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules let webpack drop what is not used (Fluent UI, decimal.js).
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node' } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'commands', 'functions'],
        scriptLoading: 'defer',
        officeJs,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          ...(copyOfficeJs ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }] : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString(), addinUrl),
          },
        ],
      }),
    ],
  };
};
