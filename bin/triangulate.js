#!/usr/bin/env node
'use strict';
// The command line lives in the bundle built by `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('triangulate: the command line is not built yet. Run `npm run build` in ' + join(__dirname, '..') + ' first.');
  process.exit(2);
}
require(cli).main();
