// Self-test fixture for scripts/vscode-host/run.mjs (see selftest.sh): the extension host process
// exits with code 3 before mocha reports anything. The workbench then reports exit code 0; the runner
// must notice the crash in code-server's output.
/* global exports, process, console */
exports.run = function run() {
  console.log('crashing fixture: calling process.exit(3)');
  process.exit(3);
  return new Promise(() => {});
};
