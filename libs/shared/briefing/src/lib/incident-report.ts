import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatDate,
  formatDateSpan,
  formatDateTime,
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_COLORS,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STATUS_LABELS,
  incidentLabel,
  IncidentDetailDto,
  IncidentDto,
  IncidentSeverity,
  isUnreportedCrime,
  Language,
  POLICE_REPORT_STATUS_LABELS,
  INCIDENT_REPORTER_KIND_LABELS,
  RISK_CATEGORY_LABELS,
  RiskCategory,
  TEXT_FONT,
} from '@tryggplan/shared/domain';
import { renderSiteMap } from '@tryggplan/shared/geo';
import { FolderSite, FolderTiles } from './folder-map';
import { INCIDENT_REPORT_TEXTS } from './incident-report-texts';
import { BRIEFING_STYLES, pageFooter } from './layout';

interface ReportEvent {
  name: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  locationName: string;
}

export interface IncidentReportData {
  event: ReportEvent;
  incident: IncidentDetailDto;
  lang: Language;
  generatedAt: string;
  /** Where it happened, drawn as a map: the site, or a marker at the point. */
  mapSites?: FolderSite[];
  tiles?: FolderTiles;
}

export interface PlannedRisk {
  id: string;
  title: string;
  category: RiskCategory;
}

export interface PostEventReportData {
  event: ReportEvent;
  /** Every incident of the event, exercises included (they are counted apart). */
  incidents: IncidentDto[];
  risks: PlannedRisk[];
  lang: Language;
  generatedAt: string;
}

const severityCell = (severity: IncidentSeverity, lang: Language): TableCell => ({
  text: INCIDENT_SEVERITY_LABELS[severity][lang],
  fillColor: INCIDENT_SEVERITY_COLORS[severity].fill,
  color: INCIDENT_SEVERITY_COLORS[severity].text,
  bold: true,
});

const placeOf = (incident: IncidentDto): string =>
  [incident.location.siteName, incident.location.place].filter(Boolean).join(' – ') ||
  (incident.location.point
    ? `${incident.location.point.lat.toFixed(5)}, ${incident.location.point.lng.toFixed(5)}`
    : '–');

const policeText = (incident: IncidentDto, lang: Language): string => {
  const label = POLICE_REPORT_STATUS_LABELS[incident.police.status][lang];
  if (incident.police.status === 'reported') return `${label}: ${incident.police.reportNumber}`;
  if (incident.police.status === 'not-required') return `${label}: ${incident.police.reason}`;
  return label;
};

function header(
  kicker: string,
  title: string,
  event: ReportEvent,
  lang: Language,
  generatedAt: string,
): Content[] {
  const t = INCIDENT_REPORT_TEXTS[lang];
  return [
    { text: kicker, style: 'kicker' },
    { text: title, style: 'h1' },
    {
      text: `${event.name} · ${formatDateSpan(event.startsAt, event.endsAt, lang, event.timezone)}${event.locationName ? ` · ${event.locationName}` : ''}`,
      style: 'subtitle',
    },
    {
      text: `${t.generated} ${formatDateTime(generatedAt, lang, event.timezone)}`,
      style: 'small',
      margin: [0, 2, 0, 8],
    },
  ];
}

const document = (content: Content[], lang: Language, title: string): TDocumentDefinitions => ({
  info: { title },
  pageSize: 'A4',
  pageMargins: [40, 40, 40, 50],
  defaultStyle: { font: TEXT_FONT, fontSize: 10 },
  styles: { ...BRIEFING_STYLES, h3: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] } },
  footer: pageFooter(lang),
  content,
});

