import { calendarDay, currentShift, rosterByDay, staffCreateSchema, StaffMemberDto } from './staff';
import { validate } from './validation';

const member = (overrides: Partial<StaffMemberDto> = {}): StaffMemberDto => ({
  id: 'a',
  eventId: 'e',
  fullName: 'Ove Vakt',
  role: 'guard',
  organization: 'Vaktbolaget',
  phone: null,
  email: null,
  shifts: [],
  version: 1,
  ...overrides,
});

describe('staff rules', () => {
  it('accepts a guard with a shift at a post, phone stored in E.164', () => {
    const result = validate(
      staffCreateSchema,
      {
        fullName: 'Ove Vakt',
        role: 'guard',
        phone: '070-174 06 05',
        shifts: [
          { startsAt: '2027-06-28T08:00:00+02:00', endsAt: '2027-06-28T16:00:00+02:00', siteId: 's1' },
        ],
      },
      'sv',
    );
    expect(result.ok && result.value.phone).toBe('+46701740605');
  });

  it('names the field of a shift that ends before it starts, and of an unknown role', () => {
    const result = validate(
      staffCreateSchema,
      {
        fullName: 'Ove',
        role: 'bouncer',
        shifts: [{ startsAt: '2027-06-28T16:00:00+02:00', endsAt: '2027-06-28T08:00:00+02:00' }],
      },
      'en',
    );
    expect(result.ok === false && result.details.map((detail) => [detail.field, detail.code])).toEqual(
      expect.arrayContaining([
        ['role', 'invalid_choice'],
        ['shifts.0.endsAt', 'end_before_start'],
      ]),
    );
  });

  it('is on duty from the start of a shift up to its end', () => {
    const shift = { startsAt: '2027-06-28T06:00:00.000Z', endsAt: '2027-06-28T14:00:00.000Z', siteId: null };
    const guard = member({ shifts: [shift] });
    expect(currentShift(guard, '2027-06-28T06:00:00.000Z')).toEqual(shift);
    expect(currentShift(guard, '2027-06-28T14:00:00.000Z')).toBeUndefined();
  });

  it('files a shift under the Stockholm day it starts on', () => {
    expect(calendarDay('2027-06-27T22:30:00.000Z')).toBe('2027-06-28');
    const night = { startsAt: '2027-06-27T22:30:00.000Z', endsAt: '2027-06-28T04:00:00.000Z', siteId: null };
    const day = { startsAt: '2027-06-27T08:00:00.000Z', endsAt: '2027-06-27T16:00:00.000Z', siteId: null };
    const roster = rosterByDay([member({ shifts: [night, day] })]);
    expect(roster.map((entry) => [entry.day, entry.shifts.length])).toEqual([
      ['2027-06-27', 1],
      ['2027-06-28', 1],
    ]);
  });
});
