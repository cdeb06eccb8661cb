// Renders the app icons (PNG) from public/favicon.svg with Chromium. Run once after the
// icon changes: node scripts/make-icons.mjs. The PNGs are committed in public/.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findChromium } from '../tests/e2e/find-chromium.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
const icons = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'apple-touch-icon.png', size: 180, padding: 0 },
  // Maskable icons keep their content in the inner 80% ("safe zone").
  { file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
];
for (const { file, size, padding } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * padding));
  const body = padding
    ? `<div style="width:${size}px;height:${size}px;background:#1f5f5b;display:grid;place-items:center">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div>`
    : svg.replace('<svg ', `<svg width="${size}" height="${size}" `).replace('rx="14"', 'rx="0"');
  await page.setContent(`<html><body style="margin:0">${body}</body></html>`);
  await page.screenshot({ path: `public/${file}`, omitBackground: false });
}
await browser.close();
console.log('icons written to public/');
