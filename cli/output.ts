/**
 * Writing what the commands produce: to standard output and error, or to an `--out` file.
 * A write that fails (a full disk, a missing folder, a directory) is one line naming where,
 * exit 2; a reader that stops early (`| head`) ends the output quietly.
 */
import { constants, open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Lang } from '../utils/i18n/local-text';
import type { Output } from './context';
import { CliError, msg } from './messages';

/** A write to standard output failed (not because its reader left). */
export class OutputError extends Error {
  constructor(readonly errno: NodeJS.ErrnoException) {
    super(errno.message);
  }
}

/**
 * An Output over a Node stream; each write resolves once the stream has taken it, so a
 * slow reader slows the command instead of filling memory. Errors arrive as events too
 * (also from writes that are not ours, like the progress bar's), so a listener keeps them
 * from becoming an uncaught exception.
 *
 * Standard output: when its reader has gone (EPIPE), later writes are dropped and
 * `closed` says so; any other failure rejects with OutputError. Standard error: failures
 * are dropped, since there is nowhere left to report them; the exit code still tells.
 */
export function streamOutput(stream: NodeJS.WriteStream, which: 'stdout' | 'stderr'): Output {
  let closed = false;
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || which === 'stderr') closed = true;
    else failure ??= e;
  };
  stream.on('error', fail);
  return {
    isTTY: stream.isTTY,
    get closed() {
      return closed;
    },
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        const settle = () => (failure ? reject(new OutputError(failure)) : resolve());
        if (closed || failure) return settle();
        try {
          stream.write(text, (e) => {
            if (e) fail(e);
            settle();
          });
        } catch (e) {
          // A synchronous stream (a file, /dev/full) can throw from write() itself.
          fail(e as NodeJS.ErrnoException);
          settle();
        }
      }),
  };
}

/** Why a write to `target` failed, in one line of the user's language. */
export function writeFailure(target: string, e: NodeJS.ErrnoException, lang: Lang): string {
  const reason = WRITE_REASONS[e.code ?? ''];
  return msg(lang, 'writeFailed', { target, detail: reason ? reason[lang] : (e.code ?? e.message) });
}

const WRITE_REASONS: Record<string, Record<Lang, string>> = {
  ENOSPC: { 'zh-CN': '磁盘空间已满', en: 'no space left on the device' },
  EDQUOT: { 'zh-CN': '超出磁盘配额', en: 'disk quota exceeded' },
  ENOENT: { 'zh-CN': '所在文件夹不存在', en: 'its folder does not exist' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EISDIR: { 'zh-CN': '这是一个文件夹', en: 'it is a folder' },
  EACCES: { 'zh-CN': '没有写入权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '没有写入权限', en: 'permission denied' },
  EROFS: { 'zh-CN': '只读文件系统', en: 'read-only file system' },
  EFBIG: { 'zh-CN': '超出文件大小限制', en: 'file too large' },
  EIO: { 'zh-CN': '输入输出错误', en: 'input/output error' },
  ENXIO: { 'zh-CN': '这是命名管道，但没有程序在读取它', en: 'a named pipe that no program is reading' },
  EPIPE: { 'zh-CN': '读取它的程序已关闭', en: 'the program reading it has closed it' },
  ETIMEDOUT: { 'zh-CN': '长时间写不进去（--timeout）', en: 'it took nothing for too long (--timeout)' },
};

/**
 * Refuses an `--out` that cannot be written before the work starts (a folder, a missing
 * folder), rather than after an audit of a thousand hospitals.
 */
export async function checkOut(path: string, lang: Lang): Promise<void> {
  const fail = (code: string) => {
    throw new CliError(writeFailure(path, Object.assign(new Error(code), { code }), lang));
  };
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) fail('EISDIR');
  if (info) return;
  const folder = await stat(dirname(resolve(path))).catch((e: NodeJS.ErrnoException) => e);
  if (folder instanceof Error) fail(folder.code === 'ENOENT' ? 'ENOENT' : (folder.code ?? 'EIO'));
  else if (!folder.isDirectory()) fail('ENOTDIR');
}

/**
 * Writes `text` to the file `path` (`--out`), replacing it. Opened non-blocking: a named
 * pipe nobody reads would otherwise block open() for good; a reader that takes nothing for
 * `timeoutMs` ends the write.
 */
export async function writeOut(path: string, text: string, lang: Lang, timeoutMs: number): Promise<void> {
  try {
    const handle = await open(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NONBLOCK ?? 0),
      0o666,
    );
    try {
      let data = Buffer.from(text);
      let idle = 0;
      let stalledSince = Date.now();
      while (data.byteLength > 0) {
        try {
          const { bytesWritten } = await handle.write(data, 0, data.byteLength, null);
          data = data.subarray(bytesWritten);
          idle = 0;
          stalledSince = Date.now();
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
          if (Date.now() - stalledSince > timeoutMs) throw Object.assign(new Error('stalled'), { code: 'ETIMEDOUT' });
          await sleep(Math.min(50, 2 ** Math.min(idle++, 6)));
        }
      }
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw new CliError(writeFailure(path, e as NodeJS.ErrnoException, lang));
  }
}
