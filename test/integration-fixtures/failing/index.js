// Self-test fixture for scripts/vscode-host/run.mjs (see selftest.sh): one mocha test that fails,
// so run() rejects. Plain JS, loaded as is by the extension host.
/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports */
const assert = require('node:assert/strict');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'failing-fixture', mocha);
  globalThis.describe('failing fixture', () => {
    globalThis.it('compares two different numbers', () => {
      assert.equal(1 + 1, 3);
    });
  });
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
};
