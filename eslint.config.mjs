import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'bin/',
      '.tmp/',
      '*.config.js',
      '*.config.mjs',
      'scripts/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Pure layers must not reach the host or the UI.
    files: ['src/domain/**', 'src/sheet/**', 'src/import/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            '@fluentui/*',
            '@microsoft/office-js',
            'exceljs',
            '**/hosts/**',
            '**/taskpane/**',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document'],
    },
  },
);
