import { DEFAULT_TIMEZONE, Language } from './language';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Formats a timestamp as a reader in the event's time zone sees it, e.g. "28 juni 2027 10:00". */
export function formatDateTime(iso: string, lang: Language, timeZone = DEFAULT_TIMEZONE): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDate(iso: string, lang: Language, timeZone = DEFAULT_TIMEZONE): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** "28 juni – 2 juli 2027" style span for covers and lists. */
export function formatDateSpan(
  startIso: string,
  endIso: string,
  lang: Language,
  timeZone = DEFAULT_TIMEZONE,
): string {
  const start = formatDate(startIso, lang, timeZone);
  const end = formatDate(endIso, lang, timeZone);
  return start === end ? start : `${start} – ${end}`;
}
