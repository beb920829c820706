export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';
export const DEFAULT_TIMEZONE = 'Europe/Stockholm';

export type Translated = Record<Language, string>;

/** Picks sv or en from an Accept-Language header or a `lang` parameter; Swedish unless English is asked for. */
export function pickLanguage(value: string | null | undefined): Language {
  if (!value) return DEFAULT_LANGUAGE;
  const first = value.split(',')[0].trim().toLowerCase();
  return first.startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
