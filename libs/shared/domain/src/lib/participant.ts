import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { z } from 'zod';
import { Translated } from './language';
import { isoDateTime, lineText, optionalLineText, optionalText, versionField } from './validation';

export const PARTICIPANT_ROLES = ['elected-official', 'staff', 'guest'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PROTECTION_LEVELS = ['normal', 'elevated', 'high'] as const;
export type ProtectionLevel = (typeof PROTECTION_LEVELS)[number];

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, Translated> = {
  'elected-official': { sv: 'Förtroendevald', en: 'Elected official' },
  staff: { sv: 'Tjänsteperson', en: 'Staff' },
  guest: { sv: 'Gäst', en: 'Guest' },
};

export const PROTECTION_LEVEL_LABELS: Record<ProtectionLevel, Translated> = {
  normal: { sv: 'Normal', en: 'Normal' },
  elevated: { sv: 'Förhöjd', en: 'Elevated' },
  high: { sv: 'Hög', en: 'High' },
};

/** A phone number as a person types it ("070-174 06 05"), stored in E.164 ("+46701740605"); Swedish by default. */
export const e164Phone = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    const parsed = parsePhoneNumberFromString(value, 'SE');
    if (!parsed || !parsed.isValid()) {
      ctx.addIssue({ code: 'custom', params: { code: 'invalid_phone' } });
      return z.NEVER;
    }
    return parsed.number as string;
  });

export const emergencyContactSchema = z.strictObject({
  name: lineText(1, 200),
  phone: e164Phone,
});

const participantFields = {
  fullName: lineText(1, 200),
  role: z.enum(PARTICIPANT_ROLES),
  organization: optionalLineText(200),
  email: z.email().max(254).nullable(),
  phone: e164Phone.nullable(),
  protectionLevel: z.enum(PROTECTION_LEVELS),
  arrivalAt: isoDateTime.nullable(),
  departureAt: isoDateTime.nullable(),
  accommodationSiteId: z.string().min(1).max(64).nullable(),
  emergencyContact: emergencyContactSchema.nullable(),
  notes: optionalText(2000),
  party: optionalLineText(100).nullable(),
};

function departureNotBeforeArrival(
  value: { arrivalAt?: string | null; departureAt?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.arrivalAt && value.departureAt && Date.parse(value.departureAt) < Date.parse(value.arrivalAt)) {
    ctx.addIssue({ code: 'custom', path: ['departureAt'], params: { code: 'end_before_start' } });
  }
}

export const participantCreateSchema = z
  .strictObject({
    fullName: participantFields.fullName,
    role: participantFields.role.optional(),
    organization: participantFields.organization.optional(),
    email: participantFields.email.optional(),
    phone: participantFields.phone.optional(),
    protectionLevel: participantFields.protectionLevel.optional(),
    arrivalAt: participantFields.arrivalAt.optional(),
    departureAt: participantFields.departureAt.optional(),
    accommodationSiteId: participantFields.accommodationSiteId.optional(),
    emergencyContact: participantFields.emergencyContact.optional(),
    notes: participantFields.notes.optional(),
    party: participantFields.party.optional(),
  })
  .superRefine(departureNotBeforeArrival);
export type ParticipantCreate = z.output<typeof participantCreateSchema>;

export const participantUpdateSchema = z
  .strictObject(participantFields)
  .partial()
  .extend({ version: versionField })
  .superRefine(departureNotBeforeArrival);
export type ParticipantUpdate = z.output<typeof participantUpdateSchema>;

export interface ParticipantDto {
  id: string;
  eventId: string;
  fullName: string;
  role: ParticipantRole;
  organization: string;
  email: string | null;
  phone: string | null;
  protectionLevel: ProtectionLevel;
  arrivalAt: string | null;
  departureAt: string | null;
  accommodationSiteId: string | null;
  emergencyContact: { name: string; phone: string } | null;
  notes: string;
  /** Only present when the event keeps party affiliation at all. */
  party?: string | null;
  linkExpiresAt: string | null;
  version: number;
}

const scheduleFields = {
  title: lineText(1, 200),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  siteId: z.string().min(1).max(64).nullable(),
  isPublic: z.boolean(),
};

function endNotBeforeStart(value: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) < Date.parse(value.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], params: { code: 'end_before_start' } });
  }
}

export const scheduleItemCreateSchema = z
  .strictObject({
    ...scheduleFields,
    siteId: scheduleFields.siteId.optional(),
    isPublic: scheduleFields.isPublic.optional(),
  })
  .superRefine(endNotBeforeStart);
export type ScheduleItemCreate = z.output<typeof scheduleItemCreateSchema>;

export const scheduleItemUpdateSchema = z
  .strictObject(scheduleFields)
  .partial()
  .extend({ version: versionField })
  .superRefine(endNotBeforeStart);
export type ScheduleItemUpdate = z.output<typeof scheduleItemUpdateSchema>;

export interface ScheduleItemDto {
  id: string;
  participantId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
  isPublic: boolean;
  /** Other items of the same person that overlap this one in time. */
  overlapsWith: string[];
  version: number;
}

/** Ids of the items that overlap each item in time (same person); touching ends do not overlap. */
export function findOverlaps(
  items: { id: string; startsAt: string; endsAt: string }[],
): Map<string, string[]> {
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const overlaps = new Map<string, string[]>(items.map((item) => [item.id, []]));
  sorted.forEach((item, index) => {
    for (const other of sorted.slice(index + 1)) {
      if (Date.parse(other.startsAt) >= Date.parse(item.endsAt)) break;
      overlaps.get(item.id)?.push(other.id);
      overlaps.get(other.id)?.push(item.id);
    }
  });
  return overlaps;
}
