import { onPageFeeds } from '../utils/extension/badge';

export default defineBackground(() => {
  // Detection: a tab whose page names a feed gets a badge and a title saying so.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (message?.type === 'clearclinic:page-feeds' && sender.tab?.id !== undefined) void onPageFeeds(browser, sender.tab.id, message);
  });
});
