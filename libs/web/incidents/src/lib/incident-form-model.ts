import {
  IncidentCategory,
  IncidentCreate,
  IncidentDto,
  IncidentSeverity,
  IncidentStatus,
  IncidentUpdate,
  PoliceReportInput,
  PoliceReportStatus,
} from '@tryggplan/shared/domain';
import { FormErrors, isoToLocalInput, localInputToIso } from '@tryggplan/web/core';
import { assigneeChanges, assigneeValue } from './assignee-options';

export interface Point {
  lat: number;
  lng: number;
}

/** The quick form's values: the four fields up front and the two ticks under "Mer". */
export interface QuickDraft {
  category: IncidentCategory | '';
  severity: IncidentSeverity | '';
  siteId: string;
  place: string;
  point: Point | null;
  description: string;
  isExercise: boolean;
  isCrime: boolean;
}

export function emptyQuickDraft(): QuickDraft {
  return {
    category: '',
    severity: '',
    siteId: '',
    place: '',
    point: null,
    description: '',
    isExercise: false,
    isCrime: false,
  };
}

/** The location as the API takes it; an unchosen site or an empty place is left out. */
function locationOf(draft: {
  siteId: string;
  place: string;
  point: Point | null;
}): IncidentCreate['location'] {
  return {
    ...(draft.siteId ? { siteId: draft.siteId } : {}),
    ...(draft.point ? { point: draft.point } : {}),
    ...(draft.place.trim() ? { place: draft.place } : {}),
  };
}

/** Whether the quick form says where: a site, a point or a place in words. */
export function hasWhere(draft: Pick<QuickDraft, 'siteId' | 'place' | 'point'>): boolean {
  return !!draft.siteId || !!draft.point || !!draft.place.trim();
}

/** The POST body of the quick form; unchosen selects are missing so the schema says "required". */
export function quickBody(draft: QuickDraft): IncidentCreate {
  return {
    category: (draft.category || undefined) as IncidentCategory,
    severity: (draft.severity || undefined) as IncidentSeverity,
    location: locationOf(draft),
    description: draft.description,
    ...(draft.isExercise ? { isExercise: true } : {}),
    ...(draft.isCrime ? { isCrime: true } : {}),
  };
}

/** The incident page's form: every editable fact; times as `datetime-local` values in the event's zone. */
export interface IncidentDraft {
  title: string;
  description: string;
  category: IncidentCategory;
  severity: IncidentSeverity;
  status: IncidentStatus;
  occurredAt: string;
  siteId: string;
  place: string;
  point: Point | null;
  assigneeId: string;
  participantIds: string[];
  riskIds: string[];
  isCrime: boolean;
  isExercise: boolean;
  policeStatus: PoliceReportStatus;
  reportNumber: string;
  reportedAt: string;
  reason: string;
}

