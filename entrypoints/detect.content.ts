import { pageFeeds } from '../utils/extension/page-feeds';

// Detection: reads only the page's ClearClinic feed links and sends only those.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const found = pageFeeds(document);
    if (found.urls.length > 0 || found.inline) void browser.runtime.sendMessage({ type: 'clearclinic:page-feeds', ...found });
  },
});
