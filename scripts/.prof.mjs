import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const label of ['cold', 'cold', 'cold']) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:5180/bench.html');
  await page.waitForFunction(() => performance.getEntriesByName('clearclinic:render').length > 0);
  const marks = await page.evaluate(() => { const t0 = performance.getEntriesByName('clearclinic:script')[0].startTime; return performance.getEntriesByType('mark').map(m => `${m.name}=${(m.startTime - t0).toFixed(0)}`).join(' ') + ' | script@' + t0.toFixed(0); });
  console.log(label, marks);
  const res = await page.evaluate(() => performance.getEntriesByType('resource').map(r => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`).join('\n'));
  if (label === 'cold') console.log(res);
  await ctx.close(); break;
}
await browser.close();
