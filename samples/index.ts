/** The sample hospitals, generated relative to a date so the demo never goes stale. */
import type { DayNumber } from '../utils/date/civil';
import type { Feed } from '../utils/feed/schema';
import { generalHospital } from './general-hospital';
import { mchHospital } from './mch-hospital';
import { tcmHospital } from './tcm-hospital';

/** The date the checked-in samples in public/samples/ are generated for. */
export const SAMPLE_DATE = '2026-11-20';

export const SAMPLES: { file: string; build: (asOf: DayNumber) => Feed }[] = [
  { file: 'liaohe-first.json', build: generalHospital },
  { file: 'liaohe-tcm.json', build: tcmHospital },
  { file: 'liaohe-mch.json', build: mchHospital },
];
