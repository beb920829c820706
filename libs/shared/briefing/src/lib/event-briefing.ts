import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  Contact,
  CONTACT_ROLE_LABELS,
  formatDateSpan,
  formatDateTime,
  Language,
  SITE_KIND_LABELS,
  SiteKind,
  TEXT_FONT,
} from '@tryggplan/shared/domain';
import { BRIEFING_TEXTS } from './texts';
import { BRIEFING_STYLES, pageFooter } from './layout';

export interface EventBriefingData {
  event: {
    name: string;
    description: string;
    startsAt: string;
    endsAt: string;
    timezone: string;
    locationName: string;
  };
  contacts: Contact[];
  sites: { name: string; kind: SiteKind; address: string }[];
  generatedAt: string;
  lang: Language;
}

function emergencyNumbers(lang: Language): Content {
  const t = BRIEFING_TEXTS[lang];
  const row = (number: string, text: string) => [
    { text: number, style: 'emergencyNumber' },
    { text, style: 'emergencyText' },
  ];
  return [
    { text: t.emergencyHeading, style: 'h2' },
    {
      table: {
        widths: [90, '*'],
        body: [row('112', t.emergency112), row('114 14', t.police11414), row('1177', t.healthcare1177)],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
  ];
}

function contactList(contacts: Contact[], lang: Language): Content {
  const t = BRIEFING_TEXTS[lang];
  if (contacts.length === 0) return [{ text: t.contactsHeading, style: 'h2' }, { text: t.noContacts }];
  return [
    { text: t.contactsHeading, style: 'h2' },
    ...contacts.map((contact): Content => ({
      stack: [
        { text: CONTACT_ROLE_LABELS[contact.role][lang], style: 'label' },
        { text: contact.name, bold: true },
        ...(contact.phone ? [{ text: contact.phone, style: 'phone' }] : []),
        ...(contact.email ? [{ text: contact.email }] : []),
        ...(contact.note ? [{ text: contact.note, italics: true }] : []),
      ],
      margin: [0, 0, 0, 8],
      unbreakable: true,
    })),
  ];
}

function siteTable(sites: EventBriefingData['sites'], lang: Language): Content {
  const t = BRIEFING_TEXTS[lang];
  if (sites.length === 0) return [{ text: t.sitesHeading, style: 'h2' }, { text: t.noSites }];
  const sorted = [...sites].sort((a, b) => a.name.localeCompare(b.name, lang));
  return [
    { text: t.sitesHeading, style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 'auto', '*'],
        body: [
          [
            { text: t.siteName, style: 'tableHeader' },
            { text: t.siteKind, style: 'tableHeader' },
            { text: t.siteAddress, style: 'tableHeader' },
          ],
          ...sorted.map((site) => [site.name, SITE_KIND_LABELS[site.kind][lang], site.address || '–']),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

/** The event's general folder (A4): who to call, and where things are. Pure: data in, pdfmake definition out. */
export function buildEventBriefing(data: EventBriefingData): TDocumentDefinitions {
  const { event, lang } = data;
  const t = BRIEFING_TEXTS[lang];
  const zone = event.timezone;
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    language: lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: {
      title: `${t.folderTitle} – ${event.name}`,
      author: 'Tryggplan',
      subject: t.folderTitle,
      creator: 'Tryggplan',
    },
    footer: pageFooter(lang),
    content: [
      { text: t.folderTitle, style: 'kicker' },
      { text: event.name, style: 'h1' },
      { text: formatDateSpan(event.startsAt, event.endsAt, lang, zone), style: 'subtitle' },
      ...(event.locationName ? [{ text: event.locationName, style: 'subtitle' }] : []),
      {
        text: `${t.validAsOf} ${formatDateTime(data.generatedAt, lang, zone)}`,
        style: 'small',
        margin: [0, 4, 0, 16],
      },
      emergencyNumbers(lang),
      contactList(data.contacts, lang),
      ...(event.description ? [{ text: event.description, margin: [0, 8, 0, 8] } as Content] : []),
      siteTable(data.sites, lang),
      { text: t.confidential, style: 'small', margin: [0, 16, 0, 0] },
    ],
    styles: BRIEFING_STYLES,
    defaultStyle: { font: TEXT_FONT, fontSize: 11, lineHeight: 1.2 },
  };
}
