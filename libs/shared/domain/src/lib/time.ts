import { DEFAULT_TIMEZONE, Language } from './language';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * The calendar days the planner accepts, the one bound for every date and timestamp: a year 0000
 * or 9999 is a typo, and an event "ended" in year 0 would have its participants erased at once.
 */
export const DATE_BOUNDS = { min: '2000-01-01', max: '2100-12-31' } as const;

/** Whether an ISO 8601 date or timestamp falls on a day within DATE_BOUNDS (the day as written). */
export function isWithinDateBounds(iso: string): boolean {
  const day = iso.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= DATE_BOUNDS.min && day <= DATE_BOUNDS.max;
}

// Building an Intl.DateTimeFormat costs far more than using one: folders and exports format thousands of dates.
const readerFormats = new Map<string, Intl.DateTimeFormat>();

type ReaderStyle = 'date' | 'dateTime' | 'clock';

const READER_STYLES: Record<ReaderStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  clock: { hour: '2-digit', minute: '2-digit' },
};

function readerFormat(lang: Language, timeZone: string, style: ReaderStyle): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone} ${style}`;
  let format = readerFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone, ...READER_STYLES[style] });
    readerFormats.set(key, format);
  }
  return format;
}

/** Formats a timestamp as a reader in the event's time zone sees it, e.g. "28 juni 2027 10:00". */
export function formatDateTime(iso: string, lang: Language, timeZone = DEFAULT_TIMEZONE): string {
  return readerFormat(lang, timeZone, 'dateTime').format(new Date(iso));
}

export function formatDate(iso: string, lang: Language, timeZone = DEFAULT_TIMEZONE): string {
  return readerFormat(lang, timeZone, 'date').format(new Date(iso));
}

/** The time of day on a 24-hour clock in the event's time zone, e.g. "10:00". */
export function formatClock(iso: string, timeZone = DEFAULT_TIMEZONE): string {
  return readerFormat('sv', timeZone, 'clock').format(new Date(iso));
}

/** "2027-06-28 10:30": a timestamp as the zone's wall clock, the form `wallClockToIso` reads back. */
export function isoToWallClock(iso: string, timeZone = DEFAULT_TIMEZONE): string {
  const parts = Object.fromEntries(
    wallClockFormat(timeZone)
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
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

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/** The offset of a time zone at an instant, in minutes east of UTC (Europe/Stockholm: 60 or 120). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    wallClockFormat(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    +parts['year'],
    +parts['month'] - 1,
    +parts['day'],
    +parts['hour'],
    +parts['minute'],
    +parts['second'],
  );
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/**
 * "2027-06-28 10:00" (or "2027-06-28T10:00") read as wall-clock time in the zone, returned as ISO 8601 UTC;
 * a value that already has an offset is only normalised. Undefined when it is not a date and time.
 */
export function wallClockToIso(value: string, timeZone: string): string | undefined {
  const trimmed = value.trim();
  if (/([zZ]|[+-]\d{2}:?\d{2})$/.test(trimmed)) {
    const parsed = Date.parse(trimmed);
    return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, se] = match.map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi, se || 0);
  if (Number.isNaN(guess)) return undefined;
  const offset = zoneOffsetMinutes(
    new Date(guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000),
    timeZone,
  );
  return new Date(guess - offset * 60000).toISOString();
}
