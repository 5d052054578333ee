/**
 * Reading feeds named on the command line: a file path, an http(s):// URL, `-` for
 * standard input, or `@FILE` listing sources one per line. Never throws for a source
 * that cannot be read: that is a result with a readable message.
 *
 * Every source goes through one reader, `readCapped`, which stops at the size cap counted
 * in bytes actually read (a stat says 0 for /dev/zero and for pipes) and gives up at the
 * timeout, whatever the source: a server that never answers, a named pipe nobody writes
 * to, a terminal nobody types in, an endless device.
 */
import { constants, type FileHandle, open } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapConcurrent } from '../utils/async/map-concurrent';
import { MAX_FEED_BYTES } from '../utils/feed/validate';
import type { Lang } from '../utils/i18n/local-text';
import { CliError, formatCount, msg } from './messages';

export type SourceRead =
  | { source: string; ok: true; bytes: Uint8Array }
  /**
   * Larger than the cap: read no further (the feed reader reports `feed.too-large`).
   * `oversize` is the whole size when `exact` (a regular file, a declared length), else
   * the bytes read when reading stopped.
   */
  | { source: string; ok: true; oversize: number; exact: boolean }
  | { source: string; ok: false; message: string };

/** Standard input as the reader needs it: process.stdin, or a stream a test gives. */
export type InputStream = AsyncIterable<Uint8Array | string> & { isTTY?: boolean; destroy(): unknown };

export interface ReadOptions {
  lang: Lang;
  timeoutMs: number;
  maxBytes?: number;
  /** Sources read at once; default 8. */
  concurrency?: number;
  /** What `-` reads; default process.stdin. */
  stdin?: InputStream;
  /** Says something to the person at the terminal (that standard input is awaited). */
  notice?: (line: string) => unknown;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The sources named by the arguments, with `@FILE` lists expanded in place. */
export async function expandSources(args: readonly string[], options: ReadOptions): Promise<string[]> {
  const { lang } = options;
  const out: string[] = [];
  for (const arg of args) {
    if (!arg.startsWith('@')) {
      out.push(arg);
      continue;
    }
    const listPath = arg.slice(1);
    const read = await readLocalFile(listPath, options);
    if (!read.ok) throw new CliError(read.message);
    if ('oversize' in read) throw new CliError(msg(lang, 'listTooLarge', { source: arg }));
    const entries = new TextDecoder()
      .decode(read.bytes)
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

/** Maps every source through `fn` once read, `concurrency` at a time; results keep the order. */
export function eachSource<R>(
  sources: readonly string[],
  options: ReadOptions,
  fn: (read: SourceRead) => R | Promise<R>,
): Promise<R[]> {
  return mapConcurrent(sources, options.concurrency ?? 8, async (source) => fn(await readSource(source, options)));
}

/** One source, whatever it is, through the capped, timed reader. */
export function readSource(source: string, options: ReadOptions): Promise<SourceRead> {
  if (source === '-') return readCapped(source, 'stdin', options, () => openStdin(options));
  if (isUrl(source)) return readCapped(source, 'url', options, (signal) => openUrl(source, signal, options));
  return readLocalFile(source, options);
}

/** A path, never a URL nor standard input (`@FILE` lists and profile files). */
export function readLocalFile(path: string, options: ReadOptions): Promise<SourceRead> {
  return readCapped(path, 'file', options, (signal) => openFile(path, signal, options.lang));
}

type Kind = 'file' | 'stdin' | 'url';

/** A source opened for reading. */
interface Opened {
  chunks: AsyncIterator<Uint8Array>;
  /** The whole size when the source knows it before it is read (a regular file). */
  size?: number;
  /** True while a named pipe has had no writer yet (what a timeout then means). */
  waiting?: () => boolean;
  /** Lets go of the source, also while a read is pending; never throws. */
  close(): void;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Reads what `open` opens, to its end, at most `maxBytes` and within `timeoutMs`: a read
 * that would go past the cap stops there and answers `oversize`; time running out answers
 * a message naming the source, whatever the source was doing.
 */
async function readCapped(
  source: string,
  kind: Kind,
  options: ReadOptions,
  open: (signal: AbortSignal) => Promise<Opened | SourceRead>,
): Promise<SourceRead> {
  const max = options.maxBytes ?? MAX_FEED_BYTES;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(TIMED_OUT);
    }, options.timeoutMs);
  });
  let opened: Opened | undefined;
  let size = 0;
  const timeout = () => ({ source, ok: false as const, message: timeoutMessage(source, kind, opened, size, options) });
  try {
    const opening = open(controller.signal);
    const first = await Promise.race([opening, timedOut]);
    if (first === TIMED_OUT) {
      opening.then(
        (o) => 'chunks' in o && o.close(),
        () => {},
      );
      return timeout();
    }
    if (!('chunks' in first)) return first;
    opened = first;
    const parts: Uint8Array[] = [];
    for (;;) {
      const next = opened.chunks.next();
      // Settles after a timeout too, when the source is let go: nobody awaits it then.
      next.catch(() => {});
      const step = await Promise.race([next, timedOut]);
      if (step === TIMED_OUT) return timeout();
      if (step.done) break;
      size += step.value.byteLength;
      if (size > max) {
        const whole = opened.size;
        const exact = whole !== undefined && whole >= size;
        return { source, ok: true, oversize: exact ? whole : size, exact };
      }
      parts.push(step.value);
    }
    return { source, ok: true, bytes: concat(parts, size) };
  } catch (e) {
    if (controller.signal.aborted) return timeout();
    return { source, ok: false, message: readError(source, kind, e, options.lang) };
  } finally {
    clearTimeout(timer);
    controller.abort();
    opened?.close();
  }
}

