import {
  formatClock,
  formatDate,
  formatDateSpan,
  formatDateTime,
  isoToWallClock,
  wallClockToIso,
} from './time';

describe('dates as a reader in the event’s time zone sees them', () => {
  it('formats in Swedish and English, summer and winter time, in Europe/Stockholm by default', () => {
    expect(formatDateTime('2027-06-28T08:00:00Z', 'sv')).toBe('28 juni 2027 kl. 10:00');
    expect(formatDateTime('2027-06-28T08:00:00Z', 'en')).toBe('28 June 2027 at 10:00');
    expect(formatDateTime('2027-01-15T08:00:00Z', 'sv')).toBe('15 januari 2027 kl. 09:00');
    expect(formatDate('2027-06-28T22:30:00Z', 'sv')).toBe('29 juni 2027');
    expect(formatClock('2027-06-28T08:05:00Z')).toBe('10:05');
    expect(formatClock('2027-06-28T08:05:00Z', 'Europe/London')).toBe('09:05');
  });

  it('keeps each language and zone apart when the formatters are reused', () => {
    expect(formatDate('2027-06-28T08:00:00Z', 'en', 'America/New_York')).toBe('28 June 2027');
    expect(formatDate('2027-06-28T03:00:00Z', 'sv', 'America/New_York')).toBe('27 juni 2027');
    expect(formatDate('2027-06-28T03:00:00Z', 'sv')).toBe('28 juni 2027');
    expect(formatDateSpan('2027-06-27T08:00:00Z', '2027-07-02T20:00:00Z', 'sv')).toBe(
      '27 juni 2027 – 2 juli 2027',
    );
  });

  it('writes the wall clock of the zone that an import reads back, midnight as 00', () => {
    expect(isoToWallClock('2027-06-28T08:30:00Z')).toBe('2027-06-28 10:30');
    expect(isoToWallClock('2027-01-15T23:00:00Z')).toBe('2027-01-16 00:00');
    expect(wallClockToIso(isoToWallClock('2027-06-28T08:30:00Z'), 'Europe/Stockholm')).toBe(
      '2027-06-28T08:30:00.000Z',
    );
  });
});
