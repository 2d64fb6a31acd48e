#!/usr/bin/env node
// Runs the integration suite in desktop VS Code through @vscode/test-electron (downloads VS Code
// into .vscode-test/ on first use, so it needs internet access). The same suite runs offline with
// scripts/vscode-host/run.mjs. Build first: node scripts/build.mjs (npm run test:vscode does both).
// Environment: TRIANGULATE_TEST_GREP (mocha grep), VSCODE_TEST_VERSION (default: stable).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionTestsPath = join(repoRoot, 'out/integration/index.js');
const workspace = join(repoRoot, 'samples');

if (!existsSync(extensionTestsPath)) {
  console.error(`test-electron.mjs: ${extensionTestsPath} not found. Build first: node scripts/build.mjs`);
  process.exit(2);
}

try {
  const code = await runTests({
    ...(process.env.VSCODE_TEST_VERSION ? { version: process.env.VSCODE_TEST_VERSION } : {}),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    // Open the samples folder; only the extension under development runs.
    launchArgs: [workspace, '--disable-extensions'],
    // The host inherits this environment (TRIANGULATE_TEST_GREP included). No page to screenshot
    // here: make sure screenshot() is a no-op even if the variable is set in the shell.
    extensionTestsEnv: { TRIANGULATE_SCREENSHOT_DIR: undefined },
  });
  process.exit(code);
} catch (err) {
  if (err instanceof TestRunFailedError) {
    // VS Code exited non-zero: a failing test, or the extension host crashed.
    console.error(`test-electron.mjs: integration tests failed (${err.message})`);
    process.exit(typeof err.code === 'number' && err.code !== 0 ? err.code : 1);
  }
  // Typically the VS Code download (no internet here? use: npm run test:integration).
  console.error(`test-electron.mjs: could not run VS Code: ${err instanceof Error ? err.message : err}`);
  console.error('Offline, use the code-server runner instead: npm run test:integration');
  process.exit(1);
}
