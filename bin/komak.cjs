#!/usr/bin/env node
// The `komak` command. The CLI is bundled to out/cli/komak.cjs by `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`komak needs Node.js 24 (found ${process.versions.node}).\n`);
  process.exit(1);
}
const bundle = join(__dirname, '..', 'out', 'cli', 'komak.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('komak is not built yet: run "npm run build" in the project folder.\n');
  process.exit(1);
}
require(bundle);
