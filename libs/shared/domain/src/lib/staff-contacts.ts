import { StaffMemberDto, StaffRole } from './staff';

/** The staff roles a folder and a personal page list as contacts, in this order. */
export const CONTACT_STAFF_ROLES: readonly StaffRole[] = ['security-coordinator', 'liaison', 'first-aid'];

/** At most this many staff contacts, so that a pocket folder keeps its pages. */
export const MAX_STAFF_CONTACTS = 6;

/** A staff member as a folder or a personal page lists them: name, role and phone, and their shift times. */
export interface StaffContact {
  fullName: string;
  role: StaffRole;
  phone: string;
  shifts: { startsAt: string; endsAt: string }[];
}

/** The time a person is at the event: arrival to departure, else the span of their schedule; open ends stay open. */
export interface Stay {
  from: string | null;
  to: string | null;
}

export function stayOf(person: {
  arrivalAt?: string | null;
  departureAt?: string | null;
  schedule: { startsAt: string; endsAt: string }[];
}): Stay {
  const starts = person.schedule.map((item) => item.startsAt).sort();
  const ends = person.schedule.map((item) => item.endsAt).sort();
  return {
    from: person.arrivalAt ?? starts[0] ?? null,
    to: person.departureAt ?? ends[ends.length - 1] ?? null,
  };
}

/** Whether someone with these shifts works during the stay: always when they have no shifts or the stay is open. */
function onDutyDuring(shifts: StaffContact['shifts'], stay: Stay | undefined): boolean {
  if (!stay || shifts.length === 0) return true;
  const from = stay.from ? Date.parse(stay.from) : -Infinity;
  const to = stay.to ? Date.parse(stay.to) : Infinity;
  return shifts.some((shift) => Date.parse(shift.startsAt) < to && Date.parse(shift.endsAt) > from);
}

/**
 * The security coordinators, liaison officers and first aid who have a phone, coordinators first, each
 * role by name; with a stay, only those on duty during it (or without shifts). At most MAX_STAFF_CONTACTS.
 */
export function staffContacts(
  members: (Pick<StaffMemberDto, 'fullName' | 'role' | 'phone'> & { shifts: StaffContact['shifts'] })[],
  stay?: Stay,
): StaffContact[] {
  const rank = (role: StaffRole) => CONTACT_STAFF_ROLES.indexOf(role);
  return members
    .filter((member): member is typeof member & { phone: string } =>
      Boolean(member.phone && CONTACT_STAFF_ROLES.includes(member.role)),
    )
    .filter((member) => onDutyDuring(member.shifts, stay))
    .sort((a, b) => rank(a.role) - rank(b.role) || a.fullName.localeCompare(b.fullName, 'sv'))
    .slice(0, MAX_STAFF_CONTACTS)
    .map((member) => ({
      fullName: member.fullName,
      role: member.role,
      phone: member.phone,
      shifts: member.shifts.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    }));
}
