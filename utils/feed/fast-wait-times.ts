/**
 * A fast path for `waitTimes`: a figure per department and month, hundreds in a large
 * hospital's feed. It tests exactly what WaitStatSchema states and builds the same output
 * (known keys only). It only ever says "all valid, here they are" or "don't know": then zod
 * checks them and reports exactly. A property test holds it to zod.
 */
import { fastArray, isSafeInt } from './fast-path';
import { DATE_PATTERN, ID_PATTERN, type WaitStat } from './schema';

// z.number() takes finite numbers only (JSON can spell Infinity: 1e999).
const atLeast0 = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const share = (v: unknown): v is number => atLeast0(v) && v <= 1;
const OPTIONAL = { p50Minutes: atLeast0, p90Minutes: atLeast0, shareOver20: share, appointmentRate: share } as const;

/** The figures as WaitStatSchema would output them, or undefined when any needs zod's judgement. */
export function fastWaitTimes(input: unknown): WaitStat[] | undefined {
  return fastArray(input, (w): WaitStat | undefined => {
    const { department, periodStart, periodEnd, meanMinutes, sampleSize } = w;
    if (typeof department !== 'string' || (department !== '*' && !ID_PATTERN.test(department))) return undefined;
    if (typeof periodStart !== 'string' || !DATE_PATTERN.test(periodStart)) return undefined;
    if (typeof periodEnd !== 'string' || !DATE_PATTERN.test(periodEnd)) return undefined;
    if (!atLeast0(meanMinutes)) return undefined;
    if (!isSafeInt(sampleSize, 0)) return undefined;
    const stat: WaitStat = { department, periodStart, periodEnd, meanMinutes, sampleSize };
    for (const key of ['p50Minutes', 'p90Minutes', 'shareOver20', 'appointmentRate'] as const) {
      const value = w[key];
      if (value === undefined) continue;
      if (!OPTIONAL[key](value)) return undefined;
      stat[key] = value;
    }
    return stat;
  });
}
