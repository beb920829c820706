import { z } from 'zod';
import { DEFAULT_TIMEZONE, Translated } from './language';
import { e164Phone } from './participant';
import { isoDateTime, lineText, optionalLineText, versionField } from './validation';

/** Who works the event's security; a guard is an ordningsvakt in the Swedish sense of the word. */
export const STAFF_ROLES = [
  'security-coordinator',
  'guard',
  'first-aid',
  'liaison',
  'driver',
  'other',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, Translated> = {
  'security-coordinator': { sv: 'Säkerhetssamordnare', en: 'Security coordinator' },
  guard: { sv: 'Ordningsvakt', en: 'Guard (ordningsvakt)' },
  'first-aid': { sv: 'Första hjälpen', en: 'First aid' },
  liaison: { sv: 'Sambandsperson', en: 'Liaison officer' },
  driver: { sv: 'Chaufför', en: 'Driver' },
  other: { sv: 'Övrig funktionär', en: 'Other staff' },
};

/** The most shifts one person has in an event: a week of three shifts a day, with room to spare. */
export const MAX_SHIFTS = 50;

const id = z.string().min(1).max(64);

/** A shift is a time window, optionally at a post (a site of the event); touching shifts do not overlap. */
export const staffShiftSchema = z
  .strictObject({
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    siteId: id.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], params: { code: 'end_before_start' } });
    }
  });
export type StaffShiftInput = z.output<typeof staffShiftSchema>;

const staffFields = {
  fullName: lineText(1, 200),
  role: z.enum(STAFF_ROLES),
  organization: optionalLineText(200),
  phone: e164Phone.nullable(),
  email: z.email().max(254).nullable(),
  shifts: z.array(staffShiftSchema).max(MAX_SHIFTS),
};

export const staffCreateSchema = z.strictObject({
  fullName: staffFields.fullName,
  role: staffFields.role,
  organization: staffFields.organization.optional(),
  phone: staffFields.phone.optional(),
  email: staffFields.email.optional(),
  shifts: staffFields.shifts.optional(),
});
export type StaffCreate = z.output<typeof staffCreateSchema>;

export const staffUpdateSchema = z.strictObject(staffFields).partial().extend({ version: versionField });
export type StaffUpdate = z.output<typeof staffUpdateSchema>;

/** `?at=`: the instant asked about; now when left out. */
export const onDutyQuerySchema = z.strictObject({ at: isoDateTime.optional() });
export type OnDutyQuery = z.output<typeof onDutyQuerySchema>;

export interface StaffShiftDto {
  startsAt: string;
  endsAt: string;
  siteId: string | null;
}

export interface StaffMemberDto {
  id: string;
  eventId: string;
  fullName: string;
  role: StaffRole;
  organization: string;
  phone: string | null;
  email: string | null;
  shifts: StaffShiftDto[];
  version: number;
}

/** Who is on duty at an instant, with the shift they are in. */
export interface OnDutyDto {
  at: string;
  items: { member: StaffMemberDto; shift: StaffShiftDto }[];
}

/** Whether an instant falls in a shift: from its start, up to but not including its end. */
export function shiftCovers(shift: StaffShiftDto, at: string): boolean {
  const instant = Date.parse(at);
  return Date.parse(shift.startsAt) <= instant && instant < Date.parse(shift.endsAt);
}

/** The shift a person is in at an instant, if any. */
export function currentShift(member: StaffMemberDto, at: string): StaffShiftDto | undefined {
  return member.shifts.find((shift) => shiftCovers(shift, at));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ("2027-06-28") of an instant in a time zone. */
export function calendarDay(iso: string, timeZone = DEFAULT_TIMEZONE): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

export interface RosterShift {
  member: StaffMemberDto;
  shift: StaffShiftDto;
}

export interface RosterDay {
  /** The day the shifts start on, in the event's time zone. */
  day: string;
  shifts: RosterShift[];
}

/** The roster by day: every shift under the day it starts on, days and shifts in time order. */
export function rosterByDay(members: StaffMemberDto[], timeZone = DEFAULT_TIMEZONE): RosterDay[] {
  const days = new Map<string, RosterShift[]>();
  for (const member of members) {
    for (const shift of member.shifts) {
      const day = calendarDay(shift.startsAt, timeZone);
      const list = days.get(day) ?? [];
      list.push({ member, shift });
      days.set(day, list);
    }
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, shifts]) => ({
      day,
      shifts: shifts.sort(
        (a, b) =>
          Date.parse(a.shift.startsAt) - Date.parse(b.shift.startsAt) ||
          a.member.fullName.localeCompare(b.member.fullName, 'sv'),
      ),
    }));
}

/** How many people of each role the event has, in the order of STAFF_ROLES; roles nobody has are left out. */
export function staffCountsByRole(members: { role: StaffRole }[]): { role: StaffRole; count: number }[] {
  return STAFF_ROLES.map((role) => ({
    role,
    count: members.filter((member) => member.role === role).length,
  })).filter((entry) => entry.count > 0);
}

/** The live-channel entry announcing a change to an event's staff (the permit pack counts them). */
export const STAFF_CHANGED = 'staff.changed';
