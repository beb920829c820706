import type { PermitApplicationDto, PermitApplicationUpdate, PermitKind } from '@tryggplan/shared/domain';
import { isoToLocalInput, localInputToIso } from '@tryggplan/web/core';

/** An appearance as the form holds it: wall-clock inputs in the event's time zone, '' for no site. */
export interface AppearanceDraft {
  key: number;
  title: string;
  topic: string;
  startsAt: string;
  endsAt: string;
  siteId: string;
  place: string;
}

export interface PermitDraft {
  organizerName: string;
  organizationNumber: string;
  organizerAddress: string;
  responsibleName: string;
  responsiblePhone: string;
  responsibleEmail: string;
  kind: PermitKind | '';
  appearances: AppearanceDraft[];
  expectedVisitors: string;
  evacuation: string;
}

let nextKey = 1;

export function emptyAppearance(): AppearanceDraft {
  return { key: nextKey++, title: '', topic: '', startsAt: '', endsAt: '', siteId: '', place: '' };
}

export function draftOfApplication(dto: PermitApplicationDto, timeZone: string): PermitDraft {
  return {
    organizerName: dto.organizer.name,
    organizationNumber: dto.organizer.organizationNumber,
    organizerAddress: dto.organizer.address,
    responsibleName: dto.responsible.name,
    responsiblePhone: dto.responsible.phone ?? '',
    responsibleEmail: dto.responsible.email ?? '',
    kind: dto.kind ?? '',
    appearances: dto.appearances.map((appearance) => ({
      key: nextKey++,
      title: appearance.title,
      topic: appearance.topic,
      startsAt: isoToLocalInput(appearance.startsAt, timeZone),
      endsAt: isoToLocalInput(appearance.endsAt, timeZone),
      siteId: appearance.siteId ?? '',
      place: appearance.place,
    })),
    expectedVisitors: dto.expectedVisitors == null ? '' : String(dto.expectedVisitors),
    evacuation: dto.evacuation,
  };
}

/** A number as typed: an integer when it reads as one, else the text, so the API's message names the field. */
function visitors(typed: string): number | string | null {
  const trimmed = typed.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The body the API takes: empty contact fields as null, times read in the event's zone. What the
 * browser could not read is sent as typed, so the API's (and the browser's own) check names its field.
 */
export function permitBody(draft: PermitDraft, timeZone: string, version: number): PermitApplicationUpdate {
  return {
    organizer: {
      name: draft.organizerName,
      organizationNumber: draft.organizationNumber,
      address: draft.organizerAddress,
    },
    responsible: {
      name: draft.responsibleName,
      phone: draft.responsiblePhone.trim() ? draft.responsiblePhone : null,
      email: draft.responsibleEmail.trim() ? draft.responsibleEmail.trim() : null,
    },
    kind: draft.kind || null,
    appearances: draft.appearances.map((appearance) => ({
      title: appearance.title,
      topic: appearance.topic,
      startsAt: localInputToIso(appearance.startsAt, timeZone) ?? appearance.startsAt,
      endsAt: localInputToIso(appearance.endsAt, timeZone) ?? appearance.endsAt,
      siteId: appearance.siteId || null,
      place: appearance.place,
    })),
    expectedVisitors: visitors(draft.expectedVisitors) as number | null,
    evacuation: draft.evacuation,
    version,
  };
}
