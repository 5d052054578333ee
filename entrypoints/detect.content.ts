import { pageFeeds } from '../utils/extension/page-feeds';

// Detection: reads only the page's ClearClinic feed links and sends only those.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const found = pageFeeds(document);
    if (found.urls.length > 0 || found.inline)
      void browser.runtime.sendMessage({ type: 'clearclinic:page-feeds', ...found });
    // The popup asks again when it opens on this tab (the page may have changed since).
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      if ((message as { type?: string } | null)?.type === 'clearclinic:which-feeds') sendResponse(pageFeeds(document));
    });
  },
});
