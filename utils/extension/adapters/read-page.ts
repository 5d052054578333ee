/**
 * "读取本页门诊安排" (extension.md, Read this page): on the person's click only, the current tab's
 * page is read (through `scripting`, which `activeTab` grants for that click) and its article
 * read as a holiday notice against a saved hospital's feed. Nothing else of the page is read,
 * and nothing is read without the click.
 */
import type { Feed } from '../../feed/schema';
import type { Lang } from '../../i18n/local-text';
import { type DocumentLike, htmlArticleText } from '../../notice/article-text';
import { type NoticeTable, noticeTable } from '../../notice/notice-table';
import { type NoticeReading, readNotice } from '../../notice/read-notice';

/** The page's HTML is cut at this size: a notice is never longer. */
export const PAGE_LIMIT = 2_000_000;

export interface ScriptingApi {
  scripting: {
    executeScript(details: { target: { tabId: number }; func: () => string }): Promise<{ result?: unknown }[]>;
  };
}

export async function pageHtml(api: ScriptingApi, tabId: number): Promise<string> {
  const [frame] = await api.scripting.executeScript({
    target: { tabId },
    // The function runs in the page, serialized: it sees no module constant, so PAGE_LIMIT is written out.
    func: () => document.documentElement.outerHTML.slice(0, 2_000_000),
  });
  return typeof frame?.result === 'string' ? frame.result.slice(0, PAGE_LIMIT) : '';
}

export interface PageReading {
  reading: NoticeReading;
  table?: NoticeTable;
  text: string;
}

export function readPageNotice(html: string, feed: Feed, pageUrl: string, lang: Lang): PageReading {
  const text = htmlArticleText(html, (h) => new DOMParser().parseFromString(h, 'text/html') as unknown as DocumentLike);
  const reading = readNotice(text, feed, {
    url: pageUrl,
    lang,
    publishedAtFallback: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  return { reading, text, ...(reading.notice && { table: noticeTable(feed, reading.notice, lang) }) };
}
