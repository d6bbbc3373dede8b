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
// `komak serve` runs for days and is measured against a memory budget. V8 sizes the young generation
// from the machine's memory (here 64 MB semi-spaces: 128 MB of new space, resident once touched);
// a report or an import then fills it with short-lived objects and the process's peak grows by
// ~100 MB for no gain. 8 MB semi-spaces keep the peak down at no measurable cost in speed. A V8 heap
// limit can only be set when the process starts: the process replaces itself (same pid, no child)
// with the flag. Where execve is missing (Windows) it runs as it is.
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
