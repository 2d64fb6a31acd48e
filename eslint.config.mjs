// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'util', 'url', 'worker_threads', 'stream', 'buffer', 'process', 'events', 'http', 'https', 'net', 'zlib'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.vscode-test/**', 'bench-corpus/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is shared by the extension host, a web worker and the CLI.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not depend on VS Code: put editor glue in src/extension.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core runs in a web worker too: no Node-only modules.' })),
        ],
        patterns: [
          { group: ['node:*'], message: 'src/core runs in a web worker too: no Node-only modules.' },
          { group: ['**/extension/**', '**/cli/**'], message: 'src/core must not import the layers built on it.' },
        ],
      }],
    },
  },
  {
    // The extension's view models and settings are pure, so they can be unit-tested outside VS Code.
    files: ['src/extension/views/**/*.ts', 'src/extension/settings.ts', 'src/extension/glob.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'View models are pure: convert to VS Code objects in the glue modules.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.js', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
