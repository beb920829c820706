import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatClock,
  formatDate,
  formatDateSpan,
  Language,
  staffCountsByRole,
  PERMIT_KIND_LABELS,
  PERMIT_PACK_DOCUMENTS,
  PermitAppearance,
} from '@tryggplan/shared/domain';
import { attachmentLabel, formRow, PermitPackData, permitDocument, permitHeading } from './permit-document';
import { PERMIT_TEXTS } from './permit-texts';

const formTable = (rows: Content[][]): Content => ({
  table: { widths: [150, '*'], body: rows },
  layout: 'lightHorizontalLines',
  margin: [0, 0, 0, 4],
});

function appearancesTable(data: PermitPackData): Content {
  const { lang, event } = data;
  const t = PERMIT_TEXTS[lang];
  const siteNames = new Map(data.sites.map((site) => [site.id, site.name]));
  const placeOf = (appearance: PermitAppearance) =>
    [appearance.siteId ? siteNames.get(appearance.siteId) : '', appearance.place]
      .filter((part, index, parts) => part && parts.indexOf(part) === index)
      .join(', ');
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [18, '*', '*', 70, 60, '*'],
      body: [
        ['#', t.appearanceTitle, t.topic, t.date, t.time, t.place].map((text) => ({
          text,
          style: 'tableHeader',
        })),
        ...data.application.appearances.map((appearance, index) => [
          String(index + 1),
          { text: appearance.title, bold: true },
          appearance.topic || '–',
          formatDate(appearance.startsAt, lang, event.timezone),
          `${formatClock(appearance.startsAt, event.timezone)}–${formatClock(appearance.endsAt, event.timezone)}`,
          placeOf(appearance) || '–',
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}

function staffLine(data: PermitPackData, lang: Language): Content[][] {
  const t = PERMIT_TEXTS[lang];
  const counts = new Map(staffCountsByRole(data.staff).map((entry) => [entry.role, entry.count]));
  return [
    formRow(t.guards, String(counts.get('guard') ?? 0), lang),
    formRow(t.firstAid, String(counts.get('first-aid') ?? 0), lang),
  ];
}

/**
 * Attachment 1: the application's summary, section by section as the police form asks (kind,
 * organiser, person responsible, time and place, the bundled appearances, visitors, guards and first
 * aid, evacuation) and the list of the other attachments.
 */
export function buildPermitSummary(data: PermitPackData): TDocumentDefinitions {
  const { lang, event, application } = data;
  const t = PERMIT_TEXTS[lang];
  const kind = application.kind ? PERMIT_KIND_LABELS[application.kind][lang] : '';
  return permitDocument(data, 'application', 'portrait', [
    permitHeading(data, 'application', t.applicationTitle),
    { text: t.applicationIntro, margin: [0, 0, 0, 6] },
    { text: t.kind, style: 'h2' },
    formTable([formRow(t.kind, kind, lang)]),
    { text: t.organizer, style: 'h2' },
    formTable([
      formRow(t.organizerName, application.organizer.name, lang),
      formRow(t.organizationNumber, application.organizer.organizationNumber, lang),
      formRow(t.address, application.organizer.address, lang),
    ]),
    { text: t.responsible, style: 'h2' },
    formTable([
      formRow(t.name, application.responsible.name, lang),
      formRow(t.phone, application.responsible.phone, lang),
      formRow(t.email, application.responsible.email, lang),
    ]),
    { text: t.timeAndPlace, style: 'h2' },
    formTable([
      formRow(t.period, formatDateSpan(event.startsAt, event.endsAt, lang, event.timezone), lang),
      formRow(t.place, event.locationName, lang),
      formRow(
        t.expectedVisitors,
        application.expectedVisitors ? `${application.expectedVisitors} ${t.visitors}` : '',
        lang,
      ),
    ]),
    { text: t.appearances, style: 'h2' },
    appearancesTable(data),
    { text: t.securityStaff, style: 'h2' },
    formTable(staffLine(data, lang)),
    { text: t.evacuation, style: 'h2' },
    { text: application.evacuation || t.notGiven, italics: !application.evacuation },
    { text: t.attachments, style: 'h2' },
    { ol: PERMIT_PACK_DOCUMENTS.map((document) => attachmentLabel(document, lang)) },
  ]);
}
