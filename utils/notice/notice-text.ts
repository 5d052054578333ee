/**
 * The words of hospitals' holiday notices, as the reader (read-notice.ts) meets them: text made
 * regular (full-width forms, dashes), Chinese numerals, and the vocabulary of dates, parts of
 * the day, statuses and clock times. Pure: no DOM, no I/O.
 */

/** Full-width letters, digits and punctuation as ASCII; every dash and tilde a range as "-"; spaces collapsed. */
export function normalizeNoticeText(text: string): string {
  return (
    text
      // Circled and bracketed numbers are list numbers ("②9月27日"), not digits of the date after them.
      .replace(/[\u2460-\u2473]/g, (c) => `(${c.charCodeAt(0) - 0x2460 + 1})`)
      .replace(/[\u2474-\u2487]/g, (c) => `(${c.charCodeAt(0) - 0x2474 + 1})`)
      .normalize('NFKC')
      .replace(/\r\n?/g, '\n')
      .replace(/[‐‑‒–—―−~〜～﹣－]+/g, '-')
      .replace(/[ \t\u00a0\u3000]+/g, ' ')
  );
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十 → 10, 二十一 → 21, 三十 → 30, 七 → 7; "二〇一七" (digit by digit) → 2017. Undefined when not a numeral. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十]+$/.test(text)) return undefined;
  if (!text.includes('十')) return Number([...text].map((c) => DIGITS[c]).join(''));
  const [tens, ones] = text.split('十') as [string, string];
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

/** 周一…周日 / 星期一…星期天 → 0 (Monday) … 6 (Sunday). */
export const WEEKDAY_WORDS: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

/** The holidays by the words notices use, as the national calendar names them. */
export const HOLIDAY_WORDS: readonly [RegExp, string][] = [
  [/元旦/, '元旦'],
  [/春节|除夕|初一/, '春节'],
  [/清明/, '清明节'],
  [/劳动节|五一/, '劳动节'],
  [/端午/, '端午节'],
  [/中秋/, '中秋节'],
  [/国庆/, '国庆节'],
];

/** "8:00", "8点", "8点半", "11点30分", "8时" → minutes after midnight. */
export function clockMinutes(text: string): number | undefined {
  const m = /^(\d{1,2})(?::(\d{2})|[点时](?:(半)|(\d{1,2})分?)?)$/.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] !== undefined ? Number(m[2]) : m[3] ? 30 : m[4] !== undefined ? Number(m[4]) : 0;
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** A clock time as the pattern the reader scans for (the forms clockMinutes reads). */
export const CLOCK = String.raw`\d{1,2}(?::\d{2}|[点时](?:半|\d{1,2}分?)?)`;