/** One incident, ready to attach to a police report: the facts, the people, the map and the timeline. */
export function incidentReportDocument(data: IncidentReportData): TDocumentDefinitions {
  const { incident, lang, event } = data;
  const t = INCIDENT_REPORT_TEXTS[lang];
  const tz = event.timezone;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, tz) : '–');
  const reporter = [
    INCIDENT_REPORTER_KIND_LABELS[incident.reporter.kind][lang],
    incident.reporter.name,
    incident.reporter.mayCall
      ? `(${t.mayCall}${incident.reporter.phone ? `: ${incident.reporter.phone}` : ''})`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const facts: [string, TableCell][] = [
    [t.category, INCIDENT_CATEGORY_LABELS[incident.category][lang]],
    [t.severity, severityCell(incident.severity, lang)],
    [t.status, INCIDENT_STATUS_LABELS[incident.status][lang]],
    [t.occurredAt, when(incident.occurredAt)],
    [t.reportedAt, when(incident.reportedAt)],
    ...(incident.closedAt ? ([[t.closedAt, when(incident.closedAt)]] as [string, TableCell][]) : []),
    [t.place, placeOf(incident)],
    [t.reporter, reporter || '–'],
    [t.assignee, incident.assignee?.displayName ?? '–'],
    [t.crime, incident.isCrime ? t.yes : t.no],
    [t.police, policeText(incident, lang)],
  ];
  const map = data.mapSites?.length
    ? renderSiteMap(data.mapSites, {
        width: 515,
        height: 260,
        lang,
        tiles: data.tiles?.images,
        attribution: data.tiles?.attribution,
      })
    : null;
  const title = `${incidentLabel(incident.number)} ${incident.title}`;
  const content: Content[] = [
    ...header(t.kicker, title, event, lang, data.generatedAt),
    ...(incident.isExercise
      ? [{ text: t.exercise, bold: true, color: '#8a1c1c', margin: [0, 0, 0, 6] } as Content]
      : []),
    ...(incident.redacted ? [{ text: t.redacted, italics: true, margin: [0, 0, 0, 6] } as Content] : []),
    { text: t.facts, style: 'h2' },
    {
      table: {
        widths: [120, '*'],
        body: facts.map(([label, value]) => [{ text: label, style: 'label' }, value]),
      },
      layout: 'lightHorizontalLines',
    },
    ...(incident.description
      ? [{ text: t.description, style: 'h2' } as Content, { text: incident.description }]
      : []),
    ...(incident.participants.length
      ? [
          { text: t.people, style: 'h2' } as Content,
          {
            ul: incident.participants.map(
              (person) => `${person.fullName}${person.phone ? `, ${person.phone}` : ''}`,
            ),
          },
        ]
      : []),
    ...(incident.risks.length
      ? [{ text: t.risks, style: 'h2' } as Content, { ul: incident.risks.map((risk) => risk.title) }]
      : []),
    ...(map
      ? [
          {
            stack: [
              { text: t.map, style: 'h2' },
              { svg: map.svg, width: map.width },
            ],
            unbreakable: true,
          } as Content,
        ]
      : []),
    ...(incident.checklist.length
      ? [
          { text: t.checklist, style: 'h2' } as Content,
          {
            table: {
              widths: [70, '*', 140],
              body: incident.checklist.map((step) => [
                { text: step.done ? `☑ ${t.done}` : `☐ ${t.notDone}`, bold: step.done },
                step.text[lang],
                step.done ? `${step.doneBy ?? ''} ${when(step.doneAt)}` : '',
              ]),
            },
            layout: 'lightHorizontalLines',
          },
        ]
      : []),
    { text: t.timeline, style: 'h2' },
    {
      table: {
        headerRows: 0,
        dontBreakRows: true,
        widths: [95, 90, '*'],
        body: incident.entries.map((entry) => [
          { text: when(entry.createdAt), style: 'small' },
          { text: entry.createdBy || '–', style: 'small' },
          entry.struck
            ? {
                stack: [
                  { text: entry.body, decoration: 'lineThrough', color: '#555555' },
                  {
                    text: `${t.struck}: ${entry.struck.reason} (${entry.struck.by}, ${when(entry.struck.at)})`,
                    style: 'small',
                  },
                ],
              }
            : entry.body,
        ]),
      },
      layout: 'lightHorizontalLines',
    },
  ];
  return document(content, lang, title);
}

const countTable = (rows: [string | TableCell, number][], head: string, lang: Language): Content => ({
  table: {
    headerRows: 1,
    widths: [200, 60],
    body: [
      [
        { text: head, style: 'tableHeader' },
        { text: INCIDENT_REPORT_TEXTS[lang]['count'], style: 'tableHeader' },
      ],
      ...rows.map(([label, count]) => [label, String(count)]),
    ],
  },
  layout: 'lightHorizontalLines',
  margin: [0, 0, 0, 8],
});

