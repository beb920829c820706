import { isoToLocalInput, localInputToIso, zoneOffsetMinutes } from './local-date-time';

const STOCKHOLM = 'Europe/Stockholm';

describe('datetime-local ⇄ ISO 8601 in Europe/Stockholm', () => {
  it('reads a summer time as CEST (+02:00)', () => {
    expect(localInputToIso('2027-06-28T10:00', STOCKHOLM)).toBe('2027-06-28T10:00:00+02:00');
  });

  it('reads a winter time as CET (+01:00)', () => {
    expect(localInputToIso('2027-01-15T08:30', STOCKHOLM)).toBe('2027-01-15T08:30:00+01:00');
  });

  it('keeps seconds when the input has them', () => {
    expect(localInputToIso('2027-06-28T10:00:45', STOCKHOLM)).toBe('2027-06-28T10:00:45+02:00');
  });

  it('gives the instant the user meant, whatever the zone of the computer', () => {
    const iso = localInputToIso('2027-06-28T10:00', STOCKHOLM) as string;
    expect(new Date(iso).toISOString()).toBe('2027-06-28T08:00:00.000Z');
  });

  it('moves a time skipped by the spring change forward an hour', () => {
    expect(localInputToIso('2027-03-28T02:30', STOCKHOLM)).toBe('2027-03-28T03:30:00+02:00');
  });

  it('reads a time that occurs twice in autumn as its second occurrence', () => {
    expect(localInputToIso('2026-10-25T02:30', STOCKHOLM)).toBe('2026-10-25T02:30:00+01:00');
  });

  it('answers null for empty or impossible values', () => {
    expect(localInputToIso('', STOCKHOLM)).toBeNull();
    expect(localInputToIso(null, STOCKHOLM)).toBeNull();
    expect(localInputToIso('28/06/2027 10:00', STOCKHOLM)).toBeNull();
    expect(localInputToIso('2027-02-30T10:00', STOCKHOLM)).toBeNull();
    expect(localInputToIso('2027-06-28T24:00', STOCKHOLM)).toBeNull();
  });

  it('uses another zone when asked', () => {
    expect(localInputToIso('2027-06-28T10:00', 'UTC')).toBe('2027-06-28T10:00:00+00:00');
    expect(localInputToIso('2027-06-28T10:00', 'America/New_York')).toBe('2027-06-28T10:00:00-04:00');
  });

  it('shows an ISO timestamp as Stockholm wall-clock time', () => {
    expect(isoToLocalInput('2027-06-28T08:00:00Z', STOCKHOLM)).toBe('2027-06-28T10:00');
    expect(isoToLocalInput('2027-01-15T07:30:00.000Z', STOCKHOLM)).toBe('2027-01-15T08:30');
    expect(isoToLocalInput('2027-06-28T10:00:00+02:00', STOCKHOLM)).toBe('2027-06-28T10:00');
    expect(isoToLocalInput('not a date', STOCKHOLM)).toBe('');
  });

  it('round-trips every hour of a year', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const iso = new Date(Date.UTC(2027, 0, 1) + hour * 3600000).toISOString();
      const local = isoToLocalInput(iso, STOCKHOLM);
      expect(Date.parse(localInputToIso(local, STOCKHOLM) as string)).toBe(Date.parse(iso));
    }
  });

  it('knows the offsets of Stockholm', () => {
    expect(zoneOffsetMinutes(Date.UTC(2027, 6, 1), STOCKHOLM)).toBe(120);
    expect(zoneOffsetMinutes(Date.UTC(2027, 0, 1), STOCKHOLM)).toBe(60);
  });
});
