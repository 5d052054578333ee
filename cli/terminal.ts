/**
 * Text from feeds, file names and servers on the way to a person's terminal. A feed is
 * anybody's text: an ESC in a hospital's name could retitle or clear the terminal, a
 * carriage return could print "valid" over an error, a bidi override could reverse what a
 * line seems to say. Every human output passes such text through `printable`, which shows
 * those characters instead of sending them: `\n`, `\r`, `\t`, else `\u001b` as in JSON.
 */
import { styleText } from 'node:util';

/**
 * C0 controls (newline and tab included: one problem is one line), DEL, C1 controls (U+009B
 * is a CSI to some terminals), the bidi marks, embeddings, overrides and isolates, and the
 * Unicode line and paragraph separators.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** The same outside C0, which JSON.stringify escapes already. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const visible = (c: string) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every character that could steer a terminal shown as a visible escape. */
export function printable(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** A multi-line document (CSV, HTML) for a terminal: each line printable, the line breaks kept. */
export function printableLines(text: string): string {
  return text
    .split(/(\r?\n)/)
    .map((part, i) => (i % 2 === 1 ? part : printable(part)))
    .join('');
}

/**
 * One value as JSON that is also safe on a terminal. JSON.stringify escapes C0 but leaves
 * DEL, C1 and bidi controls raw; those can only occur inside strings, where `\uXXXX` means
 * the same character, so the parsed value is unchanged.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_JSON, visible);
}

export type Style = Parameters<typeof styleText>[0];

/**
 * `text` made printable, then styled when the output is in color. Whether it is was decided
 * from the stream the text goes to (CliContext.color), so styleText must not look again at
 * process.stdout.
 */
export function paint(color: boolean, style: Style, text: string): string {
  const safe = printable(text);
  return color ? styleText(style, safe, { validateStream: false }) : safe;
}
