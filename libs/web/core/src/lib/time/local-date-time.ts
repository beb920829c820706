const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

function utcOf(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** Minutes the zone is ahead of UTC at an instant, e.g. 120 for Stockholm in summer. */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((utcOf(wallClockAt(whole, timeZone)) - whole) / 60000);
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * A `datetime-local` value ("2027-06-28T10:00") read as wall-clock time in the event's zone, as
 * ISO 8601 with that zone's offset ("2027-06-28T10:00:00+02:00"). Null when empty or invalid.
 * A time skipped by the spring change (02:30 on the last Sunday of March) moves forward an hour;
 * a time that occurs twice in autumn means its second occurrence.
 */
export function localInputToIso(value: string | null | undefined, timeZone: string): string | null {
  const match = LOCAL_INPUT.exec((value ?? '').trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wanted: WallClock = { year, month, day, hour, minute, second };
  const asUtc = utcOf(wanted);
  const check = new Date(asUtc);
  if (
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month - 1
  ) {
    return null;
  }
  let offset = zoneOffsetMinutes(asUtc - zoneOffsetMinutes(asUtc, timeZone) * 60000, timeZone);
  let instant = asUtc - offset * 60000;
  const seen = wallClockAt(instant, timeZone);
  if (utcOf(seen) !== asUtc) {
    // Inside a skipped hour: use the offset from before the change, which lands an hour later.
    offset = zoneOffsetMinutes(asUtc - 86400000, timeZone);
    instant = asUtc - offset * 60000;
    offset = zoneOffsetMinutes(instant, timeZone);
  }
  const clock = wallClockAt(instant, timeZone);
  return (
    `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}` +
    `T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${formatOffset(offset)}`
  );
}

/** An ISO timestamp as a `datetime-local` value ("2027-06-28T10:00") in the event's zone; '' if invalid. */
export function isoToLocalInput(iso: string | null | undefined, timeZone: string): string {
  const instant = Date.parse(iso ?? '');
  if (Number.isNaN(instant)) return '';
  const clock = wallClockAt(instant, timeZone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}
