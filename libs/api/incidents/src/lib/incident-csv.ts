import {
  formatDateTime,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STATUS_LABELS,
  incidentLabel,
  IncidentDto,
  Language,
  POLICE_REPORT_STATUS_LABELS,
} from '@tryggplan/shared/domain';

const HEADERS: Record<Language, string[]> = {
  sv: [
    'Nummer',
    'Inträffade',
    'Loggades',
    'Kategori',
    'Allvarlighet',
    'Status',
    'Rubrik',
    'Plats',
    'Möjligt brott',
    'Polisanmälan',
    'Diarienummer',
    'Övning',
    'Planerade risker',
    'Avslutades',
  ],
  en: [
    'Number',
    'Occurred',
    'Logged',
    'Category',
    'Severity',
    'Status',
    'Title',
    'Location',
    'Possible crime',
    'Police report',
    'Report number',
    'Exercise',
    'Planned risks',
    'Closed',
  ],
};

/** One row per incident, times in the event's zone, labels in the language asked for. */
export function incidentCsv(
  incidents: IncidentDto[],
  riskTitles: Map<string, string>,
  lang: Language,
  timezone: string,
): { headers: string[]; rows: string[][] } {
  const yes = lang === 'sv' ? 'Ja' : 'Yes';
  const no = lang === 'sv' ? 'Nej' : 'No';
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, timezone) : '');
  return {
    headers: HEADERS[lang],
    rows: incidents.map((incident) => [
      incidentLabel(incident.number),
      when(incident.occurredAt),
      when(incident.reportedAt),
      INCIDENT_CATEGORY_LABELS[incident.category][lang],
      INCIDENT_SEVERITY_LABELS[incident.severity][lang],
      INCIDENT_STATUS_LABELS[incident.status][lang],
      incident.title,
      [incident.location.siteName, incident.location.place].filter(Boolean).join(' – '),
      incident.isCrime ? yes : no,
      POLICE_REPORT_STATUS_LABELS[incident.police.status][lang],
      incident.police.reportNumber,
      incident.isExercise ? yes : no,
      incident.riskIds
        .map((id) => riskTitles.get(id) ?? '')
        .filter(Boolean)
        .join('; '),
      when(incident.closedAt),
    ]),
  };
}
