import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageFeeds } from '../utils/extension/adapters/page-feeds';
import { readMessage, sendPageFeeds } from '../utils/extension/messages';

// Detection: reads only the page's ClearClinic feed links and sends only those.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const found = pageFeeds(document);
    if (found.urls.length > 0 || found.inline) sendPageFeeds(browser, found).catch(() => undefined); // no background to hear it (reloading): nothing to do
    // The popup asks again when it opens on this tab (the page may have changed since).
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      if (readMessage(message)?.type === 'clearclinic:which-feeds') sendResponse(pageFeeds(document));
    });
  },
});
