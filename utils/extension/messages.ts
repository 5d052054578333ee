/**
 * The one protocol between the extension's parts: every message the detection content
 * script, the background and the pages send each other, as one discriminated union, with
 * what each is answered with. Senders and listeners go through these functions, so a
 * message's shape is checked where it is sent and narrowed where it is received.
 */

/** The feeds a page names (link[rel~=clearclinic], clear-clinic[src]) and whether one is inline. */
export interface PageFeeds {
  urls: string[];
  inline: boolean;
}

/** The content script tells the background what the page names (the badge follows). */
export interface PageFeedsMessage extends PageFeeds {
  type: 'clearclinic:page-feeds';
}

/** The popup asks the content script of its tab what the page names now. */
export interface WhichFeedsMessage {
  type: 'clearclinic:which-feeds';
}

export type ExtensionMessage = PageFeedsMessage | WhichFeedsMessage;

/** What each message is answered with. */
export interface MessageAnswers {
  'clearclinic:page-feeds': undefined;
  'clearclinic:which-feeds': PageFeeds;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A message as received (from any sender), checked: anything else is undefined. */
export function readMessage(value: unknown): ExtensionMessage | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const m = value as Record<string, unknown>;
  if (m.type === 'clearclinic:which-feeds') return { type: 'clearclinic:which-feeds' };
  if (m.type === 'clearclinic:page-feeds' && isStrings(m.urls) && typeof m.inline === 'boolean') {
    return { type: 'clearclinic:page-feeds', urls: m.urls, inline: m.inline };
  }
  return undefined;
}

/** An answer to which-feeds, checked (a page's script could answer anything). */
export function readPageFeeds(value: unknown): PageFeeds | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const m = value as Record<string, unknown>;
  return isStrings(m.urls) && typeof m.inline === 'boolean' ? { urls: m.urls, inline: m.inline } : undefined;
}

/** The parts of the browser API the protocol uses (so tests can pass a fake). */
export interface MessagingApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** Content script → background: the page's feeds. */
export function sendPageFeeds(api: Pick<MessagingApi, 'runtime'>, found: PageFeeds): Promise<unknown> {
  const message: PageFeedsMessage = { type: 'clearclinic:page-feeds', ...found };
  return api.runtime.sendMessage(message);
}

/** Popup → the content script of a tab: what does the page name now? Undefined when nothing answers. */
export async function askWhichFeeds(api: Pick<MessagingApi, 'tabs'>, tabId: number): Promise<PageFeeds | undefined> {
  const message: WhichFeedsMessage = { type: 'clearclinic:which-feeds' };
  const answer = await api.tabs.sendMessage(tabId, message).catch(() => undefined);
  return readPageFeeds(answer);
}
