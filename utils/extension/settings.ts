/**
 * The extension's settings: their shape, defaults and the one way stored values are made whole.
 * Stored by adapters/storage-items.ts.
 */
export interface Settings {
  /** 'auto' follows the browser's language. */
  lang: 'auto' | 'zh-CN' | 'en';
  /** 'large' is 适老化 mode: bigger text and targets everywhere. */
  size: 'normal' | 'large';
  theme: 'auto' | 'light' | 'dark';
  /** Background refresh period, hours. */
  refreshHours: number;
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'auto',
  size: 'normal',
  theme: 'auto',
  refreshHours: 6,
  notifications: true,
};
/** The refresh periods the options page offers, hours. */
export const REFRESH_CHOICES = [1, 3, 6, 12, 24] as const;

/** Stored settings made whole: each field missing or out of range takes its default alone. */
export function normalizeSettings(value: Partial<Settings> | null | undefined): Settings {
  const stored: Partial<Settings> = value ?? {};
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] =>
    ok(stored[key]) ? stored[key]! : DEFAULT_SETTINGS[key];
  return {
    lang: pick('lang', (v) => v === 'auto' || v === 'zh-CN' || v === 'en'),
    size: pick('size', (v) => v === 'normal' || v === 'large'),
    theme: pick('theme', (v) => v === 'auto' || v === 'light' || v === 'dark'),
    refreshHours: pick('refreshHours', (v) => (REFRESH_CHOICES as readonly unknown[]).includes(v)),
    notifications: pick('notifications', (v) => typeof v === 'boolean'),
  };
}
