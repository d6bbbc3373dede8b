// Electronegativity (Doyensec's Electron security scanner) over the main process and the preload.
// Any finding above LOW fails the test unless electronegativity-allow.json names it with a reason;
// an allow-list entry that no longer matches a finding fails too, so the list cannot go stale.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const ALLOW_FILE = join(import.meta.dirname, 'electronegativity-allow.json');

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name?: string; value: number };
  confidence: { name?: string; value: number };
  description: string;
  manualReview: boolean;
}
interface RunResult {
  issues: Finding[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}
interface AllowEntry {
  id: string;
  file: string;
  reason: string;
}

type Run = (options: Record<string, unknown>, forCli?: boolean) => Promise<RunResult>;

/** What the scanner sees: the two Electron folders, and the CSP module whose header the protocol handler sends. */
function scanTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'komak-eneg-'));
  cpSync(join(ROOT, 'electron', 'main'), join(dir, 'main'), { recursive: true });
  cpSync(join(ROOT, 'electron', 'preload'), join(dir, 'preload'), { recursive: true });
  cpSync(join(ROOT, 'electron', 'csp.ts'), join(dir, 'csp.ts'));
  return dir;
}

async function scan(dir: string): Promise<RunResult> {
  const require = createRequire(import.meta.url);
  const mod = require('@doyensec/electronegativity') as { default?: Run } & Run;
  const run = mod.default ?? mod;
  // The Electron version the app ships (read as a file: only main and preload may import that package).
  const electron = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string })
    .version;
  try {
    return await run(
      {
        input: dir,
        electronVersionOverride: electron,
        isRelative: true,
        severitySet: 'informational',
        confidenceSet: 'tentative',
        // This check downloads Electron's release list (offline here, and a test must not depend on the network);
        // the Electron version is kept current by the dependency updates instead.
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      },
      false,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Electronegativity on electron/main and electron/preload', () => {
  it('parses every file and finds nothing above LOW that is not justified', async () => {
    const result = await scan(scanTree());
    const hardErrors = result.errors.filter((e) => !e.tolerable);
    expect(hardErrors, 'files the scanner could not parse').toEqual([]);
    const allow = JSON.parse(readFileSync(ALLOW_FILE, 'utf8')) as AllowEntry[];
    for (const a of allow) expect(a.reason.length, `reason for ${a.id}`).toBeGreaterThan(30);

    const severityOf = (f: Finding) => (f.severity.name ?? '').toUpperCase();
    const serious = result.issues.filter((f) => !['INFORMATIONAL', 'LOW'].includes(severityOf(f)));
    const key = (x: { id: string; file: string }) => `${x.id} @ ${x.file.replace(/\\/g, '/')}`;
    const allowed = new Set(allow.map(key));
    const unjustified = serious
      .filter((f) => !allowed.has(key(f)))
      .map((f) => `${key(f)}:${f.location.line} ${severityOf(f)} — ${f.description}`);
    expect(unjustified, 'findings above LOW without a reason in electronegativity-allow.json').toEqual([]);
    const found = new Set(serious.map(key));
    const stale = allow.filter((a) => !found.has(key(a))).map(key);
    expect(stale, 'allow-list entries that no longer match a finding (remove them)').toEqual([]);
  });

  it('would catch a regression: an unisolated, unsandboxed window without guards is found above LOW', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'komak-eneg-bad-'));
    writeFileSync(
      join(dir, 'window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true, sandbox: false } });\n",
    );
    const result = await scan(dir);
    const ids = result.issues.filter((f) => ['MEDIUM', 'HIGH'].includes((f.severity.name ?? '').toUpperCase())).map((f) => f.id);
    // Also the two global checks our own tree passes: no navigation guard, no permission handler here.
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  });
});
