/**
 * `npm run bench:tools [-- --peer DIR]`: typing into the webmaster tools' feed box with a
 * 5 MiB feed loaded, in headless Chromium. Ten keystrokes, 80 ms apart (a quick typist);
 * printed: the slowest keystroke's latency (Event Timing: input to the next frame), the
 * main thread's long-task time while typing, and how many checks ran. With `--peer DIR`, the
 * same run against another checkout's built tools (its own demo server), side by side. A bare
 * textarea holding the same text is measured first: Chromium spends most of a keystroke in a
 * 5 MiB textarea itself (about 0.8 s here), which no checking code can take away.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { SAMPLE_DATE } from '../samples';
import { parseDate } from '../utils/date/civil';
import { observeKeystrokes, readKeystrokes } from './keystrokes';
import { median } from './median';

const { values } = parseArgs({ options: { peer: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const TARGET = 5 * 1024 * 1024 - 4096;

interface Figures {
  slowest: number;
  longTasks: number;
}

async function measure(root: string, bare = false): Promise<Figures[]> {
  const { startDemoServer } = (await import(resolve(root, 'demo/server.ts'))) as typeof import('../demo/server');
  const server = await startDemoServer({ asOf: parseDate(SAMPLE_DATE)! });
  const feed = JSON.parse(server.feeds.get('/.well-known/clearclinic.json')!);
  // Padded to just under 5 MiB with more guide items (valid: copies under new ids).
  const items = feed.guide.items;
  let text = JSON.stringify(feed, null, 1);
  for (let n = 0; text.length < TARGET; n++) {
    const copy = structuredClone(items[n % items.length]);
    copy.id = `${copy.id}-${n}`;
    items.push(copy);
    if (n % 200 === 0) text = JSON.stringify(feed, null, 1);
  }
  while (new TextEncoder().encode(text).length > TARGET) {
    items.pop();
    text = JSON.stringify(feed, null, 1);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const out: Figures[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      // The baseline: a bare textarea as the tools page has it, holding the same text, nothing listening.
      if (bare)
        await page.setContent(
          '<textarea id="feed-text" rows="16" spellcheck="false"></textarea><p id="summary" class="ok">ok</p>',
        );
      else await page.goto(`${server.url}/tools/`);
      await page.evaluate((value) => {
        const area = document.querySelector<HTMLTextAreaElement>('#feed-text')!;
        area.value = value;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      await page.locator('#summary.ok, #summary.bad').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1500);
      await observeKeystrokes(page);
      await page.locator('#feed-text').focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' '.repeat(10), { delay: 80 });
      await page.waitForTimeout(2000);
      const { slowest, longTasks } = await readKeystrokes(page);
      out.push({ slowest, longTasks });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const here = resolve(import.meta.dirname, '..');
const rows: [string, Figures[]][] = [
  ['a bare textarea (baseline)', await measure(here, true)],
  ['this checkout', await measure(here)],
];
if (values.peer) rows.push([`peer ${values.peer}`, await measure(resolve(values.peer))]);
console.log(`webmaster tools · typing 10 characters into a 5 MiB feed · median of ${RUNS} runs`);
for (const [name, r] of rows)
  console.log(
    `${name.padEnd(32)} slowest keystroke ${median(r.map((x) => x.slowest))
      .toFixed(0)
      .padStart(5)} ms · long tasks while typing ${median(r.map((x) => x.longTasks))
      .toFixed(0)
      .padStart(6)} ms`,
  );
const long = rows.map(([, r]) => median(r.map((x) => x.longTasks)));
console.log(`long-task time, this / bare textarea: ${(long[1]! / Math.max(long[0]!, 1)).toFixed(2)}×`);
if (long[2] !== undefined) console.log(`long-task time, this / peer: ${(long[1]! / Math.max(long[2], 1)).toFixed(2)}×`);
