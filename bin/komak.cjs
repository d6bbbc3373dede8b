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
// benchmark facility). V8's defaults are sized from the machine's memory, not the app's needs:
// - the young generation (64 MB semi-spaces here: 128 MB of new space, resident once a report has
//   filled it) → 8 MB semi-spaces;
// - the old generation may grow to 4× what is live before a full collection, so the garbage of a few
//   PDFs (each promotes ~12 MB of layout objects) piles up → at most 1.5× (no hard limit is set).
// These V8 flags only take effect when the process starts, so it replaces itself (execve: same pid,
// no child process) with them. Where execve is missing (Windows) it runs with V8's defaults.
const SERVE_V8_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];
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
