import type { Language } from '@tryggplan/shared/domain';

/**
 * What a date-time field holds. The value keeps the format the forms have always used, the one
 * `localInputToIso` reads (wall clock in the event's zone): "2027-06-29", "2027-06-29T14:30", "14:30".
 */
export type DateTimeKind = 'date' | 'datetime' | 'time';

const VALUE_FORMATS: Record<DateTimeKind, RegExp> = {
  date: /^(\d{4})-(\d{2})-(\d{2})$/,
  datetime: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/,
  time: /^(\d{2}):(\d{2})$/,
};

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The full month names a user may type (or start typing: "sept", "okt"), Swedish and English. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'january'],
  ['februari', 'february'],
  ['mars', 'march'],
  ['april'],
  ['maj', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['augusti', 'august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['december'],
];

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOfName(name: string): number | null {
  const word = name.replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTH_NAMES.findIndex((names) => names.some((full) => full.startsWith(word)));
  return index < 0 ? null : index + 1;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

interface Parsed<T> {
  value: T;
  rest: string;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_READERS: readonly ((text: string) => Parsed<Day> | null)[] = [
  // 2027-06-29, 2027-6-9, 2027/06/29
  (text) => {
    const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(text);
    return match && dayOf(match[1], match[2], match[3], text.slice(match[0].length));
  },
  // 20270629 (a phone's number pad has no dash)
  (text) => {
    const match = /^(\d{4})(\d{2})(\d{2})(?=\D|$|\d{3,4}$)/.exec(text);
    return match && dayOf(match[1], match[2], match[3], text.slice(match[0].length));
  },
  // 29/6 2027, 29/6/2027, 29.6.2027, 29-06-27: day first, as in Sweden and Britain
  (text) => {
    const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-]|\s+)(\d{4}|\d{2})(?![\d])/.exec(text);
    return match && dayOf(match[3], match[2], match[1], text.slice(match[0].length));
  },
  // 29 Jun 2027, 29 juni 2027, 29. juni 2027
  (text) => {
    const match = /^(\d{1,2})\.?\s*([a-zåäö]+\.?),?\s+(\d{4})(?![\d])/.exec(text);
    const month = match && monthOfName(match[2]);
    return match && month ? dayOf(match[3], String(month), match[1], text.slice(match[0].length)) : null;
  },
  // Jun 29, 2027
  (text) => {
    const match = /^([a-zåäö]+\.?)\s*(\d{1,2}),?\s+(\d{4})(?![\d])/.exec(text);
    const month = match && monthOfName(match[1]);
    return match && month ? dayOf(match[3], String(month), match[2], text.slice(match[0].length)) : null;
  },
];

function dayOf(year: string, month: string, day: string, rest: string): Parsed<Day> | null {
  const value = { year: fullYear(year), month: Number(month), day: Number(day) };
  return isRealDay(value.year, value.month, value.day) ? { value, rest } : null;
}

function readDay(text: string): Parsed<Day> | null {
  for (const read of DAY_READERS) {
    const parsed = read(text);
    if (parsed) return parsed;
  }
  return null;
}

/** "14:30", "14.30", "1430", "930", "14", "2:30 pm" → minutes of the day on a 24-hour clock. */
function readClock(text: string): { hour: number; minute: number } | null {
  const match =
    /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text) ??
    /^(\d{1,2})(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.charAt(0);
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

function dayValue(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

function clockValue(clock: { hour: number; minute: number }): string {
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

/**
 * What a user typed, read leniently, as the field's value ("2027-06-29T14:30"); null when it is not
 * a real date or time. Days are read day first ("29/6 2027") or year first ("2027-06-29", "20270629"),
 * with month names in Swedish or English; times on a 24-hour clock ("14:30", "1430"), "pm" is understood.
 */
export function parseDateTimeText(text: string, kind: DateTimeKind): string | null {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (kind === 'time') {
    const clock = readClock(typed.replace(/^kl\.?\s*/, ''));
    return clock && clockValue(clock);
  }
  const day = readDay(typed);
  if (!day) return null;
  const rest = day.rest.replace(/^(?:\s*,)?\s*(?:t|kl\.?|at)?\s*/, '');
  if (kind === 'date') return rest === '' ? dayValue(day.value) : null;
  const clock = readClock(rest);
  return clock && `${dayValue(day.value)}T${clockValue(clock)}`;
}

/** Whether a value is a complete, real date, date and time, or time in the field's value format. */
export function isDateTimeValue(value: string, kind: DateTimeKind): boolean {
  const match = VALUE_FORMATS[kind].exec(value);
  if (!match) return false;
  if (kind === 'time') return Number(match[1]) <= 23 && Number(match[2]) <= 59;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const clockOk = kind === 'date' || (Number(match[4]) <= 23 && Number(match[5]) <= 59);
  return isRealDay(year, month, day) && clockOk;
}

/**
 * A value as the field shows it, unambiguous and on a 24-hour clock in both languages:
 * Swedish "2027-06-29 14:30", English "29 Jun 2027 14:30". A value that is not valid is shown as it is.
 */
export function formatDateTimeValue(value: string, kind: DateTimeKind, lang: Language): string {
  if (!isDateTimeValue(value, kind)) return value;
  if (kind === 'time') return value;
  const [date, clock] = value.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const shownDay = lang === 'sv' ? date : `${day} ${ENGLISH_MONTHS[month - 1]} ${pad(year, 4)}`;
  return clock ? `${shownDay} ${clock}` : shownDay;
}
