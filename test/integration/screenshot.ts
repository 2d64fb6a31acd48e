// Screenshots of the workbench, taken from inside a test (e.g. for docs/images/).
//
// Test code runs in the extension host and cannot reach the browser page, so it asks the runner:
// it logs the marker `[[screenshot:<name>]]`; scripts/vscode-host/run.mjs sees the line (everything
// the host logs reaches it), saves the page as $TRIANGULATE_SCREENSHOT_DIR/<name>.png, and this
// function polls the shared filesystem until the file is there. When TRIANGULATE_SCREENSHOT_DIR is
// not set (e.g. under @vscode/test-electron) it does nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';

const TIMEOUT_MS = 10_000;
const POLL_MS = 100;

export async function screenshot(name: string): Promise<void> {
  const dir = process.env.TRIANGULATE_SCREENSHOT_DIR;
  if (!dir) return;
  if (!/^[A-Za-z0-9._-]+$/.test(name)) {
    throw new Error(`screenshot name must match [A-Za-z0-9._-]+, got "${name}"`);
  }
  const file = path.join(dir, `${name}.png`);
  const requestedAt = Date.now() - 1000; // slack for coarse file timestamps
  console.log(`[[screenshot:${name}]]`);
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && stat.mtimeMs >= requestedAt) return;
    if (Date.now() > deadline) {
      throw new Error(`screenshot "${name}" was not saved to ${file} within ${TIMEOUT_MS / 1000}s`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
