/** Every per-hospital rule, by the id profiles name it with. */
import type { Rule } from '../types';
import { guideComplete, guideFresh, guideLists, guidePublished } from './guide';
import { holidayClinic, holidayNoticeLead, holidayStated, scheduleFresh, slot30, weekendClinic } from './schedule';
import { accessibility, geriatrics, hospitalId, oneStop, onlineFollowUp, pediatrics } from './services';
import { appointmentRateReported, wait20, waitReported } from './waits';

export const RULES: Record<string, Rule> = {
  'weekend-clinic': weekendClinic,
  'holiday-clinic': holidayClinic,
  'holiday-stated': holidayStated,
  'holiday-notice-lead': holidayNoticeLead,
  'schedule-fresh': scheduleFresh,
  'slot-30': slot30,
  'wait-20': wait20,
  'wait-reported': waitReported,
  'appointment-rate-reported': appointmentRateReported,
  'one-stop': oneStop,
  'online-follow-up': onlineFollowUp,
  pediatrics,
  geriatrics,
  'guide-published': guidePublished,
  'guide-complete': guideComplete,
  'guide-lists': guideLists,
  'guide-fresh': guideFresh,
  accessibility,
  'hospital-id': hospitalId,
};
