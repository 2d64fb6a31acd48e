#!/usr/bin/env node
// Runs the TextMate grammar tests in test/grammar/ with vscode-tmgrammar-test.
//
// The injection grammar (syntaxes/triangulate.injection.tmLanguage.json) is tested on top of
// the Markdown grammar VS Code ships (as packaged in tm-grammars, with the HTML and YAML
// grammars Markdown embeds) and on the extension's own empty `text.plain` grammar (VS Code has
// none for plain text). Our registrations (path, injectTo) are read from package.json's
// contributes.grammars, so the tests also check the contribution itself.
//
// Usage: node scripts/grammar-test.mjs [glob ...]   (default: test/grammar/**/*.test.{md,txt})
// Exit code: 0 when every assertion holds, 1 otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
// The registrations package.json should carry (contributes.grammars); the tests use package.json's own
// entries when present, so a wrong path or injectTo there fails them.
const DEFAULTS = [
  {
    scopeName: 'triangulate.injection',
    path: './syntaxes/triangulate.injection.tmLanguage.json',
    injectTo: ['text.html.markdown', 'text.plain'],
  },
  { language: 'plaintext', scopeName: 'text.plain', path: './syntaxes/plaintext.tmLanguage.json' },
];

function resolveOrExplain(id) {
  try {
    return require.resolve(id);
  } catch {
    console.error(`grammar-test: cannot find ${id}. Install the dev dependencies: npm install --save-dev --save-exact vscode-tmgrammar-test@0.1.3 tm-grammars@1.32.22`);
    process.exit(1);
  }
}

const started = process.hrtime.bigint();
const cli = resolveOrExplain('vscode-tmgrammar-test/dist/unit.js');
const base = (name) => resolveOrExplain(`tm-grammars/grammars/${name}.json`);

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const ours = DEFAULTS.map((fallback) => {
  const declared = (pkg.contributes?.grammars ?? []).find((g) => g.scopeName === fallback.scopeName);
  if (!declared) console.warn(`grammar-test: package.json declares no grammar for ${fallback.scopeName}; testing the default registration.`);
  return declared ?? fallback;
});

// vscode-tmgrammar-test takes a package.json-shaped file; its grammar paths are relative to that file.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-grammar-'));
const rel = (p) => path.relative(tmp, p);
const config = {
  contributes: {
    grammars: [
      { scopeName: 'text.html.markdown', path: rel(base('markdown')) },
      { scopeName: 'text.html.derivative', path: rel(base('html-derivative')) },
      { scopeName: 'text.html.basic', path: rel(base('html')) },
      { scopeName: 'source.yaml', path: rel(base('yaml')) },
      ...ours.map((g) => ({ ...g, path: rel(path.resolve(root, g.path)) })),
    ],
  },
};
const configPath = path.join(tmp, 'package.json');
fs.writeFileSync(configPath, JSON.stringify(config, null, 2));

const globs = process.argv.slice(2);
const run = spawnSync(process.execPath, [cli, '--config', configPath, ...(globs.length ? globs : ['test/grammar/**/*.test.{md,txt}'])], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
});
fs.rmSync(tmp, { recursive: true, force: true });

// Markdown embeds ~50 languages whose grammars the tests do not need; drop the tool's notices about them.
const stderr = (run.stderr ?? '').split('\n').filter((l) => !/^grammar not found for "/.test(l)).join('\n');
process.stdout.write(run.stdout ?? '');
if (stderr.trim()) process.stderr.write(stderr.endsWith('\n') ? stderr : stderr + '\n');

// The tool prints one line per test file: "<mark> <file> run successfuly." or "<mark> <file> failed" (or
// "... aborted due to an error", "ERROR can't parse testcase: <file>"); tally them.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const out = (run.stdout ?? '').replace(ANSI, '');
const passed = (out.match(/ run successfuly\.$/gm) ?? []).length;
const failed = (out.match(/ failed$| aborted due to an error$|can't parse testcase/gm) ?? []).length;
const ms = Number(process.hrtime.bigint() - started) / 1e6;
if (run.error) console.error(`grammar-test: ${run.error.message}`);
const ok = run.status === 0 && failed === 0 && passed > 0;
console.log(`grammar tests took ${(ms / 1000).toFixed(2)} s`);
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
