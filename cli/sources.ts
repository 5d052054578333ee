/**
 * Reading feeds named on the command line: a file path, an http(s):// URL, `-` for
 * standard input, or `@FILE` listing sources one per line. Never throws for a source
 * that cannot be read: that is a result with a readable message.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { mapConcurrent } from '../utils/async/map-concurrent';
import { MAX_FEED_BYTES } from '../utils/feed/validate';
import type { Lang } from '../utils/i18n/local-text';
import { CliError, msg } from './messages';

export type SourceRead =
  | { source: string; ok: true; bytes: Uint8Array }
  /** Larger than the cap: not read (the feed reader reports `feed.too-large`). */
  | { source: string; ok: true; oversize: number }
  | { source: string; ok: false; message: string };

export interface ReadOptions {
  lang: Lang;
  timeoutMs: number;
  maxBytes?: number;
  /** URLs fetched at once; default 8. */
  concurrency?: number;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The sources named by the arguments, with `@FILE` lists expanded in place. */
export async function expandSources(args: readonly string[], lang: Lang): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (!arg.startsWith('@')) {
      out.push(arg);
      continue;
    }
    const listPath = arg.slice(1);
    let text: string;
    try {
      text = await readFile(listPath, 'utf8');
    } catch (e) {
      throw new CliError(fileError(arg, e, lang));
    }
    const entries = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    if (entries.length === 0) throw new CliError(msg(lang, 'emptyList', { source: arg }));
    for (const entry of entries) {
      if (entry.startsWith('@')) throw new CliError(msg(lang, 'nestedList', { source: arg, inner: entry }));
      out.push(isUrl(entry) || entry === '-' || isAbsolute(entry) ? entry : resolve(dirname(listPath), entry));
    }
  }
  if (out.filter((s) => s === '-').length > 1) throw new CliError(msg(lang, 'stdinTwice'));
  return out;
}

/** Reads every source, URLs at most `concurrency` at a time; results keep the order. */
export function readSources(sources: readonly string[], options: ReadOptions): Promise<SourceRead[]> {
  return mapConcurrent(sources, options.concurrency ?? 8, (source) => readSource(source, options));
}

export async function readSource(source: string, options: ReadOptions): Promise<SourceRead> {
  const max = options.maxBytes ?? MAX_FEED_BYTES;
  if (source === '-') return readStream(source, process.stdin, max);
  if (isUrl(source)) return readUrl(source, options, max);
  try {
    const info = await stat(source);
    if (info.isDirectory()) return { source, ok: false, message: msg(options.lang, 'isDirectory', { source }) };
    if (info.size > max) return { source, ok: true, oversize: info.size };
    return { source, ok: true, bytes: await readFile(source) };
  } catch (e) {
    return { source, ok: false, message: fileError(source, e, options.lang) };
  }
}

function fileError(source: string, e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return msg(lang, 'notFound', { source });
  if (code === 'EISDIR') return msg(lang, 'isDirectory', { source });
  return msg(lang, 'unreadable', { source, detail: code ?? String(e) });
}

async function readStream(
  source: string,
  stream: AsyncIterable<Uint8Array | string>,
  max: number,
): Promise<SourceRead> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > max) return { source, ok: true, oversize: size };
    chunks.push(bytes);
  }
  return { source, ok: true, bytes: concat(chunks, size) };
}

async function readUrl(source: string, options: ReadOptions, max: number): Promise<SourceRead> {
  const { lang, timeoutMs } = options;
  try {
    new URL(source);
  } catch {
    return { source, ok: false, message: msg(lang, 'badUrl', { source }) };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(source, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
      redirect: 'follow',
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { source, ok: false, message: msg(lang, 'httpStatus', { source, status: response.status }) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > max) {
      await response.body?.cancel().catch(() => {});
      return { source, ok: true, oversize: declared };
    }
    if (!response.body) return { source, ok: true, bytes: new Uint8Array(0) };
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => {});
        return { source, ok: true, oversize: size };
      }
      chunks.push(value);
    }
    return { source, ok: true, bytes: concat(chunks, size) };
  } catch (e) {
    if (controller.signal.aborted) {
      return { source, ok: false, message: msg(lang, 'timeout', { source, seconds: timeoutMs / 1000 }) };
    }
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return {
      source,
      ok: false,
      message: msg(lang, 'network', { source, detail: cause?.code ?? cause?.message ?? String(e) }),
    };
  } finally {
    clearTimeout(timer);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
