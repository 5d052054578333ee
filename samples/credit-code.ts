import { creditCodeCheckChar, orgCodeCheckChar } from '../utils/identity/credit-code';

/**
 * A 统一社会信用代码 that passes both checks: `12` (事业单位), an administrative region
 * code, then an organization code whose check characters are computed.
 */
export function makeCreditCode(region: string, org8: string): string {
  const first17 = `12${region}${org8}${orgCodeCheckChar(org8)}`;
  return first17 + creditCodeCheckChar(first17);
}
