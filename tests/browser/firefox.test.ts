/**
 * The Firefox build (`.output/firefox-mv2`, built by global-setup) at run time: Debian's
 * firefox-esr, headless, driven by puppeteer-core over WebDriver BiDi, the extension installed
 * as a temporary add-on. MV2 has no `browser.action`, only `browserAction`: detection's badge
 * and title must go through it. The popup, opened as a page over a site's tab as the Chromium
 * tests do, shows that site's hospital and saves it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, expect, test } from 'vitest';
import type { DemoServer } from '../../demo/server';
import { uiLang } from '../../utils/extension/adapters/ui-lang';
import type { Feed } from '../../utils/feed/schema';
import { type Lang, textIn } from '../../utils/i18n/local-text';
import { t } from '../../utils/i18n/strings';
import { glanceText } from '../../utils/i18n/strings-extension';
import { demo } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
// Firefox gives each add-on a random internal UUID per profile; this pref fixes it, so that
// the tests know the extension's pages' addresses.
const UUID = '5d1c3f0e-9b7a-4c1e-8f2d-3a6b0c9e7d41';
const ORIGIN = `moz-extension://${UUID}`;

/** The WebExtension API as Firefox MV2 has it, in the few calls the tests make. */
interface FirefoxApi {
  action?: unknown;
  browserAction?: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  i18n: { getUILanguage(): string };
}

interface Session {
  browser: Browser;
  server: DemoServer;
  /** An extension page kept open to ask the extension's APIs (MV2's background is not reachable). */
  probe: Page;
  /** What the popup and the badge speak: the browser's language, as on first use. */
  lang: Lang;
  ui: string;
}

let session: Promise<Session> | undefined;

/**
 * Firefox with the extension and the demo site, started by the first test that needs them (a
 * failure in a beforeAll would only mark the tests skipped: here each test fails, saying why).
 */
function firefox(): Promise<Session> {
  session ??= (async () => {
    if (!existsSync(FIREFOX))
      throw new Error(
        `No Firefox at ${FIREFOX}: the Firefox tests need Debian's firefox-esr (apt-get install -y firefox-esr, as .ci/run does) or FIREFOX_PATH`,
      );
    if (!existsSync(`${EXTENSION}/manifest.json`))
      throw new Error(`No Firefox build at ${EXTENSION}: global-setup runs \`wxt build -b firefox\``);
    const manifest = JSON.parse(readFileSync(`${EXTENSION}/manifest.json`, 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    const server = await demo();
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: FIREFOX,
        headless: true,
        // Without it, WebDriver BiDi refuses to navigate a tab to a moz-extension: page.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: UUID }),
        },
        protocolTimeout: 60_000,
      });
      await browser.installExtension(EXTENSION);
      const probe = await extensionPage(browser, 'options.html');
      const ui = await probe.evaluate(() =>
        (globalThis as unknown as { browser: FirefoxApi }).browser.i18n.getUILanguage(),
      );
      return { browser, server, probe, ui, lang: uiLang({ lang: 'auto' }, ui) };
    } catch (e) {
      await closeBrowser(browser);
      await server.close();
      throw e;
    }
  })();
  return session;
}

afterAll(async () => {
  const s = await session?.catch(() => undefined);
  await closeBrowser(s?.browser);
  await s?.server.close();
}, 60_000);

/** Closes Firefox (puppeteer removes its temporary profile); kills it if it does not exit. */
async function closeBrowser(browser: Browser | undefined) {
  if (!browser) return;
  const child = browser.process();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    browser.close().catch(() => undefined),
    new Promise((r) => {
      timer = setTimeout(r, 30_000);
    }),
  ]);
  clearTimeout(timer);
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Opens one of the extension's pages in a new tab and waits until it has loaded. */
async function extensionPage(browser: Browser, path: string, width?: number): Promise<Page> {
  const page = await browser.newPage();
  if (width) await page.setViewport({ width, height: 700 });
  const url = `${ORIGIN}/${path}`;
  // Firefox's remote agent never reports a navigation to a moz-extension: page as done, so
  // goto would time out although the page loads: it is started, and the page itself is watched.
  page.goto(url).catch(() => undefined);
  // An evaluation between two documents fails: asked again.
  const loaded = () =>
    page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
  await expect.poll(loaded, { timeout: 30_000, interval: 200, message: `${url} did not load` }).toBe(true);
  return page;
}

