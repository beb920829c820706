import { staffContacts, stayOf } from './staff-contacts';

const member = (fullName: string, role: string, phone: string | null, shifts: [string, string][] = []) => ({
  fullName,
  role: role as 'guard',
  phone,
  shifts: shifts.map(([startsAt, endsAt]) => ({ startsAt, endsAt })),
});

describe('staff contacts', () => {
  const staff = [
    member('Ove Vakt', 'guard', '+46701740601'),
    member('Lisa Samband', 'liaison', '+46701740602', [['2027-06-28T06:00:00Z', '2027-06-28T14:00:00Z']]),
    member('Åke Samordnare', 'security-coordinator', '+46701740603'),
    member('Bo Samordnare', 'security-coordinator', '+46701740604', [
      ['2027-07-01T06:00:00Z', '2027-07-01T14:00:00Z'],
    ]),
    member('Fia Sjukvård', 'first-aid', null),
  ];

  it('lists coordinators, liaison officers and first aid with a phone, coordinators first, by name', () => {
    expect(staffContacts(staff).map((c) => c.fullName)).toEqual([
      'Bo Samordnare',
      'Åke Samordnare',
      'Lisa Samband',
    ]);
  });

  it('for a stay, only those on duty during it, and those without shifts', () => {
    const stay = stayOf({
      arrivalAt: null,
      departureAt: null,
      schedule: [{ startsAt: '2027-06-28T08:00:00Z', endsAt: '2027-06-28T09:00:00Z' }],
    });
    expect(stay).toEqual({ from: '2027-06-28T08:00:00Z', to: '2027-06-28T09:00:00Z' });
    expect(staffContacts(staff, stay).map((c) => c.fullName)).toEqual(['Åke Samordnare', 'Lisa Samband']);
    // an open stay (no arrival, departure or schedule) leaves everyone in
    expect(staffContacts(staff, stayOf({ schedule: [] }))).toHaveLength(3);
  });
});
