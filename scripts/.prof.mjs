import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext(); const page = await ctx.newPage();
const show = async (label) => {
  await page.waitForFunction(() => performance.getEntriesByName('clearclinic:render').length > 0);
  await page.waitForTimeout(300);
  console.log(label, await page.evaluate(() => { const t0 = performance.getEntriesByName('clearclinic:script')[0].startTime; return performance.getEntriesByType('mark').map(m => `${m.name.replace('dbg:','')}=${(m.startTime - t0).toFixed(0)}`).join(' '); }));
};
await page.goto('http://127.0.0.1:5180/bench.html'); await show('cold');
for (let i = 0; i < 3; i++) { await page.goto('http://127.0.0.1:5180/bench.html'); await show('warm'); }
await browser.close();