/** What happened during the event against what was planned: counts, crimes, risks, follow-ups. */
export function postEventReportDocument(data: PostEventReportData): TDocumentDefinitions {
  const { lang, event } = data;
  const t = INCIDENT_REPORT_TEXTS[lang];
  const tz = event.timezone;
  const real = data.incidents.filter((incident) => !incident.isExercise);
  const chronological = [...data.incidents].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const byDay = new Map<string, number>();
  for (const incident of [...real].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))) {
    const day = formatDate(incident.occurredAt, lang, tz);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  const crimes = real.filter((incident) => incident.isCrime);
  const occurred = data.risks
    .map((risk) => ({ risk, incidents: real.filter((incident) => incident.riskIds.includes(risk.id)) }))
    .filter((entry) => entry.incidents.length > 0);
  const unplanned = real.filter((incident) => incident.riskIds.length === 0);
  const open = real.filter((incident) => incident.status !== 'closed');
  const numbers = (incidents: IncidentDto[]) =>
    incidents.map((incident) => incidentLabel(incident.number)).join(', ');
  const list = (incidents: IncidentDto[], empty: string): Content =>
    incidents.length === 0
      ? { text: empty, italics: true }
      : {
          ul: incidents.map(
            (incident) =>
              `${incidentLabel(incident.number)} ${incident.title} (${INCIDENT_STATUS_LABELS[incident.status][lang]})`,
          ),
        };

  const content: Content[] = [
    ...header(t.postKicker, t.postTitle, event, lang, data.generatedAt),
    {
      columns: [
        { text: [{ text: `${real.length}\n`, fontSize: 22, bold: true }, t.total] },
        {
          text: [
            { text: `${real.filter((i) => isUnreportedCrime(i)).length}\n`, fontSize: 22, bold: true },
            t.unreported,
          ],
        },
        {
          text: [{ text: `${data.incidents.length - real.length}\n`, fontSize: 22, bold: true }, t.exercises],
        },
      ],
      margin: [0, 4, 0, 8],
    },
    {
      columns: [
        {
          stack: [
            { text: t.byCategory, style: 'h3' },
            countTable(
              INCIDENT_CATEGORIES.map((category): [string, number] => [
                INCIDENT_CATEGORY_LABELS[category][lang],
                real.filter((incident) => incident.category === category).length,
              ]).filter(([, count]) => count > 0),
              t.category,
              lang,
            ),
          ],
        },
        {
          stack: [
            { text: t.bySeverity, style: 'h3' },
            countTable(
              [...INCIDENT_SEVERITIES]
                .reverse()
                .map((severity) => [
                  severityCell(severity, lang),
                  real.filter((i) => i.severity === severity).length,
                ]),
              t.severity,
              lang,
            ),
            { text: t.byDay, style: 'h3' },
            countTable([...byDay.entries()], t.day, lang),
          ],
        },
      ],
      columnGap: 16,
    },
    { text: t.crimes, style: 'h2' },
    crimes.length === 0
      ? { text: t.noCrimes, italics: true }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [40, '*', 150],
            body: [
              [t.number, t.description, t.police].map((text) => ({ text, style: 'tableHeader' })),
              ...crimes.map((incident) => [
                incidentLabel(incident.number),
                incident.title,
                { text: policeText(incident, lang), bold: isUnreportedCrime(incident) },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
    { text: t.plannedAgainst, style: 'h2' },
    { text: t.occurredRisks, style: 'h3' },
    occurred.length === 0
      ? { text: t.noRisksOccurred, italics: true }
      : {
          ul: occurred.map(
            ({ risk, incidents }) =>
              `${risk.title} (${RISK_CATEGORY_LABELS[risk.category][lang]}): ${numbers(incidents)}`,
          ),
        },
    { text: t.unplanned, style: 'h3' },
    list(unplanned, t.allPlanned),
    { text: t.followUps, style: 'h2' },
    list(open, t.noFollowUps),
    { text: t.weekTimeline, style: 'h2', pageBreak: 'before' },
    chronological.length === 0
      ? { text: t.noIncidents, italics: true }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [90, 35, '*', 60, 70],
            body: [
              [t.occurredAt, t.number, t.description, t.severity, t.status].map((text) => ({
                text,
                style: 'tableHeader',
              })),
              ...chronological.map((incident) => [
                { text: formatDateTime(incident.occurredAt, lang, tz), style: 'small' },
                incidentLabel(incident.number),
                {
                  stack: [
                    { text: incident.title, bold: true },
                    {
                      text: `${INCIDENT_CATEGORY_LABELS[incident.category][lang]} · ${placeOf(incident)}${incident.isExercise ? ` · ${t.exerciseTag}` : ''}`,
                      style: 'small',
                    },
                  ],
                },
                severityCell(incident.severity, lang),
                INCIDENT_STATUS_LABELS[incident.status][lang],
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
  ];
  return document(content, lang, `${t.postTitle} – ${event.name}`);
}
