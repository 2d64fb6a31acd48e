// Self-test fixture for scripts/vscode-host/run.mjs (see selftest.sh): run() never settles, so the
// runner's --timeout must fire (exit 124, screenshot kept in the temp folder).
/* global exports, console */
exports.run = function run() {
  console.log('hanging fixture: never finishing');
  return new Promise(() => {});
};
