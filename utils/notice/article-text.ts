/**
 * An article's text as the notice reader wants it: one line per block (paragraph, heading, list
 * item, line break), each table row as "cell | cell |", and nothing of scripts, styles,
 * navigation or forms. It walks any DOM-shaped tree (the browser's, or linkedom's in Node), so
 * it needs no DOM of its own: the caller passes its HTML parser. The article is picked out of the
 * whole page by Mozilla's Readability, as Firefox's reader view does.
 */
import { Readability } from '@mozilla/readability';

/** The little of a DOM node the walk reads. */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'IFRAME',
  'SVG',
  'HEAD',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'CENTER',
  'FIGURE',
  'FIGCAPTION',
  'CAPTION',
  'HR',
]);

const TEXT = 3;
const ELEMENT = 1;

/** The article's text, block by block; tables as rows of cells. */
export function articleLines(root: NodeLike): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === TEXT) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') return flush();
    if (name === 'TR') {
      flush();
      const cells: string[] = [];
      for (const cell of Array.from(node.childNodes)) {
        const cellName = cell.nodeName.toUpperCase();
        if (cellName !== 'TD' && cellName !== 'TH') continue;
        const inner = articleLines(cell).replace(/\n/g, ' ').replace(/\|/g, '/');
        cells.push(inner);
      }
      if (cells.some((c) => c.trim())) lines.push(`${cells.join(' | ')} |`);
      return;
    }
    const block = BLOCK.has(name) || name === 'TABLE';
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** A parsed document, as much of it as the article's text needs. */
export interface DocumentLike extends NodeLike {
  title?: string;
  body?: NodeLike | null;
}

/** A page's article as text: its title, then its blocks; the whole page's text when no article stands out. */
export function htmlArticleText(html: string, parse: (html: string) => DocumentLike): string {
  type ReadableDocument = ConstructorParameters<typeof Readability>[0];
  // Readability changes the document it reads: it gets its own.
  const article = new Readability(parse(html) as unknown as ReadableDocument, { charThreshold: 20 }).parse();
  if (!article?.content) return articleLines(parse(html));
  const body = articleLines(parse(`<!doctype html><html><body>${article.content}</body></html>`));
  // Readability keeps the title apart from the content; a notice's title says its year and holiday.
  const head = article.title?.trim() ?? '';
  return head && !body.startsWith(head) ? `${head}\n${body}` : body;
}
