/** Feeds larger than this are refused before parsing (feed-v1 "Size"). */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
