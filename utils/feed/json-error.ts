/**
 * Where a JSON text stops being JSON. `JSON.parse` says *that* a text is broken, but
 * engines differ in whether and how they say *where* (V8 often gives no position at all),
 * so this scanner finds the offset itself. It runs only after `JSON.parse` failed.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Offset of the first character that cannot continue a JSON text; text.length = it ends too early. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  };
  const string = (): boolean => {
    for (i++; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c !== 0x5c) i++;
      else if (text[i + 1] === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) {
          i += 2;
          return false;
        }
        i += 6;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) i += 2;
      else {
        i++;
        return false;
      }
    }
    return false;
  };
  const word = (w: string): boolean => {
    for (let k = 0; k < w.length; k++, i++) if (text[i] !== w[k]) return false;
    return true;
  };
  // Containers live on an explicit stack, so deep nesting cannot overflow the call stack.
  const stack: { close: '}' | ']'; empty: boolean }[] = [];
  /** A scalar, or the opening of a container (pushed). */
  const value = (): boolean => {
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push({ close: c === '{' ? '}' : ']', empty: true });
      i++;
      return true;
    }
    if (c === '"') return string();
    if (c === 't') return word('true');
    if (c === 'f') return word('false');
    if (c === 'n') return word('null');
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };

  if (!value()) return Math.min(i, n);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    skipSpace();
    if (text[i] === top.close) {
      stack.pop();
      i++;
      continue;
    }
    if (!top.empty) {
      if (text[i] !== ',') return Math.min(i, n);
      i++;
      skipSpace();
    }
    top.empty = false;
    if (top.close === '}') {
      if (text[i] !== '"' || !string()) return Math.min(i, n);
      skipSpace();
      if (text[i] !== ':') return Math.min(i, n);
      i++;
    }
    if (!value()) return Math.min(i, n);
  }
  skipSpace();
  return i;
}
