import { z } from 'zod';
import { contactSchema, Contact, WrittenText, writtenIn } from './contact';
import { EVENT_STATUSES, EventStatus } from './enums';
import { DEFAULT_TIMEZONE, Language } from './language';
import {
  isoDateTime,
  lineText,
  optionalLineText,
  optionalText,
  timezoneField,
  versionField,
} from './validation';

export const latLngSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type LatLng = z.output<typeof latLngSchema>;

const eventFields = {
  name: lineText(1, 200),
  description: optionalText(5000),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  timezone: timezoneField,
  locationName: optionalLineText(200),
  center: latLngSchema,
  zoom: z.int().min(1).max(19),
  status: z.enum(EVENT_STATUSES),
  contacts: z.array(contactSchema).max(20),
  keepsPartyAffiliation: z.boolean(),
  /**
   * The coordinator's general advice and threat summary, printed in every briefing folder: the
   * Swedish texts, and their English versions for English folders (see `eventText`).
   */
  briefingAdvice: optionalText(5000),
  threatSummary: optionalText(5000),
  briefingAdviceEn: optionalText(5000),
  threatSummaryEn: optionalText(5000),
};

const endNotBeforeStart = (value: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) < Date.parse(value.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], params: { code: 'end_before_start' } });
  }
};

export const eventCreateSchema = z
  .strictObject({
    ...eventFields,
    description: eventFields.description.optional(),
    timezone: eventFields.timezone.optional(),
    locationName: eventFields.locationName.optional(),
    center: eventFields.center.optional(),
    zoom: eventFields.zoom.optional(),
    status: eventFields.status.optional(),
    contacts: eventFields.contacts.optional(),
    keepsPartyAffiliation: eventFields.keepsPartyAffiliation.optional(),
    briefingAdvice: eventFields.briefingAdvice.optional(),
    threatSummary: eventFields.threatSummary.optional(),
    briefingAdviceEn: eventFields.briefingAdviceEn.optional(),
    threatSummaryEn: eventFields.threatSummaryEn.optional(),
  })
  .superRefine(endNotBeforeStart);
export type EventCreate = z.output<typeof eventCreateSchema>;

export const eventUpdateSchema = z
  .strictObject(eventFields)
  .partial()
  .extend({ version: versionField })
  .superRefine(endNotBeforeStart);
export type EventUpdate = z.output<typeof eventUpdateSchema>;

/** Visby, the reference event's town, is where a new event's map opens unless told otherwise. */
export const DEFAULT_EVENT_CENTER: LatLng = { lat: 57.6398, lng: 18.2915 };

export interface EventDto {
  id: string;
  name: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  locationName: string;
  center: LatLng;
  zoom: number;
  status: EventStatus;
  contacts: Contact[];
  keepsPartyAffiliation: boolean;
  briefingAdvice: string;
  threatSummary: string;
  /**
   * The English versions, '' when not written. Always in the API's answers; optional in the type
   * because they came later than the Swedish ones.
   */
  briefingAdviceEn?: string;
  threatSummaryEn?: string;
  /** When participants' personal data is erased: RETENTION_DAYS after the end. */
  personalDataPurgeAt: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What an admin sees of an event: enough to manage its members, none of its content. */
export interface EventSummaryDto {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  status: EventStatus;
  memberCount: number;
}

export type EventFields = Omit<
  EventDto,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'personalDataPurgeAt'
> &
  Required<Pick<EventDto, 'briefingAdviceEn' | 'threatSummaryEn'>>;

export function withEventDefaults(input: EventCreate): EventFields {
  return {
    name: input.name,
    description: input.description ?? '',
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timezone: input.timezone ?? DEFAULT_TIMEZONE,
    locationName: input.locationName ?? '',
    center: input.center ?? DEFAULT_EVENT_CENTER,
    zoom: input.zoom ?? 15,
    status: input.status ?? 'planning',
    contacts: input.contacts ?? [],
    keepsPartyAffiliation: input.keepsPartyAffiliation ?? false,
    briefingAdvice: input.briefingAdvice ?? '',
    threatSummary: input.threatSummary ?? '',
    briefingAdviceEn: input.briefingAdviceEn ?? '',
    threatSummaryEn: input.threatSummaryEn ?? '',
  };
}

/** The coordinator's texts that exist in Swedish (`threatSummary`) and English (`threatSummaryEn`). */
export type EventText = 'threatSummary' | 'briefingAdvice';

/**
 * One of the event's texts for a reader: in their language when written, else the other language's,
 * which the folder then marks as such (see `writtenIn`).
 */
export function eventText(
  event: Partial<Record<EventText | `${EventText}En`, string>>,
  key: EventText,
  lang: Language,
): WrittenText {
  return writtenIn({ sv: event[key], en: event[`${key}En`] }, lang);
}

export function endsBeforeStart(event: { startsAt: string; endsAt: string }): boolean {
  return Date.parse(event.endsAt) < Date.parse(event.startsAt);
}