/** The WebExtension id of the tab showing this address, as the extension sees it. */
async function tabOf(s: Session, url: string): Promise<number> {
  const id = await s.probe.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** The badge text and title of a tab. */
const badge = (s: Session, tabId: number) =>
  s.probe.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
    return {
      text: await api.browserAction!.getBadgeText({ tabId: id }),
      title: await api.browserAction!.getTitle({ tabId: id }),
    };
  }, tabId);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('Firefox MV2: a page naming a feed gets the badge and the localized title within 3 s; others none', async () => {
  const s = await firefox();
  // Why this suite exists: MV2 has the toolbar button as browserAction only.
  expect(
    await s.probe.evaluate(() => {
      const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
      return [typeof api.action, typeof api.browserAction];
    }),
  ).toEqual(['undefined', 'object']);
  // The title is the extension's own string, in the browser's UI language (Debian's firefox-esr is English).
  const title = /^zh/i.test(s.ui) ? '本网站发布了明白就医数据' : 'This site publishes a ClearClinic feed';
  const name = /^zh/i.test(s.ui) ? '明白就医 ClearClinic' : 'ClearClinic · 明白就医';

  const site = await s.browser.newPage();
  await site.goto(`${s.server.url}/about.html`);
  const tab = await tabOf(s, `${s.server.url}/about.html`);
  await sleep(1500);
  expect(await badge(s, tab)).toEqual({ text: '', title: name });

  const loaded = Date.now();
  await site.goto(`${s.server.url}/guide.html`);
  await expect.poll(() => badge(s, tab), { timeout: 3000 }).toEqual({ text: '✓', title });
  expect(Date.now() - loaded).toBeLessThan(3000);

  // Navigating away to a page without a feed clears it.
  await site.goto(`${s.server.url}/about.html`);
  await sleep(1000);
  expect(await badge(s, tab)).toEqual({ text: '', title: name });
  await site.close();
}, 180_000);

test('Firefox MV2: the popup over a site naming its feed shows that hospital at a glance, and Save keeps it', async () => {
  const s = await firefox();
  const feed = JSON.parse(s.server.feeds.get('/.well-known/clearclinic.json')!) as Feed;
  const id = feed.hospital.id;
  const g = (key: Parameters<typeof glanceText>[1]) => glanceText(s.lang, key);

  /** The popup for the tab showing this page of the demo site (as a page: headless has no toolbar). */
  const popupOver = async (path: string) => {
    const site = await s.browser.newPage();
    await site.goto(`${s.server.url}${path}`);
    const popup = await extensionPage(s.browser, `popup.html?tab=${await tabOf(s, `${s.server.url}${path}`)}`, 360);
    await popup.waitForSelector(`#this-site [data-hospital-id="${id}"]`, { timeout: 30_000 });
    return { site, popup };
  };
  const text = (page: Page, selector: string) =>
    page.$eval(selector, (el) => el.textContent ?? '').catch(() => undefined);

  const { site, popup } = await popupOver('/guide.html');
  const card = `#this-site [data-hospital-id="${id}"]`;
  expect(await text(popup, `${card} h2`)).toBe(textIn(feed.hospital.name, s.lang));
  const now = (await text(popup, `${card} .now`)) ?? '';
  expect(now.startsWith(g('openNow')) || now.startsWith(g('closedNow')), now).toBe(true);
  expect(await popup.$$eval(`${card} dt`, (els) => els.map((e) => e.textContent))).toEqual(
    expect.arrayContaining([t(s.lang, 'today'), g('glanceNextHoliday')]),
  );
  expect(await text(popup, `${card} button`)).toBe(g('popupSave'));
  await popup.click(`${card} button`);
  await expect.poll(() => text(popup, `${card} button`), { timeout: 30_000 }).toBe(g('popupSaved'));
  await popup.waitForSelector(`#saved [data-hospital-id="${id}"] .age`, { timeout: 30_000 });
  // It fits Firefox for Android's 360 px.
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await Promise.all([popup.close(), site.close()]);

  // Kept: a popup opened afresh on another page of that site lists it as saved.
  const again = await popupOver('/about.html');
  await again.popup.waitForSelector(`#saved [data-hospital-id="${id}"]`, { timeout: 30_000 });
  await expect.poll(() => text(again.popup, `${card} button`), { timeout: 30_000 }).toBe(g('popupSaved'));
  await Promise.all([again.popup.close(), again.site.close()]);
}, 180_000);

test('Firefox: the pre-rendered widget is drawn from its declarative shadow root and taken over where it stands', async () => {
  const s = await firefox();
  const page = await s.browser.newPage();
  await page.goto(`${s.server.url}/prerendered.html`);
  // The shadow root came from the HTML: its title is there whether or not the script has run.
  const title = (await page.waitForFunction(
    () => document.querySelector('clear-clinic')?.shadowRoot?.querySelector('.cc-title') ?? false,
    { timeout: 30_000 },
  )) as unknown as ElementHandle<Element>;
  await page.waitForFunction(() => performance.getEntriesByName('clearclinic:render').length > 0, {
    timeout: 30_000,
  });
  // The same element, now the script's: the <link> and the <slot> are gone, the days respond.
  expect(await title.evaluate((el) => el.isConnected)).toBe(true);
  expect(
    await page.evaluate(
      () => document.querySelector('clear-clinic')!.shadowRoot!.querySelectorAll('link, slot').length,
    ),
  ).toBe(0);
  await page.evaluate(() =>
    (document.querySelector('clear-clinic')!.shadowRoot!.querySelectorAll('.cc-day')[1] as HTMLElement).click(),
  );
  await expect
    .poll(() =>
      page.evaluate(() =>
        document
          .querySelector('clear-clinic')!
          .shadowRoot!.querySelectorAll('.cc-day')[1]!
          .getAttribute('aria-pressed'),
      ),
    )
    .toBe('true');
  await page.close();
});
