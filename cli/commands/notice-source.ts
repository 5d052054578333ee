/**
 * A notice's source as text: plain text as it is; an HTML page (a saved file, or what a URL
 * served) as its article's text, parsed in Node by linkedom (htmlArticleText).
 */
import { parseHTML } from 'linkedom';
import { type DocumentLike, htmlArticleText } from '../../utils/notice/article-text';

/** Whether bytes read from `source` are an HTML page rather than plain text. */
export function looksLikeHtml(text: string, source: string): boolean {
  return /\.x?html?$/i.test(source) || /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<table)/i.test(text);
}

export function noticeTextFromBytes(bytes: Uint8Array, source: string): string {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return looksLikeHtml(text, source)
    ? htmlArticleText(text, (html) => parseHTML(html).document as unknown as DocumentLike)
    : text;
}