function timeoutMessage(source: string, kind: Kind, opened: Opened | undefined, bytes: number, options: ReadOptions) {
  const { lang } = options;
  const seconds = options.timeoutMs / 1000;
  if (kind === 'url' && bytes === 0) return msg(lang, 'timeout', { source, seconds });
  if (opened?.waiting?.()) return msg(lang, 'fifoNoWriter', { source, seconds });
  return msg(lang, 'readTimeout', {
    source: kind === 'stdin' ? msg(lang, 'stdinName') : source,
    seconds,
    bytes: formatCount(bytes, lang),
  });
}

function readError(source: string, kind: Kind, e: unknown, lang: Lang): string {
  if (kind === 'file') return fileError(source, e, lang);
  if (kind === 'stdin') {
    return msg(lang, 'unreadable', { source: msg(lang, 'stdinName'), detail: errorCode(e) });
  }
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  // Node's fetch gives up after 20 redirects with only this message to tell it apart.
  if (cause?.message === 'redirect count exceeded') return msg(lang, 'redirects', { source });
  return msg(lang, 'network', { source, detail: cause?.code ?? cause?.message ?? String(e) });
}

function fileError(source: string, e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return msg(lang, 'notFound', { source });
  if (code === 'EISDIR') return msg(lang, 'isDirectory', { source });
  return msg(lang, 'unreadable', { source, detail: errorCode(e) });
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? String(e);

const CHUNK = 64 * 1024;

/**
 * A file, a named pipe or a device. Opened non-blocking: open() of a named pipe with no
 * writer would otherwise wait for one in a libuv thread that nothing can interrupt, and
 * keep the process alive after the timeout.
 */
async function openFile(path: string, signal: AbortSignal, lang: Lang): Promise<Opened | SourceRead> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let info: Awaited<ReturnType<FileHandle['stat']>>;
  try {
    info = await handle.stat();
  } catch (e) {
    await handle.close().catch(() => {});
    throw e;
  }
  if (info.isDirectory()) {
    await handle.close().catch(() => {});
    return { source: path, ok: false, message: msg(lang, 'isDirectory', { source: path }) };
  }
  // A named pipe reads as ended (0 bytes) until a writer opens it; then as empty (EAGAIN)
  // while the writer is silent, and as ended once it closes.
  const state = { writerSeen: !info.isFIFO() };
  const chunks = pollChunks(handle, state, signal);
  return {
    chunks,
    size: info.isFile() ? info.size : undefined,
    waiting: () => !state.writerSeen,
    close: () => {
      chunks.return(undefined).catch(() => {});
    },
  };
}

/** Reads a non-blocking handle, waiting a little longer each time it has nothing yet. */
async function* pollChunks(
  handle: FileHandle,
  state: { writerSeen: boolean },
  signal: AbortSignal,
): AsyncGenerator<Uint8Array, void, undefined> {
  let idle = 0;
  const pause = () => sleep(Math.min(50, 2 ** Math.min(idle++, 6)), undefined, { signal });
  try {
    for (;;) {
      const buffer = new Uint8Array(CHUNK);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK, null));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        state.writerSeen = true;
        await pause();
        continue;
      }
      if (bytesRead > 0) {
        state.writerSeen = true;
        idle = 0;
        yield buffer.subarray(0, bytesRead);
      } else if (state.writerSeen) return;
      else await pause();
    }
  } finally {
    await handle.close().catch(() => {});
  }
}

async function openStdin(options: ReadOptions): Promise<Opened> {
  const stdin = options.stdin ?? process.stdin;
  if (stdin.isTTY) {
    await options.notice?.(
      msg(options.lang, 'stdinWaiting', {
        seconds: options.timeoutMs / 1000,
        eof: process.platform === 'win32' ? 'Ctrl+Z, Enter' : 'Ctrl+D',
      }),
    );
  }
  const iterator = stdin[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return {
    chunks: {
      next: async () => {
        const step = await iterator.next();
        if (step.done) return { done: true, value: undefined };
        return { done: false, value: typeof step.value === 'string' ? encoder.encode(step.value) : step.value };
      },
    },
    // Ends a pending read too (an iterator's return() would wait behind it).
    close: () => stdin.destroy(),
  };
}

async function openUrl(source: string, signal: AbortSignal, options: ReadOptions): Promise<Opened | SourceRead> {
  const { lang } = options;
  const max = options.maxBytes ?? MAX_FEED_BYTES;
  try {
    new URL(source);
  } catch {
    return { source, ok: false, message: msg(lang, 'badUrl', { source }) };
  }
  const response = await fetch(source, { signal, headers: { accept: 'application/json' }, redirect: 'follow' });
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return { source, ok: false, message: msg(lang, 'httpStatus', { source, status: response.status }) };
  }
  // A declared length over the cap is refused unread; the cap still counts what arrives.
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) {
    await response.body?.cancel().catch(() => {});
    return { source, ok: true, oversize: declared, exact: true };
  }
  const reader = response.body?.getReader();
  if (!reader) return { source, ok: true, bytes: new Uint8Array(0) };
  return {
    chunks: {
      next: async () => {
        const step = await reader.read();
        return step.done ? { done: true, value: undefined } : { done: false, value: step.value };
      },
    },
    close: () => {
      reader.cancel().catch(() => {});
    },
  };
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
