/** Real Chromium (Debian's) driven by playwright-core, and the demo site on sample data. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type DemoServer, startDemoServer } from '../../demo/server';
import { SAMPLE_DATE } from '../../samples';
import { parseDate } from '../../utils/date/civil';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export { launchExtension } from '../../scripts/launch-extension';

/** The demo site with the samples as generated for SAMPLE_DATE: the same data whenever the tests run. */
export function demo(): Promise<DemoServer> {
  return startDemoServer({ asOf: parseDate(SAMPLE_DATE)! });
}

/** One Chromium and one demo site for a test file: started before its tests, closed after. */
export function useDemoSite(): { browser: Browser; server: DemoServer } {
  const env = {} as { browser: Browser; server: DemoServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launch(), demo()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Waits until the widget with this id has rendered its feed (its title is shown). */
export async function ready(page: Page, id: string) {
  await page.locator(`clear-clinic#${id} .cc-title`).waitFor({ timeout: 15_000 });
}

/** Sets attributes on a widget (they are live) and waits for it to render again. */
export async function setAttributes(page: Page, id: string, attributes: Record<string, string | null>) {
  await page.evaluate(
    ([id, attributes]) => {
      const el = document.getElementById(id as string)!;
      for (const [name, value] of Object.entries(attributes as Record<string, string | null>)) {
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
    },
    [id, attributes] as const,
  );
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Runs axe-core on the page (shadow roots included); returns its violations. */
export async function axe(
  page: Page,
  context = 'clear-clinic',
  options: { aaa?: boolean } = {},
): Promise<AxeViolation[]> {
  // Evaluated rather than added as a script tag: extension pages' CSP refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(
    async ([context, aaa]) => {
      const result = await (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
      ).axe.run(
        { include: [...document.querySelectorAll(context as string)] },
        // AAA contrast (7:1) is its own rule, off by default: large mode promises it.
        { resultTypes: ['violations'], ...(aaa ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {}) },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    [context, options.aaa ?? false] as const,
  );
}

/** Events the page's widgets dispatch, recorded from before the first script runs. */
export async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __events: { type: string; id: string; detail: unknown }[] };
    w.__events = [];
    for (const type of ['clearclinic:load', 'clearclinic:error', 'clearclinic:select-slot']) {
      document.addEventListener(type, (e) =>
        w.__events.push({ type, id: (e.target as HTMLElement).id, detail: (e as CustomEvent).detail }),
      );
    }
  });
}

export function events(page: Page): Promise<{ type: string; id: string; detail: Record<string, unknown> }[]> {
  return page.evaluate(() => (window as unknown as { __events: never[] }).__events);
}

/** Whether the page's origin has a stored copy of a feed (the widget stores it just after showing it). */
export function isStored(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('clearclinic');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('feeds')) {
            db.close();
            resolve(false);
            return;
          }
          const get = db.transaction('feeds', 'readonly').objectStore('feeds').get(url);
          get.onsuccess = () => {
            db.close();
            resolve(get.result !== undefined);
          };
          get.onerror = () => {
            db.close();
            resolve(false);
          };
        };
      }),
    url,
  );
}

/**
 * The text sizes a reader meets on a page, shadow roots included: the body's size (or, with
 * `scope` naming a widget, the widget's), and every visible piece of text smaller than `floor`
 * px, named by its element and its words.
 */
export function textSizes(page: Page, floor: number, scope?: string): Promise<{ body: number; small: string[] }> {
  return page.evaluate(
    ([floor, scope]) => {
      const small: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          const el = node.parentElement;
          if (!text || !el || el.closest('script, style, template, .visually-hidden, .cc-sr')) continue;
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
          const px = parseFloat(style.fontSize);
          if (px < floor) small.push(`${px}px <${el.localName} class="${el.className}">${text.slice(0, 30)}`);
        }
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      const host = scope ? document.querySelector(scope) : null;
      if (scope && !host) throw new Error(`textSizes: nothing matches ${scope}`);
      const root = host?.shadowRoot ?? document;
      visit(root);
      const base = host?.shadowRoot?.querySelector('.cc') ?? document.body;
      return { body: parseFloat(getComputedStyle(base).fontSize), small };
    },
    [floor, scope] as const,
  );
}

const JSQR = readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8');

/**
 * What a phone would read from a QR code: the element's screenshot (as drawn on the page)
 * decoded by jsQR in a page of its own, so it also works on pages with scripts off.
 */
export async function decodeQr(browser: Browser, png: Buffer): Promise<string | null> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.evaluate(JSQR);
    return await page.evaluate(
      async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(image, 0, 0);
        const { data, width, height } = g.getImageData(0, 0, image.width, image.height);
        const decode = (
          window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
        ).jsQR;
        return decode(data, width, height)?.data ?? null;
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
  } finally {
    await context.close();
  }
}
