import type { MemberDto, OnDutyDto, StaffMemberDto } from '@tryggplan/shared/domain';
import { assigneeChanges, assigneeGroups, assigneeText, assigneeValue } from './assignee-options';

const member = (userId: string, displayName: string): MemberDto => ({
  userId,
  displayName,
  email: `${userId}@example.se`,
  role: 'coordinator',
  addedAt: '2027-06-01T00:00:00.000Z',
});
const staff = (id: string, fullName: string, role: StaffMemberDto['role']): StaffMemberDto => ({
  id,
  eventId: 'e1',
  fullName,
  role,
  organization: '',
  phone: null,
  email: null,
  shifts: [],
  version: 1,
});
const onDuty: OnDutyDto = {
  at: '2027-06-29T10:00:00.000Z',
  items: [
    {
      member: staff('s1', 'Åsa Vakt', 'guard'),
      shift: { startsAt: '2027-06-29T08:00:00.000Z', endsAt: '2027-06-29T16:00:00.000Z', siteId: 'site1' },
    },
    {
      member: staff('s2', 'Sam Samordnare', 'security-coordinator'),
      shift: { startsAt: '2027-06-29T08:00:00.000Z', endsAt: '2027-06-29T16:00:00.000Z', siteId: null },
    },
  ],
};
const sites = new Map([['site1', 'Huvudscenen']]);

describe('assignee options', () => {
  it('offers the members and, apart, the staff on duty now with role and post, in the user’s language', () => {
    const groups = assigneeGroups([member('u1', 'Cora')], onDuty, null, sites, 'sv', 'inte i tjänst nu');
    expect(groups.members).toEqual([{ value: 'u1', label: 'Cora' }]);
    expect(groups.onDuty).toEqual([
      { value: 'staff:s1', label: 'Åsa Vakt – Ordningsvakt, Huvudscenen' },
      { value: 'staff:s2', label: 'Sam Samordnare – Säkerhetssamordnare' },
    ]);
    const english = assigneeGroups([], onDuty, null, sites, 'en', 'not on duty now');
    expect(english.onDuty[0].label).toBe('Åsa Vakt – Guard (ordningsvakt), Huvudscenen');
  });

  it('keeps the current assignee among the choices: a staff member off duty is marked so', () => {
    const offDuty = assigneeGroups(
      [member('u1', 'Cora')],
      { at: onDuty.at, items: [] },
      { id: 's9', displayName: 'Dan Förare', kind: 'staff', role: 'driver' },
      sites,
      'sv',
      'inte i tjänst nu',
    );
    expect(offDuty.onDuty).toEqual([
      { value: 'staff:s9', label: 'Dan Förare – Chaufför (inte i tjänst nu)' },
    ]);
    const formerMember = assigneeGroups([], null, { id: 'u7', displayName: 'Gammal' }, sites, 'sv', '');
    expect(formerMember.members).toEqual([{ value: 'u7', label: 'Gammal' }]);
    expect(formerMember.onDuty).toEqual([]);
  });

  it('reads and writes one control for either kind of assignee', () => {
    expect(assigneeValue({ assigneeId: 'u1', staffAssigneeId: null })).toBe('u1');
    expect(assigneeValue({ assigneeId: null, staffAssigneeId: 's1' })).toBe('staff:s1');
    expect(assigneeValue({ assigneeId: null, staffAssigneeId: null })).toBe('');
    expect(assigneeChanges('staff:s1', 'u1')).toEqual({ staffAssigneeId: 's1' });
    expect(assigneeChanges('u2', 'staff:s1')).toEqual({ assigneeId: 'u2' });
    expect(assigneeChanges('', 'staff:s1')).toEqual({ staffAssigneeId: null });
    expect(assigneeChanges('', 'u1')).toEqual({ assigneeId: null });
  });

  it('names a staff assignee with their role on the incident page', () => {
    expect(assigneeText({ id: 's1', displayName: 'Åsa Vakt', kind: 'staff', role: 'guard' }, 'sv')).toBe(
      'Åsa Vakt (Ordningsvakt)',
    );
    expect(assigneeText({ id: 'u1', displayName: 'Cora', kind: 'member' }, 'en')).toBe('Cora');
    expect(assigneeText(null, 'sv')).toBeNull();
  });
});
