/**
 * Debian's Chromium with the built Chrome extension (`.output/chrome-mv3`) loaded, headless,
 * in a fresh profile: for the end-to-end tests, `npm run bench:extension` and
 * `npm run screenshots`. `close()` closes the browser and removes its profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export interface LoadedExtension {
  context: BrowserContext;
  /** The extension's service worker (the background). */
  worker: Worker;
  /** `chrome-extension://<id>` */
  origin: string;
  close(): Promise<void>;
}

export async function launchExtension(args: string[] = []): Promise<LoadedExtension> {
  const extension = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
  const profile = mkdtempSync(join(tmpdir(), 'clearclinic-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    origin: `chrome-extension://${new URL(worker.url()).host}`,
    async close() {
      await context.close();
      // Chromium may still be writing as it exits: retried, and never an error.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // left for the system's tmp cleaning
      }
    },
  };
}
