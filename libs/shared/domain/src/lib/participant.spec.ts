import { e164Phone, findOverlaps, participantCreateSchema } from './participant';
import { validate } from './validation';

describe('participant rules', () => {
  it.each([
    ['070-174 06 05', '+46701740605'],
    ['+46 70 174 06 05', '+46701740605'],
    ['0498-26 90 00', '+46498269000'],
    ['+47 412 34 567', '+4741234567'],
  ])('stores %s as %s', (input, e164) => {
    expect(e164Phone.parse(input)).toBe(e164);
  });

  it.each(['123', 'ring mig', '+46 70 174'])('rejects the phone number %s', (input) => {
    const result = validate(participantCreateSchema, { fullName: 'Åsa', phone: input }, 'sv');
    expect(result.ok === false && result.details[0]).toMatchObject({ field: 'phone', code: 'invalid_phone' });
  });

  it('rejects a departure before the arrival', () => {
    const result = validate(
      participantCreateSchema,
      { fullName: 'Åsa', arrivalAt: '2027-06-28T10:00:00+02:00', departureAt: '2027-06-27T10:00:00+02:00' },
      'en',
    );
    expect(result.ok === false && result.details[0]).toMatchObject({
      field: 'departureAt',
      code: 'end_before_start',
    });
  });

  it('finds overlapping schedule items and not touching ones', () => {
    const overlaps = findOverlaps([
      { id: 'a', startsAt: '2027-06-28T10:00:00Z', endsAt: '2027-06-28T11:00:00Z' },
      { id: 'b', startsAt: '2027-06-28T10:30:00Z', endsAt: '2027-06-28T12:00:00Z' },
      { id: 'c', startsAt: '2027-06-28T12:00:00Z', endsAt: '2027-06-28T13:00:00Z' },
      { id: 'd', startsAt: '2027-06-28T09:00:00Z', endsAt: '2027-06-28T18:00:00Z' },
    ]);
    expect(overlaps.get('a')?.sort()).toEqual(['b', 'd']);
    expect(overlaps.get('c')).toEqual(['d']);
    expect(overlaps.get('d')?.sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('wallClockToIso', () => {
  it('reads Swedish wall-clock time in summer and winter', async () => {
    const { wallClockToIso } = await import('./time');
    expect(wallClockToIso('2027-06-28 10:00', 'Europe/Stockholm')).toBe('2027-06-28T08:00:00.000Z');
    expect(wallClockToIso('2027-01-15T10:00', 'Europe/Stockholm')).toBe('2027-01-15T09:00:00.000Z');
    expect(wallClockToIso('2027-06-28T10:00:00+02:00', 'Europe/Stockholm')).toBe('2027-06-28T08:00:00.000Z');
    expect(wallClockToIso('28/6 kl 10', 'Europe/Stockholm')).toBeUndefined();
  });
});
