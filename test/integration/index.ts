// Entry point of the integration suite: VS Code loads this file (bundled to out/integration/index.js)
// inside the extension host and calls run(). Works under scripts/vscode-host/run.mjs (offline,
// code-server + Chromium) and under @vscode/test-electron (desktop VS Code). See docs/testing.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const grep = process.env.TRIANGULATE_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false, // the output is read by the runner and by CI logs
    reporter: 'spec',
    timeout: 20_000,
    ...(grep ? { grep } : {}),
  });

  // The bundles live beside this file (out/integration/*.spec.js).
  const specs = fs.readdirSync(__dirname).filter((f) => f.endsWith('.spec.js')).sort();
  for (const spec of specs) mocha.addFile(path.join(__dirname, spec));

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // A grep that matches nothing, or specs missing from the bundle, must not pass.
        if (runner.total === 0) reject(new Error(grep ? `no integration test matches TRIANGULATE_TEST_GREP="${grep}"` : 'no integration tests found'));
        else if (failures === 0) resolve();
        else reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`));
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
