import type { Language } from '@tryggplan/shared/domain';

/**
 * The domain's LANGUAGES, repeated here as plain values: importing values from the domain library
 * would pull zod and every schema into the first bundle. A unit test keeps the two lists equal.
 */
export const UI_LANGUAGES = ['sv', 'en'] as const satisfies readonly Language[];
export const DEFAULT_UI_LANGUAGE: Language = 'sv';

export function isUiLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}
