import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const sizes = { phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 } };
const paths = (process.argv[2] ?? '/,/module/jezelf-laten-zien/1,/module/jezelf-laten-zien/3,/answers,/top3,/settings,/help').split(',');
for (const [name, viewport] of Object.entries(sizes)) {
  const ctx = await browser.newContext({ viewport, locale: 'nl-NL', deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  for (const p of paths) {
    await page.goto('http://localhost:4173' + p);
    await page.waitForTimeout(600);
    const file = `/tmp/shots/${name}${p.replace(/\//g, '_') || '_home'}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await ctx.close();
}
await browser.close();
