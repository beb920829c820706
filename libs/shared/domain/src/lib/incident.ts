import { z } from 'zod';
import { Language, Translated } from './language';
import type { StaffRole } from './staff';
import { isoDateTime, optionalLineText, optionalText, trimmedText, versionField } from './validation';

export const INCIDENT_CATEGORIES = [
  'threat',
  'harassment',
  'violence',
  'property-damage',
  'theft',
  'disruption-demonstration',
  'crowding',
  'medical',
  'fire',
  'suspicious',
  'information-security',
  'other',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const INCIDENT_STATUSES = ['reported', 'acknowledged', 'in-progress', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const POLICE_REPORT_STATUSES = ['not-reported', 'reported', 'not-required'] as const;
export type PoliceReportStatus = (typeof POLICE_REPORT_STATUSES)[number];

export const INCIDENT_ENTRY_KINDS = [
  'created',
  'note',
  'status',
  'assignment',
  'police-report',
  'checklist',
  'change',
] as const;
export type IncidentEntryKind = (typeof INCIDENT_ENTRY_KINDS)[number];

export const INCIDENT_REPORTER_KINDS = ['coordinator', 'participant', 'partner'] as const;
export type IncidentReporterKind = (typeof INCIDENT_REPORTER_KINDS)[number];

export const INCIDENT_CATEGORY_LABELS: Record<IncidentCategory, Translated> = {
  threat: { sv: 'Hot', en: 'Threat' },
  harassment: { sv: 'Trakasserier', en: 'Harassment' },
  violence: { sv: 'Våld', en: 'Violence' },
  'property-damage': { sv: 'Skadegörelse', en: 'Property damage' },
  theft: { sv: 'Stöld', en: 'Theft' },
  'disruption-demonstration': { sv: 'Störning och demonstration', en: 'Disruption and demonstration' },
  crowding: { sv: 'Trängsel', en: 'Crowding' },
  medical: { sv: 'Sjukdom och olycksfall', en: 'Medical' },
  fire: { sv: 'Brand', en: 'Fire' },
  suspicious: { sv: 'Misstänkt beteende eller föremål', en: 'Suspicious behaviour or object' },
  'information-security': { sv: 'Informationssäkerhet och doxning', en: 'Information security and doxxing' },
  other: { sv: 'Övrigt', en: 'Other' },
};

export const INCIDENT_SEVERITY_LABELS: Record<IncidentSeverity, Translated> = {
  low: { sv: 'Låg', en: 'Low' },
  medium: { sv: 'Medel', en: 'Medium' },
  high: { sv: 'Hög', en: 'High' },
  critical: { sv: 'Kritisk', en: 'Critical' },
};

/** Fill and text colour of a severity: the text on the fill meets WCAG AA (4.5:1). */
export const INCIDENT_SEVERITY_COLORS: Record<IncidentSeverity, { fill: string; text: string }> = {
  low: { fill: '#2e7d32', text: '#ffffff' },
  medium: { fill: '#f9a825', text: '#1a1a1a' },
  high: { fill: '#c62828', text: '#ffffff' },
  critical: { fill: '#4a0072', text: '#ffffff' },
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, Translated> = {
  reported: { sv: 'Rapporterad', en: 'Reported' },
  acknowledged: { sv: 'Mottagen', en: 'Acknowledged' },
  'in-progress': { sv: 'Hanteras', en: 'In progress' },
  closed: { sv: 'Avslutad', en: 'Closed' },
};

export const POLICE_REPORT_STATUS_LABELS: Record<PoliceReportStatus, Translated> = {
  'not-reported': { sv: 'Inte polisanmäld', en: 'Not reported to the police' },
  reported: { sv: 'Polisanmäld', en: 'Reported to the police' },
  'not-required': { sv: 'Ingen anmälan (skäl angivet)', en: 'No report (reason given)' },
};

export const INCIDENT_ENTRY_KIND_LABELS: Record<IncidentEntryKind, Translated> = {
  created: { sv: 'Loggad', en: 'Logged' },
  note: { sv: 'Notering', en: 'Note' },
  status: { sv: 'Status', en: 'Status' },
  assignment: { sv: 'Ansvarig', en: 'Assignee' },
  'police-report': { sv: 'Polisanmälan', en: 'Police report' },
  checklist: { sv: 'Handlingsplan', en: 'Action plan' },
  change: { sv: 'Ändring', en: 'Change' },
};

export const INCIDENT_REPORTER_KIND_LABELS: Record<IncidentReporterKind, Translated> = {
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  participant: { sv: 'Deltagare', en: 'Participant' },
  partner: { sv: 'Samverkanspart', en: 'Partner' },
};

/** How an incident is named everywhere: H-1, H-2, … per event (H for händelse, also in English). */
export const incidentLabel = (number: number): string => `H-${number}`;

/** Severity order for sorting, most severe first. */
export const INCIDENT_SEVERITY_RANK: Record<IncidentSeverity, number> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
};

const id = z.string().min(1).max(64);

export const incidentLocationSchema = z.strictObject({
  siteId: id.nullable().optional(),
  point: z
    .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .nullable()
    .optional(),
  place: optionalLineText(200).optional(),
});
export type IncidentLocationInput = z.output<typeof incidentLocationSchema>;

export const policeReportSchema = z.strictObject({
  status: z.enum(POLICE_REPORT_STATUSES),
  reportNumber: optionalLineText(40).optional(),
  reportedAt: isoDateTime.nullable().optional(),
  reason: optionalText(2000).optional(),
});
export type PoliceReportInput = z.output<typeof policeReportSchema>;

const incidentFields = {
  title: optionalLineText(200),
  description: optionalText(10000),
  category: z.enum(INCIDENT_CATEGORIES),
  severity: z.enum(INCIDENT_SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  occurredAt: isoDateTime,
  location: incidentLocationSchema,
  participantIds: z.array(id).max(200),
  assigneeId: id.nullable(),
  /** A staff member of the event's security organisation, as the assignee instead of a member. */
  staffAssigneeId: id.nullable(),
  riskIds: z.array(id).max(200),
  isCrime: z.boolean(),
  police: policeReportSchema,
  isExercise: z.boolean(),
};

const hasLocation = (location: IncidentLocationInput | undefined): boolean =>
  Boolean(location && (location.siteId || location.point || location.place));

/** A police report needs its number, and "no report" its reason. */
function checkPoliceReport(police: PoliceReportInput | undefined, ctx: z.RefinementCtx): void {
  if (!police) return;
  if (police.status === 'reported' && !police.reportNumber) {
    ctx.addIssue({
      code: 'custom',
      path: ['police', 'reportNumber'],
      params: { code: 'report_number_required' },
    });
  }
  if (police.status === 'not-required' && !police.reason) {
    ctx.addIssue({
      code: 'custom',
      path: ['police', 'reason'],
      params: { code: 'no_report_reason_required' },
    });
  }
}

/** An incident has one assignee: a member of the event or a staff member, not both. */
function checkOneAssignee(
  value: { assigneeId?: string | null; staffAssigneeId?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.assigneeId && value.staffAssigneeId) {
    ctx.addIssue({ code: 'custom', path: ['staffAssigneeId'], params: { code: 'one_assignee' } });
  }
}

/**
 * The quick form: category, severity, where and what. The rest has defaults (status reported, now,
 * no crime) and can be filled in later.
 */
export const incidentCreateSchema = z
  .strictObject({
    ...incidentFields,
    title: incidentFields.title.optional(),
    description: trimmedText(1, 10000),
    status: incidentFields.status.optional(),
    occurredAt: incidentFields.occurredAt.optional(),
    participantIds: incidentFields.participantIds.optional(),
    assigneeId: incidentFields.assigneeId.optional(),
    staffAssigneeId: incidentFields.staffAssigneeId.optional(),
    riskIds: incidentFields.riskIds.optional(),
    isCrime: incidentFields.isCrime.optional(),
    police: incidentFields.police.optional(),
    isExercise: incidentFields.isExercise.optional(),
  })
  .superRefine((value, ctx) => {
    if (!hasLocation(value.location)) {
      ctx.addIssue({ code: 'custom', path: ['location'], params: { code: 'location_required' } });
    }
    checkPoliceReport(value.police, ctx);
    checkOneAssignee(value, ctx);
  });
export type IncidentCreate = z.output<typeof incidentCreateSchema>;

export const incidentUpdateSchema = z
  .strictObject(incidentFields)
  .partial()
  .extend({ version: versionField })
  .superRefine((value, ctx) => {
    if (value.location && !hasLocation(value.location)) {
      ctx.addIssue({ code: 'custom', path: ['location'], params: { code: 'location_required' } });
    }
    checkPoliceReport(value.police, ctx);
    checkOneAssignee(value, ctx);
  });
export type IncidentUpdate = z.output<typeof incidentUpdateSchema>;

/** Every crime is reported: a possible crime closes only with a report number or a recorded reason. */
export function crimeMayClose(incident: {
  isCrime: boolean;
  police: { status: PoliceReportStatus };
}): boolean {
  return !incident.isCrime || incident.police.status !== 'not-reported';
}

/** A crime still waiting for its police report; exercises never count. */
export function isUnreportedCrime(incident: {
  isCrime: boolean;
  isExercise: boolean;
  police: { status: PoliceReportStatus };
}): boolean {
  return incident.isCrime && !incident.isExercise && incident.police.status === 'not-reported';
}

export const incidentNoteSchema = z.strictObject({ body: trimmedText(1, 4000) });
export type IncidentNote = z.output<typeof incidentNoteSchema>;

export const entryStrikeSchema = z.strictObject({ reason: trimmedText(1, 1000) });
export type EntryStrike = z.output<typeof entryStrikeSchema>;

export const checklistTickSchema = z.strictObject({ done: z.boolean(), version: versionField });
export type ChecklistTick = z.output<typeof checklistTickSchema>;

export const incidentListQuerySchema = z.strictObject({
  status: z.enum(INCIDENT_STATUSES).optional(),
  category: z.enum(INCIDENT_CATEGORIES).optional(),
  severity: z.enum(INCIDENT_SEVERITIES).optional(),
  unreportedCrime: z.enum(['true', 'false']).optional(),
  exercise: z.enum(['include', 'exclude', 'only']).default('include'),
  q: optionalLineText(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;

/** What a participant sends from their personal page; `clientId` is made on the phone, once per report. */
export const participantReportSchema = z.strictObject({
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  description: trimmedText(1, 4000),
  occurredAt: isoDateTime.optional(),
  place: optionalLineText(200).optional(),
  mayCall: z.boolean(),
});
export type ParticipantReport = z.output<typeof participantReportSchema>;

export interface IncidentLocationDto {
  siteId: string | null;
  /** The site's name, for showing; null when there is no site or it was deleted. */
  siteName: string | null;
  point: { lat: number; lng: number } | null;
  place: string;
}

export interface PoliceReportDto {
  status: PoliceReportStatus;
  reportNumber: string;
  reportedAt: string | null;
  reason: string;
}

export interface ChecklistStepDto {
  id: string;
  text: Translated;
  forPerson: boolean;
  done: boolean;
  doneAt: string | null;
  doneBy: string | null;
}

export interface IncidentDto {
  id: string;
  eventId: string;
  number: number;
  title: string;
  description: string;
  category: IncidentCategory;
  severity: IncidentSeverity;
  status: IncidentStatus;
  occurredAt: string;
  reportedAt: string;
  closedAt: string | null;
  location: IncidentLocationDto;
  participantIds: string[];
  reporter: { kind: IncidentReporterKind; name: string; mayCall: boolean; phone: string };
  assigneeId: string | null;
  /** The staff member assigned instead of a member; null once they are deleted. */
  staffAssigneeId: string | null;
  riskIds: string[];
  isCrime: boolean;
  police: PoliceReportDto;
  isExercise: boolean;
  checklist: ChecklistStepDto[];
  /** True once the event's retention erased its personal data; the statistics remain. */
  redacted: boolean;
  version: number;
}

export interface IncidentEntryDto {
  id: string;
  incidentId: string;
  kind: IncidentEntryKind;
  /** A note's text; for system entries their description in the caller's language. */
  body: string;
  data: IncidentEntryData;
  createdAt: string;
  createdBy: string;
  struck: { at: string; by: string; reason: string } | null;
}

export interface IncidentDetailDto extends IncidentDto {
  entries: IncidentEntryDto[];
  participants: { id: string; fullName: string; phone: string }[];
  /** Who is assigned, by name: a member of the event, or a staff member (`kind: 'staff'`) with their role. */
  assignee: { id: string; displayName: string; kind?: 'member' | 'staff'; role?: StaffRole } | null;
  risks: { id: string; title: string; level: string }[];
}

export interface IncidentCounts {
  total: number;
  open: number;
  byStatus: Record<IncidentStatus, number>;
  bySeverity: Record<IncidentSeverity, number>;
  /** Possible crimes not yet reported to the police, exercises left out. */
  unreportedCrimes: number;
}

/** An incident as the board lists it: everything but the checklist, which only its own page shows. */
export type IncidentSummaryDto = Omit<IncidentDto, 'checklist'>;

/** One page of the board, newest first; `total` matches the filters, `counts` the whole event. */
export interface IncidentBoardDto {
  items: IncidentSummaryDto[];
  total: number;
  limit: number;
  offset: number;
  counts: IncidentCounts;
}

/** What a participant sees of their own reports. */
export interface ParticipantIncidentDto {
  id: string;
  number: number;
  description: string;
  occurredAt: string;
  reportedAt: string;
  place: string;
  status: IncidentStatus;
}

/** A partner's view: no personal data unless the share includes participant names. */
export interface PartnerIncidentDto {
  id: string;
  number: number;
  title: string;
  category: IncidentCategory;
  severity: IncidentSeverity;
  status: IncidentStatus;
  occurredAt: string;
  location: { siteName: string | null; point: { lat: number; lng: number } | null; place: string };
  isCrime: boolean;
  police: { status: PoliceReportStatus; reportNumber: string };
  isExercise: boolean;
  /** Only with the share's `participant-names` scope, like the description and the unit's own notes. */
  description: string | null;
  participantNames: string[] | null;
  entries: PartnerIncidentEntryDto[];
}

export interface PartnerIncidentEntryDto {
  id: string;
  kind: IncidentEntryKind;
  body: string;
  createdAt: string;
  createdBy: string;
  struck: boolean;
}

/** What a system entry of the timeline recorded, kept in no language so it reads in either. */
export interface IncidentEntryData {
  number?: number;
  status?: IncidentStatus;
  from?: IncidentStatus;
  assignee?: { id: string; name: string } | null;
  police?: { status: PoliceReportStatus; reportNumber: string; reason: string };
  step?: { id: string; text: Translated; done: boolean };
  fields?: string[];
}

const FIELD_LABELS: Record<string, Translated> = {
  title: { sv: 'rubrik', en: 'title' },
  description: { sv: 'beskrivning', en: 'description' },
  category: { sv: 'kategori', en: 'category' },
  severity: { sv: 'allvarlighet', en: 'severity' },
  occurredAt: { sv: 'tidpunkt', en: 'time' },
  location: { sv: 'plats', en: 'location' },
  participantIds: { sv: 'berörda personer', en: 'people involved' },
  riskIds: { sv: 'planerade risker', en: 'planned risks' },
  isCrime: { sv: 'möjligt brott', en: 'possible crime' },
  isExercise: { sv: 'övning', en: 'exercise' },
};

/** The words of a timeline entry: a note is its own text, a system entry is told from its data. */
export function describeEntry(
  entry: { kind: IncidentEntryKind; body: string; data: IncidentEntryData },
  lang: Language,
): string {
  const { data } = entry;
  switch (entry.kind) {
    case 'created':
      return lang === 'sv'
        ? `Händelsen loggades som ${incidentLabel(data.number ?? 0)}.`
        : `Logged as ${incidentLabel(data.number ?? 0)}.`;
    case 'status': {
      const to = data.status ? INCIDENT_STATUS_LABELS[data.status][lang] : '';
      const from = data.from ? INCIDENT_STATUS_LABELS[data.from][lang] : '';
      return lang === 'sv' ? `Status: ${from} → ${to}.` : `Status: ${from} → ${to}.`;
    }
    case 'assignment':
      if (!data.assignee) return lang === 'sv' ? 'Ingen ansvarig.' : 'No assignee.';
      return lang === 'sv' ? `Ansvarig: ${data.assignee.name}.` : `Assigned to ${data.assignee.name}.`;
    case 'police-report': {
      const police = data.police;
      if (!police) return entry.body;
      const label = POLICE_REPORT_STATUS_LABELS[police.status][lang];
      if (police.status === 'reported') return `${label}: ${police.reportNumber}.`;
      if (police.status === 'not-required') return `${label}: ${police.reason}`;
      return `${label}.`;
    }
    case 'checklist': {
      const step = data.step;
      if (!step) return entry.body;
      const mark = step.done ? (lang === 'sv' ? 'Klart' : 'Done') : lang === 'sv' ? 'Inte klart' : 'Not done';
      return `${mark}: ${step.text[lang]}`;
    }
    case 'change': {
      const fields = (data.fields ?? []).map((field) => FIELD_LABELS[field]?.[lang] ?? field).join(', ');
      return lang === 'sv' ? `Ändrade ${fields}.` : `Changed ${fields}.`;
    }
    default:
      return entry.body;
  }
}
