// Self-test fixture for scripts/vscode-host/run.mjs (see selftest.sh): the extension host process is
// killed by a signal (as in a native crash), so there is no exit code at all; the runner must still fail.
/* global exports, process */
exports.run = function run() {
  process.kill(process.pid, 'SIGKILL');
  return new Promise(() => {});
};
