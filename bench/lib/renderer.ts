// The renderer: its initial JavaScript (what index.html loads before the first page: the entry
// script and its modulepreloads, gzipped) and the time to first render in Chromium, each run in a
// fresh browser context (nothing cached) against the running `komak serve`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { summarize, type Timing } from './stats';

export interface InitialJs {
  files: Array<{ file: string; bytes: number; gzipped: number }>;
  gzippedKb: number;
}

export function initialJs(root: string): InitialJs {
  const dir = join(root, 'out', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  const files = [...new Set(refs)].map((ref) => {
    const bytes = readFileSync(join(dir, ref.replace(/^\.?\//, '')));
    return { file: ref, bytes: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzippedKb: Math.round((files.reduce((n, f) => n + f.gzipped, 0) / 1024) * 10) / 10 };
}

/** Navigation start → first contentful paint, and → the sign-in form on screen (the app rendered). */
export async function firstRender(url: string, runs: number): Promise<{ fcp: Timing; rendered: Timing }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const fcp: number[] = [];
  const rendered: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const shown = await page.waitForFunction(
        () => (document.querySelector('main input, form input') ? performance.now() : 0),
        undefined,
        {
          polling: 'raf',
          timeout: 60_000,
        },
      );
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      // The first run warms the server's file cache and Chromium's own start-up; it is not counted.
      if (i > 0) {
        rendered.push((await shown.jsonValue()) as number);
        if (paint !== null) fcp.push(paint);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { fcp: summarize(fcp.length ? fcp : [0]), rendered: summarize(rendered) };
}
