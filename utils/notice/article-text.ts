/**
 * An article's text as the notice reader wants it: one line per block (paragraph, heading, list
 * item, line break), each table row as "cell | cell |", and nothing of scripts, styles,
 * navigation or forms. It walks any DOM-shaped tree (the browser's, or a parser's in Node), so
 * it needs no DOM of its own; picking the article out of a whole page is the caller's (a
 * readability library), as is parsing.
 */

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
