import type { StaffCreate, StaffMemberDto, StaffRole } from '@tryggplan/shared/domain';
import { isoToLocalInput, localInputToIso } from '@tryggplan/web/core';

/** A shift as the form holds it: wall-clock inputs in the event's time zone, '' for no post. */
export interface ShiftDraft {
  key: number;
  startsAt: string;
  endsAt: string;
  siteId: string;
}

export interface StaffDraft {
  fullName: string;
  role: StaffRole;
  organization: string;
  phone: string;
  email: string;
  shifts: ShiftDraft[];
}

let nextKey = 1;

export function emptyShift(): ShiftDraft {
  return { key: nextKey++, startsAt: '', endsAt: '', siteId: '' };
}

export function emptyStaffDraft(): StaffDraft {
  return { fullName: '', role: 'guard', organization: '', phone: '', email: '', shifts: [] };
}

export function draftOfMember(member: StaffMemberDto, timeZone: string): StaffDraft {
  return {
    fullName: member.fullName,
    role: member.role,
    organization: member.organization,
    phone: member.phone ?? '',
    email: member.email ?? '',
    shifts: member.shifts.map((shift) => ({
      key: nextKey++,
      startsAt: isoToLocalInput(shift.startsAt, timeZone),
      endsAt: isoToLocalInput(shift.endsAt, timeZone),
      siteId: shift.siteId ?? '',
    })),
  };
}

/**
 * The body the API takes: empty contact fields as null, times read in the event's zone. A time the
 * browser could not read is sent as typed, so the API's message names its field.
 */
export function staffBody(draft: StaffDraft, timeZone: string): StaffCreate {
  return {
    fullName: draft.fullName,
    role: draft.role,
    organization: draft.organization,
    phone: draft.phone.trim() ? draft.phone : null,
    email: draft.email.trim() ? draft.email.trim() : null,
    shifts: draft.shifts.map((shift) => ({
      startsAt: localInputToIso(shift.startsAt, timeZone) ?? shift.startsAt,
      endsAt: localInputToIso(shift.endsAt, timeZone) ?? shift.endsAt,
      siteId: shift.siteId || null,
    })),
  };
}
