// Renders the application icon build/icon.png (512×512, transparent corners) from build/icon.svg, the
// same drawing as the LogoMark in the renderer. electron-builder makes the Windows .ico and the
// AppImage icons from it. Run after changing the drawing: node scripts/render-icon.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('build/icon.svg', 'utf8').replace(/width="\d+" height="\d+"/, 'width="512" height="512"');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
