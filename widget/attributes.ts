/**
 * The <clear-clinic> element's attributes, read and checked. A bad value never breaks the
 * widget: it falls back to the default and leaves a note naming the attribute, its value
 * and what was used instead.
 */
import { isDateString } from '../utils/date/civil';
import { type Lang, langFromTag } from '../utils/i18n/local-text';

export const VIEWS = ['overview', 'hours', 'slots', 'waits', 'guide'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const SIZES = ['normal', 'large'] as const;
export type Size = (typeof SIZES)[number];

export interface WidgetAttributes {
  src: string | undefined;
  view: View;
  departments: string[] | undefined;
  date: string | undefined;
  lang: Lang;
  theme: Theme;
  size: Size;
}

export interface AttributeNote {
  name: string;
  value: string;
  fallback: string;
}

export interface RawAttributes {
  src?: string | null;
  view?: string | null;
  department?: string | null;
  date?: string | null;
  /** The element's own lang, or its closest ancestor's. */
  lang?: string | null;
  theme?: string | null;
  size?: string | null;
}

function choice<T extends string>(
  name: string,
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  notes: AttributeNote[],
): T {
  if (raw == null || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase() as T;
  if (allowed.includes(value)) return value;
  notes.push({ name, value: raw, fallback });
  return fallback;
}

export interface ParsedAttributes {
  attributes: WidgetAttributes;
  notes: AttributeNote[];
}

export function parseAttributes(raw: RawAttributes): ParsedAttributes {
  const notes: AttributeNote[] = [];
  const src = raw.src?.trim() || undefined;
  let date = raw.date?.trim() || undefined;
  if (date !== undefined && !isDateString(date)) {
    notes.push({ name: 'date', value: date, fallback: 'today' });
    date = undefined;
  }
  const departments = raw.department?.trim() ? raw.department.trim().split(/\s+/) : undefined;
  return {
    attributes: {
      src,
      view: choice('view', raw.view, VIEWS, 'overview', notes),
      departments,
      date,
      lang: langFromTag(raw.lang) ?? 'zh-CN',
      theme: choice('theme', raw.theme, THEMES, 'auto', notes),
      size: choice('size', raw.size, SIZES, 'normal', notes),
    },
    notes,
  };
}

/** Department ids named by the attribute that the feed does not have. */
export function unknownDepartments(wanted: string[] | undefined, known: readonly string[]): string[] {
  return (wanted ?? []).filter((id) => !known.includes(id));
}
