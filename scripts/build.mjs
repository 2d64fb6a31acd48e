// Bundles the extension, the command line, the benchmarks and the integration suite with esbuild.
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables do not list Unicode property escapes (\p{Lu}) as supported by Node, so it rewrites
  // every such literal as `new RegExp(...)`, which builds a new RegExp on each call inside a function.
  // Node has supported them since version 10.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

const integrationDir = 'test/integration';
const integrationEntries = existsSync(integrationDir)
  ? readdirSync(integrationDir).filter((f) => f === 'index.ts' || f.endsWith('.spec.ts')).map((f) => join(integrationDir, f))
  : [];

const builds = [
  { ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  { ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/analysis-worker.js' },
  ...(existsSync('scripts/bench.ts') ? [{ ...common, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js' }] : []),
  // The integration suite runs inside the extension host; mocha stays external so the host loads the project's copy.
  ...(integrationEntries.length ? [{ ...common, entryPoints: integrationEntries, outdir: 'out/integration', external: ['vscode', 'mocha'] }] : []),
];

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
