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
// `komak serve` runs for days and is measured against a memory budget (300 MB on the ten-year
// benchmark facility). V8 sizes the young generation from the machine's memory: 64 MB semi-spaces
// here, 128 MB of new space that a report fills and that stays resident. 8 MB semi-spaces are
// plenty for the backend's work (the old generation's growth is set in electron/heap-tuning.ts).
// This V8 flag only takes effect when the process starts, so it replaces itself (execve: same pid,
// no child process) with it. Where execve is missing (Windows) it runs with V8's default.
const SERVE_V8_FLAGS = ['--max-semi-space-size=8'];
if (
  process.argv[2] === 'serve' &&
  typeof process.execve === 'function' &&
  ![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-semi-space-size'))
) {
  process.execve(
    process.execPath,
    [process.execPath, ...process.execArgv, ...SERVE_V8_FLAGS, __filename, ...process.argv.slice(2)],
    process.env,
  );
}
require(bundle);
