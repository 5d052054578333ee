import { expect, test } from 'vitest';
import { useDemoSite } from './harness';

const env = useDemoSite();

/** How much wider than the viewport the page became (0 when it fits). */
async function overflow(path: string, width: number, prepare?: string): Promise<number> {
  const page = await env.browser.newPage({ viewport: { width, height: 800 }, locale: 'zh-CN' });
  try {
    await page.goto(`${env.server.url}${path}`);
    if (prepare) await page.evaluate(prepare);
    if (path === '/tools/') await page.getByRole('button', { name: '载入示例数据' }).click();
    await page.locator('clear-clinic .cc-title').first().waitFor();
    // Every widget's day strip has its fifteen days in it by now.
    await page.locator('clear-clinic .cc-days .cc-day').first().waitFor();
    return await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  } finally {
    await page.close();
  }
}

test.each([1280, 390, 320])(
  'at %i px the widget fits its container: a two-column grid, the large mode, the tools preview',
  async (width) => {
    for (const path of ['/', '/pediatrics.html', '/large.html', '/tools/'])
      expect({ path, overflow: await overflow(path, width) }).toEqual({ path, overflow: 0 });
  },
);

test('in a flex row and a grid track sized by content, the strip scrolls inside the widget', async () => {
  const wrap = (outer: string) => `(() => {
    const widget = document.querySelector('clear-clinic');
    const box = document.createElement('div');
    box.setAttribute('style', ${JSON.stringify(outer)});
    const cell = document.createElement('div');
    const side = document.createElement('aside');
    side.textContent = '侧栏';
    widget.replaceWith(box);
    cell.append(widget);
    box.append(cell, side);
  })()`;
  for (const outer of ['display:flex;gap:1em', 'display:grid;grid-template-columns:1fr 200px'])
    expect({ outer, overflow: await overflow('/', 390, wrap(outer)) }).toEqual({ outer, overflow: 0 });
});
