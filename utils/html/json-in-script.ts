/**
 * JSON as the text of an HTML <script> element (JSON-LD, a feed inline in <clear-clinic>).
 * Inside a script element the HTML parser looks only for `<`: `</script` ends the element
 * wherever it stands, and `<!--` followed by `<script` makes it run past the real end tag
 * and swallow the page after it. So no `<` may appear raw; `>` and `&` go too, so the text
 * survives XHTML and templates that unescape entities, and U+2028/U+2029, which older
 * JavaScript engines take for line ends. Each becomes its `\uXXXX` escape, which JSON reads
 * back as the same character: outside strings JSON text holds none of them.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value, null, indent)`, safe to place between `<script …>` and `</script>`. */
export function jsonInScript(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(UNSAFE, unicodeEscape);
}
