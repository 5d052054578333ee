/**
 * A notice's source as text: plain text as it is; an HTML page (a saved file, or what a URL
 * served) as its article's text — the article picked out by Mozilla's Readability over a
 * linkedom document, then walked block by block with tables kept as rows (articleLines).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleLines, type NodeLike } from '../../utils/notice/article-text';

/** Whether bytes read from `source` are an HTML page rather than plain text. */
export function looksLikeHtml(text: string, source: string): boolean {
  return /\.x?html?$/i.test(source) || /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<table)/i.test(text);
}

export function noticeTextFromBytes(bytes: Uint8Array, source: string): string {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return looksLikeHtml(text, source) ? htmlArticleText(text) : text;
}

export function htmlArticleText(html: string): string {
  const { document } = parseHTML(html);
  // Readability changes the document it reads: it gets its own copy.
  type ReadableDocument = ConstructorParameters<typeof Readability>[0];
  const article = new Readability(parseHTML(html).document as unknown as ReadableDocument, {
    charThreshold: 20,
  }).parse();
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title?.trim() ?? '';
  if (article?.content) {
    const body = articleLines(
      parseHTML(`<html><body>${article.content}</body></html>`).document as unknown as NodeLike,
    );
    // Readability keeps the title apart from the content; the notice's title says its year and holiday.
    const head = article.title?.trim() || title;
    return head && !body.startsWith(head) ? `${head}\n${body}` : body;
  }
  return articleLines(document as unknown as NodeLike);
}
