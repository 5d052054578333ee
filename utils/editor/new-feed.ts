/**
 * The editor's starting point and its small facts: an empty feed with only what every feed
 * has (the checker then names each required field still missing, at its place), the title a
 * draft is listed under, and the feed stamped with the moment it is published.
 */

import { formatInstant } from '../date/zone';
import type { Lang, LocalText } from '../i18n/local-text';
import { textIn } from '../i18n/local-text';
import { isObject } from './edit-path';
import { compactJson } from './json-text';

/** A feed with nothing filled in but its format, version and time stamp. */
export function newFeed(nowMs: number, timeZone = 'Asia/Shanghai'): Record<string, unknown> {
  return {
    format: 'clearclinic-feed',
    version: 1,
    updatedAt: formatInstant(timeZone, nowMs),
    hospital: { id: '', name: '', level: null, ownership: 'public', type: 'A100', province: '', city: '' },
    departments: [],
    schedule: { regular: [] },
  };
}

/** The name a draft is listed under: the hospital's, or nothing (the list says "untitled"). */
export function draftTitle(doc: unknown, lang: Lang): string {
  if (!isObject(doc) || !isObject(doc.hospital)) return '';
  const name = doc.hospital.name;
  return typeof name === 'string' || isObject(name) ? textIn(name as LocalText, lang).trim() : '';
}

/** The draft with `updatedAt` set to now in its own time zone (what "publish" writes). */
export function stamped<T>(doc: T, nowMs: number): T {
  if (!isObject(doc)) return doc;
  const zone = typeof doc.timeZone === 'string' ? doc.timeZone : 'Asia/Shanghai';
  try {
    return { ...doc, updatedAt: formatInstant(zone, nowMs) };
  } catch {
    return { ...doc, updatedAt: formatInstant('Asia/Shanghai', nowMs) };
  }
}

/** Above this many characters of compact JSON, the editor's text is compact (see feedText). */
export const PRETTY_LIMIT = 100_000;

/**
 * The feed's JSON text as the editor writes it: two-space indent and a final newline, or, for a
 * large feed, compact (a browser lays out a text box of pretty JSON about 7× slower, and a
 * webmaster never reads 10 000 lines there). `limit` is where compact begins.
 */
export function feedText(doc: unknown, limit = PRETTY_LIMIT): string {
  const compact = compactJson(doc) ?? '';
  return compact.length > limit ? `${compact}\n` : `${JSON.stringify(doc, null, 2)}\n`;
}
