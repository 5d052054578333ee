/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set, the last a
 * mod-31 check character; characters 9–17 are the 组织机构代码 (GB 11714) whose last
 * character is its own mod-11 check.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export type CreditCodeCheck =
  | { valid: true }
  | { valid: false; reason: 'format' }
  | { valid: false; reason: 'checksum' | 'org-checksum'; expected: string };

/** The GB 32100 check character for the first 17 characters of a code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check character of an organization code's first 8 characters. */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i]!;
    // GB 11714 values: digits as themselves, letters A=10 … Z=35.
    const value = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += value * ORG_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Whether a string is a well-formed 统一社会信用代码 whose check characters match. */
export function checkCreditCode(code: string): CreditCodeCheck {
  if (!FORMAT.test(code)) return { valid: false, reason: 'format' };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return { valid: false, reason: 'checksum', expected };
  const org = code.slice(8, 17);
  const orgExpected = orgCodeCheckChar(org.slice(0, 8));
  if (orgExpected !== org[8]) {
    return { valid: false, reason: 'org-checksum', expected: orgExpected };
  }
  return { valid: true };
}
