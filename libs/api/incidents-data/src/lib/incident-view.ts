import {
  ChecklistStepDto,
  describeEntry,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  IncidentCategory,
  IncidentCounts,
  IncidentDto,
  IncidentEntryData,
  IncidentEntryDto,
  IncidentEntryKind,
  IncidentReporterKind,
  IncidentSeverity,
  IncidentStatus,
  isUnreportedCrime,
  Language,
  ParticipantIncidentDto,
  PoliceReportStatus,
} from '@tryggplan/shared/domain';
import { CountRow, EntryRow, IncidentRow } from './incidents.queries';

export interface IncidentLinks {
  participantIds: string[];
  riskIds: string[];
}

const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export function toIncidentDto(row: IncidentRow, links: IncidentLinks): IncidentDto {
  const point = row.lat != null && row.lng != null ? { lat: Number(row.lat), lng: Number(row.lng) } : null;
  const mayCall = Boolean(row.mayCall);
  return {
    id: row.id,
    eventId: row.eventId,
    number: Number(row.number),
    title: row.title,
    description: row.description,
    category: row.category as IncidentCategory,
    severity: row.severity as IncidentSeverity,
    status: row.status as IncidentStatus,
    occurredAt: row.occurredAt,
    reportedAt: row.reportedAt,
    closedAt: row.closedAt,
    location: { siteId: row.siteId, siteName: row.siteName, point, place: row.place },
    participantIds: links.participantIds,
    reporter: {
      kind: row.reporterKind as IncidentReporterKind,
      name: row.reporterName,
      mayCall,
      // a participant's number is shown only when they said they may be called
      phone: mayCall ? (row.reporterPhone ?? '') : '',
    },
    assigneeId: row.assigneeId,
    staffAssigneeId: row.staffAssigneeId ?? null,
    riskIds: links.riskIds,
    isCrime: Boolean(row.isCrime),
    police: {
      status: row.policeStatus as PoliceReportStatus,
      reportNumber: row.policeReportNumber,
      reportedAt: row.policeReportedAt,
      reason: row.policeReason,
    },
    isExercise: Boolean(row.isExercise),
    checklist: parseJson<ChecklistStepDto[]>(row.checklist, []),
    redacted: row.redactedAt != null,
    version: Number(row.version),
  };
}

export function toEntryDto(row: EntryRow, lang: Language): IncidentEntryDto {
  const data = parseJson<IncidentEntryData>(row.data, {});
  const kind = row.kind as IncidentEntryKind;
  return {
    id: row.id,
    incidentId: row.incidentId,
    kind,
    body: describeEntry({ kind, body: row.body, data }, lang),
    data,
    createdAt: row.createdAt,
    createdBy: row.authorLabel,
    struck: row.struckAt
      ? { at: row.struckAt, by: row.struckBy ?? '', reason: row.struckReason ?? '' }
      : null,
  };
}

export function toParticipantIncident(row: IncidentRow): ParticipantIncidentDto {
  return {
    id: row.id,
    number: Number(row.number),
    description: row.description,
    occurredAt: row.occurredAt,
    reportedAt: row.reportedAt,
    place: row.place,
    status: row.status as IncidentStatus,
  };
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** The board's counts from the grouped rows (exercises are already left out by the query). */
export function toCounts(rows: CountRow[]): IncidentCounts {
  const counts: IncidentCounts = {
    total: 0,
    open: 0,
    byStatus: zeroes(INCIDENT_STATUSES),
    bySeverity: zeroes(INCIDENT_SEVERITIES),
    unreportedCrimes: 0,
  };
  for (const row of rows) {
    const count = Number(row.count);
    counts.total += count;
    counts.byStatus[row.status as IncidentStatus] += count;
    counts.bySeverity[row.severity as IncidentSeverity] += count;
    if (row.status !== 'closed') counts.open += count;
    const crime = {
      isCrime: Boolean(row.isCrime),
      isExercise: false,
      police: { status: row.policeStatus as PoliceReportStatus },
    };
    if (isUnreportedCrime(crime)) counts.unreportedCrimes += count;
  }
  return counts;
}

/** Groups link rows by incident. */
export function groupLinks<K extends string>(
  rows: ({ incidentId: string } & Record<K, string>)[],
  key: K,
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    const list = map.get(row.incidentId);
    if (list) list.push(row[key]);
    else map.set(row.incidentId, [row[key]]);
  }
  return map;
}