export function draftOfIncident(incident: IncidentDto, timeZone: string): IncidentDraft {
  return {
    title: incident.title,
    description: incident.description,
    category: incident.category,
    severity: incident.severity,
    status: incident.status,
    occurredAt: isoToLocalInput(incident.occurredAt, timeZone),
    siteId: incident.location.siteId ?? '',
    place: incident.location.place,
    point: incident.location.point,
    assigneeId: assigneeValue(incident),
    participantIds: [...incident.participantIds],
    riskIds: [...incident.riskIds],
    isCrime: incident.isCrime,
    isExercise: incident.isExercise,
    policeStatus: incident.police.status,
    reportNumber: incident.police.reportNumber,
    reportedAt: isoToLocalInput(incident.police.reportedAt, timeZone),
    reason: incident.police.reason,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const samePoint = (a: Point | null, b: Point | null) => a?.lat === b?.lat && a?.lng === b?.lng;

function policeOf(draft: IncidentDraft, timeZone: string): PoliceReportInput {
  if (draft.policeStatus === 'reported') {
    const reportedAt = localInputToIso(draft.reportedAt, timeZone);
    return {
      status: 'reported',
      reportNumber: draft.reportNumber,
      ...(reportedAt ? { reportedAt } : {}),
    };
  }
  if (draft.policeStatus === 'not-required') return { status: 'not-required', reason: draft.reason };
  return { status: 'not-reported' };
}

function policeChanged(base: IncidentDraft, draft: IncidentDraft): boolean {
  if (base.policeStatus !== draft.policeStatus) return true;
  if (draft.policeStatus === 'reported') {
    return base.reportNumber !== draft.reportNumber || base.reportedAt !== draft.reportedAt;
  }
  return draft.policeStatus === 'not-required' && base.reason !== draft.reason;
}

/**
 * The PATCH body without its version: only what the form changed, so an untouched field is never
 * written (and never shows in the timeline as a change). An emptied time is sent as written, for
 * the schema to name it.
 */
export function changesOf(
  incident: IncidentDto,
  draft: IncidentDraft,
  timeZone: string,
): Omit<IncidentUpdate, 'version'> {
  const base = draftOfIncident(incident, timeZone);
  const changes: Omit<IncidentUpdate, 'version'> = {};
  if (draft.title !== base.title) changes.title = draft.title;
  if (draft.description !== base.description) changes.description = draft.description;
  if (draft.category !== base.category) changes.category = draft.category;
  if (draft.severity !== base.severity) changes.severity = draft.severity;
  if (draft.status !== base.status) changes.status = draft.status;
  if (draft.occurredAt !== base.occurredAt) {
    changes.occurredAt = localInputToIso(draft.occurredAt, timeZone) ?? draft.occurredAt;
  }
  if (draft.siteId !== base.siteId || draft.place !== base.place || !samePoint(draft.point, base.point)) {
    changes.location = { siteId: draft.siteId || null, point: draft.point, place: draft.place };
  }
  if (draft.assigneeId !== base.assigneeId)
    Object.assign(changes, assigneeChanges(draft.assigneeId, base.assigneeId));
  if (!sameSet(draft.participantIds, base.participantIds)) changes.participantIds = [...draft.participantIds];
  if (!sameSet(draft.riskIds, base.riskIds)) changes.riskIds = [...draft.riskIds];
  if (draft.isCrime !== base.isCrime) changes.isCrime = draft.isCrime;
  if (draft.isExercise !== base.isExercise) changes.isExercise = draft.isExercise;
  if (policeChanged(base, draft)) changes.police = policeOf(draft, timeZone);
  return changes;
}

/**
 * Whether two versions of an incident differ in what the form edits. When only the checklist or
 * the version moved (a step ticked here or elsewhere), a form with unsaved changes can take the new
 * version: nothing it would overwrite has changed.
 */
export function sameEditableFacts(a: IncidentDto, b: IncidentDto, timeZone: string): boolean {
  return JSON.stringify(draftOfIncident(a, timeZone)) === JSON.stringify(draftOfIncident(b, timeZone));
}

/** API field names → the form's: array items and nested parts point at the control that shows them. */
export function formFieldOf(field: string): string {
  if (/^participantIds\b/.test(field)) return 'participantIds';
  if (/^riskIds\b/.test(field)) return 'riskIds';
  if (field === 'location.siteId') return 'siteId';
  if (field === 'location.place') return 'place';
  if (field.startsWith('location')) return 'location';
  if (field === 'police.reportNumber') return 'reportNumber';
  if (field === 'police.reportedAt') return 'reportedAt';
  if (field === 'police.reason') return 'reason';
  if (field.startsWith('police')) return 'police';
  if (field === 'staffAssigneeId') return 'assigneeId';
  return field;
}

/** A point as people read it, to five decimals (about a metre). */
export function pointText(point: Point): string {
  return `${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}`;
}

/**
 * Errors as the form shows them: each API field moved to the control that shows it (`formFieldOf`),
 * and what the form has no place for listed in the alert, so nothing is hidden.
 */
export function placeFieldErrors(errors: FormErrors, shown: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const other = [...errors.other];
  for (const [field, message] of Object.entries(errors.fields)) {
    const target = formFieldOf(field);
    if (!shown.includes(target)) {
      other.push(`${field}: ${message}`);
      continue;
    }
    fields[target] = fields[target] ? `${fields[target]} ${message}` : message;
  }
  return { ...errors, fields, other };
}
