// Self-test fixture for scripts/vscode-host/run.mjs (see selftest.sh): a passing suite that takes a
// screenshot through the real helper. selftest.sh bundles it to out/integration-fixtures/screenshot/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { screenshot } from '../../integration/screenshot';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'screenshot-fixture', mocha);
  describe('screenshot fixture', () => {
    it('saves a PNG of the workbench through the runner', async () => {
      const dir = process.env.TRIANGULATE_SCREENSHOT_DIR;
      assert.ok(dir, 'TRIANGULATE_SCREENSHOT_DIR is not set');
      await screenshot('selftest-workbench');
      const png = fs.readFileSync(path.join(dir, 'selftest-workbench.png'));
      assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    });
  });
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
