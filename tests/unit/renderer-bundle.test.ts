// The renderer runs in a sandboxed page: it must not reach for Node or Electron, and its first download stays small.
import { describe, expect, it } from 'vitest';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');
const built = existsSync(join(OUT, 'index.html'));
const INITIAL_BUDGET_GZIP = 600 * 1024;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') || e.name.endsWith('.mjs') ? [join(dir, e.name)] : [],
  );
}

const builtins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))].map((m) => m.replace(/[/]/g, '\\/'));
const specifier = `(?:node:[\\w/]+|electron(?:\\/[\\w/]+)?|${builtins.join('|')})`;
// import … from "x", import("x"), require("x"), export … from "x"
const forbidden = new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s+)["'\`]${specifier}["'\`]`, 'g');

/** Finds Node built-in and electron imports in a piece of bundled code. */
function forbiddenImports(code: string): string[] {
  return [...code.matchAll(forbidden)].map((m) => m[0]);
}

describe('forbiddenImports (the scanner itself)', () => {
  it('finds the ways a bundle can import Node or Electron', () => {
    expect(forbiddenImports('import{readFile as a}from"node:fs";')).toHaveLength(1);
    expect(forbiddenImports('const p=require("path"),c=require(\'child_process\')')).toHaveLength(2);
    expect(forbiddenImports('import("fs/promises")')).toHaveLength(1);
    expect(forbiddenImports('import {ipcRenderer} from "electron"')).toHaveLength(1);
    expect(forbiddenImports('import "electron/renderer"')).toHaveLength(1);
  });
  it('leaves ordinary code alone', () => {
    expect(forbiddenImports('const path="/api/"+m; fetch(path); x.from("fs")')).toEqual([]);
    expect(forbiddenImports('import{a}from"./assets/session-1.js"')).toEqual([]);
  });
});

describe.skipIf(!built)('the built renderer (out/renderer)', () => {
  it('has no Node built-in and no electron import in any chunk', () => {
    const files = jsFiles(OUT);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) => forbiddenImports(readFileSync(f, 'utf8')).map((hit) => `${f.slice(OUT.length + 1)}: ${hit}`));
    expect(found).toEqual([]);
  });

  it(`keeps the first download (entry + preloaded chunks) under ${INITIAL_BUDGET_GZIP / 1024} KB gzipped`, () => {
    const html = readFileSync(join(OUT, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    const total = initial.reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f))).length, 0);
    expect(total).toBeLessThan(INITIAL_BUDGET_GZIP);
  });

  it('ships index.html with the CSP nonce placeholder and no inline script', () => {
    const html = readFileSync(join(OUT, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="csp-nonce" content="__CSP_NONCE__"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
  });
});

if (!built) {
  describe('the built renderer (out/renderer)', () => {
    it.skip('is not built: run `node scripts/build.mjs` to check the bundle for Node and Electron imports', () => undefined);
  });
}
