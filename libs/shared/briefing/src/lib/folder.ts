import type { Content, DynamicContent, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  Contact,
  CONTACT_ROLE_LABELS,
  formatDate,
  formatClock,
  formatDateSpan,
  formatDateTime,
  Language,
  SITE_KIND_LABELS,
  TEXT_FONT,
} from '@tryggplan/shared/domain';
import { FOLDER_TEXTS } from './folder-texts';
import { folderMap, FolderFormat, FolderSite, folderSites, FolderTiles } from './folder-map';
import { BRIEFING_STYLES } from './layout';
import { BRIEFING_TEXTS } from './texts';

export interface FolderEvent {
  name: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  locationName: string;
  contacts: Contact[];
  briefingAdvice: string;
  threatSummary: string;
}

export interface FolderScheduleItem {
  title: string;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
}

/** The reader of a personal folder: only their own data. */
export interface FolderPerson {
  fullName: string;
  organization: string;
  accommodationSiteId: string | null;
  schedule: FolderScheduleItem[];
  /** Their personal page, printed as a QR code, when a live link is at hand. */
  pageUrl?: string;
}

export interface FolderData {
  format: FolderFormat;
  lang: Language;
  generatedAt: string;
  event: FolderEvent;
  /** Every site of the event; the folder picks what it may show (see `folderSites`). */
  sites: FolderSite[];
  person?: FolderPerson;
  tiles?: FolderTiles;
}

/** A pocket (A6) page holds at most this many entries, so it stays readable on a phone. */
export const POCKET_ITEMS_PER_PAGE = 8;

interface Layout {
  pocket: boolean;
  lang: Language;
  zone: string;
}

/** A part of the folder: a heading and its entries; `weight` is what one entry costs of a pocket page. */
interface Section {
  heading?: string;
  items: Content[];
  weight?: number;
  /** A4: start the section on a new page. */
  newPage?: boolean;
}

function a4Pages(sections: Section[]): Content[] {
  return sections.flatMap((s) => [
    ...(s.heading
      ? [
          {
            text: s.heading,
            style: 'h2',
            headlineLevel: 1,
            ...(s.newPage ? { pageBreak: 'before' } : {}),
          } as Content,
        ]
      : []),
    ...s.items,
  ]);
}

/** Packs sections onto pocket pages of at most eight entries; a long list continues under "(cont.)". */
function pocketPages(sections: Section[], lang: Language): Content[] {
  const out: Content[] = [];
  let used = 0;
  for (const s of sections) {
    const weight = s.weight ?? 1;
    s.items.forEach((item, index) => {
      const full = used > 0 && used + weight > POCKET_ITEMS_PER_PAGE;
      if (full) used = 0;
      if (s.heading && (index === 0 || full)) {
        out.push({
          text: index === 0 ? s.heading : `${s.heading} (${FOLDER_TEXTS[lang].continued})`,
          style: 'h2',
          headlineLevel: 1,
          ...(full ? { pageBreak: 'before' } : {}),
        } as Content);
      } else if (full) {
        out.push({ text: '', pageBreak: 'before' });
      }
      out.push(item);
      used += weight;
    });
  }
  return out;
}

function timeSpan(start: string, end: string, layout: Layout): string {
  const from = formatDateTime(start, layout.lang, layout.zone);
  if (formatDate(start, layout.lang, layout.zone) === formatDate(end, layout.lang, layout.zone)) {
    return `${from}–${formatClock(end, layout.zone)}`;
  }
  return `${from} – ${formatDateTime(end, layout.lang, layout.zone)}`;
}

function cover(data: FolderData, layout: Layout): Section {
  const t = FOLDER_TEXTS[data.lang];
  const { event, person } = data;
  const lines: Content[] = [
    { text: person ? t.personalTitle : BRIEFING_TEXTS[data.lang].folderTitle, style: 'kicker' },
    { text: event.name, style: 'h1' },
    { text: formatDateSpan(event.startsAt, event.endsAt, data.lang, layout.zone), style: 'subtitle' },
    ...(event.locationName ? [{ text: event.locationName, style: 'subtitle' }] : []),
    ...(person
      ? [
          {
            text: [
              { text: `${t.preparedFor} `, style: 'label' },
              { text: person.fullName, style: 'person' },
              ...(person.organization ? [{ text: ` · ${person.organization}`, style: 'label' }] : []),
            ],
            margin: [0, 6, 0, 0],
          } as Content,
        ]
      : []),
    {
      text: `${BRIEFING_TEXTS[data.lang].validAsOf} ${formatDateTime(data.generatedAt, data.lang, layout.zone)}`,
      style: 'small',
      margin: [0, 4, 0, 4],
    },
  ];
  if (!layout.pocket && person?.pageUrl) {
    const qr = {
      stack: [
        { qr: person.pageUrl, fit: 96 },
        // On a phone the code cannot be scanned from its own screen: the caption opens the page instead.
        { text: t.qrHeading, style: 'small', link: person.pageUrl, decoration: 'underline' as const },
      ],
      width: 'auto' as const,
    };
    return { items: [{ columns: [{ stack: lines, width: '*' }, qr], columnGap: 16 }] };
  }
  return { items: [{ stack: lines }], weight: 2 };
}

function numberRow(layout: Layout, number: string, text: string, details: string[] = []): Content {
  const stacked = layout.pocket && number.length > 7;
  const label: Content[] = [
    { text, style: 'emergencyText', ...(stacked ? { margin: [0, 0, 0, 0] } : {}) },
    ...details.map((detail): Content => ({ text: detail, style: 'label' })),
  ];
  // On a pocket page a full phone number needs the whole width; the short ones keep their text beside them.
  if (stacked) {
    return {
      stack: [{ text: number, style: 'emergencyNumber' }, ...label],
      margin: [0, 0, 0, 5],
      unbreakable: true,
    };
  }
  return {
    columns: [
      { text: number, style: 'emergencyNumber', width: 'auto' },
      { stack: label, width: '*' },
    ],
    columnGap: 10,
    margin: [0, 0, 0, 6],
    unbreakable: true,
  };
}

/** 112, 114 14 and 1177, then the coordinator on site and the unit's duty phone and email: large and first. */
function emergency(data: FolderData, layout: Layout): Section[] {
  const b = BRIEFING_TEXTS[data.lang];
  const t = FOLDER_TEXTS[data.lang];
  const lang = data.lang;
  const key = data.event.contacts.filter((c) => c.role === 'security-coordinator' || c.role === 'unit-duty');
  const rows: Content[] = [
    numberRow(layout, '112', b.emergency112),
    numberRow(layout, '114 14', b.police11414),
    numberRow(layout, '1177', b.healthcare1177),
    ...key.map((contact) =>
      numberRow(layout, contact.phone ?? '–', CONTACT_ROLE_LABELS[contact.role][lang], [
        contact.name,
        ...(contact.email ? [`${t.email}: ${contact.email}`] : []),
      ]),
    ),
  ];
  const others = data.event.contacts
    .filter((c) => !key.includes(c))
    .map((contact): Content => ({
      stack: [
        { text: `${CONTACT_ROLE_LABELS[contact.role][lang]}: ${contact.name}`, style: 'label' },
        ...(contact.phone ? [{ text: contact.phone, style: 'phone' }] : []),
        ...(contact.email ? [{ text: contact.email }] : []),
        ...(contact.note ? [{ text: contact.note, italics: true }] : []),
      ],
      margin: [0, 0, 0, 6],
      unbreakable: true,
    }));
  return [
    { heading: t.emergencyNumbers, items: rows },
    ...(others.length ? [{ heading: t.moreContacts, items: others }] : []),
  ];
}

function threatened(data: FolderData): Section {
  const t = FOLDER_TEXTS[data.lang];
  return {
    heading: t.threatenedHeading,
    items: [{ ol: t.threatenedSteps, style: 'step', margin: [0, 0, 0, 4] }],
    weight: t.threatenedSteps.length,
  };
}

function siteLine(site: FolderSite, numbers: Map<string, number>, lang: Language): Content {
  const number = numbers.get(site.id);
  return {
    stack: [
      { text: site.name, bold: true },
      {
        text: [site.address, number ? `${FOLDER_TEXTS[lang].mapNumber} ${number}` : '']
          .filter(Boolean)
          .join(' · '),
        style: 'label',
      },
    ],
    margin: [0, 0, 0, 4],
    unbreakable: true,
  };
}

function schedule(
  data: FolderData,
  person: FolderPerson,
  numbers: Map<string, number>,
  layout: Layout,
): Section {
  const t = FOLDER_TEXTS[data.lang];
  const byId = new Map(data.sites.map((site) => [site.id, site]));
  const items = [...person.schedule].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const heading = t.scheduleHeading;
  if (items.length === 0) return { heading, items: [{ text: t.noSchedule }], newPage: true };
  const place = (siteId: string | null): string[] => {
    const site = siteId ? byId.get(siteId) : undefined;
    if (!site) return [];
    const number = numbers.get(site.id);
    return [site.name, site.address, number ? `${t.mapNumber} ${number}` : ''].filter(Boolean);
  };
  if (layout.pocket) {
    const entries = items.map((item): Content => ({
      stack: [
        { text: timeSpan(item.startsAt, item.endsAt, layout), style: 'label' },
        { text: item.title, bold: true },
        ...(item.siteId ? [{ text: place(item.siteId).join(' · ') }] : []),
      ],
      margin: [0, 0, 0, 6],
      unbreakable: true,
    }));
    return { heading, items: entries, weight: 2 };
  }
  const table: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [120, '*', 170],
      body: [
        [t.time, t.what, t.where].map((text) => ({ text, style: 'tableHeader' })),
        ...items.map((item) => [
          timeSpan(item.startsAt, item.endsAt, layout),
          { text: item.title, bold: true },
          place(item.siteId).join('\n') || '–',
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
  return { heading, items: [table], newPage: true };
}

function paragraphs(text: string): Content[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part, margin: [0, 0, 0, 6] }));
}

function mapSections(
  data: FolderData,
  layout: Layout,
): { sections: Section[]; numbers: Map<string, number> } {
  const t = FOLDER_TEXTS[data.lang];
  const accommodationSiteId = data.person?.accommodationSiteId;
  const shown = folderSites(data.sites, accommodationSiteId);
  const numbers = new Map(shown.map((site, index) => [site.id, index + 1]));
  if (shown.length === 0) return { sections: [], numbers };
  const map = folderMap(data.sites, {
    format: data.format,
    lang: data.lang,
    accommodationSiteId,
    tiles: data.tiles,
  });
  const key = shown.map((site, index): Content => ({
    text: [
      { text: `${index + 1}  `, bold: true },
      site.name,
      { text: ` – ${SITE_KIND_LABELS[site.kind][data.lang]}`, style: 'label' },
    ],
    margin: [0, 0, 0, 2],
  }));
  const picture: Content = { svg: map.svg, width: map.width, margin: [0, 0, 0, 8] };
  if (layout.pocket) {
    return {
      sections: [
        { heading: t.mapHeading, items: [picture], weight: POCKET_ITEMS_PER_PAGE },
        { heading: t.mapKey, items: key },
      ],
      numbers,
    };
  }
  const columns: Content = {
    columns: [{ stack: key.filter((_, i) => i % 2 === 0) }, { stack: key.filter((_, i) => i % 2 === 1) }],
    columnGap: 16,
    fontSize: 9,
  };
  return {
    sections: [
      { heading: t.mapHeading, items: [picture, { text: t.mapKey, style: 'h3' }, columns], newPage: true },
    ],
    numbers,
  };
}

function footer(lang: Language, pocket: boolean): DynamicContent {
  const t = BRIEFING_TEXTS[lang];
  return (currentPage, pageCount) => ({
    text: `${t.page} ${currentPage} ${t.of} ${pageCount}`,
    alignment: 'center',
    fontSize: pocket ? 8 : 9,
    margin: [0, pocket ? 10 : 20, 0, 0],
  });
}

const A4_STYLES: StyleDictionary = {
  ...BRIEFING_STYLES,
  h3: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
  person: { fontSize: 16, bold: true },
  step: { fontSize: 11, lineHeight: 1.3 },
};

const POCKET_STYLES: StyleDictionary = {
  ...BRIEFING_STYLES,
  h1: { fontSize: 15, bold: true, margin: [0, 2, 0, 2] },
  h2: { fontSize: 13, bold: true, margin: [0, 4, 0, 6] },
  subtitle: { fontSize: 10, color: '#333333' },
  person: { fontSize: 14, bold: true },
  step: { fontSize: 10 },
  emergencyNumber: { fontSize: 19, bold: true, color: '#8a1c1c', lineHeight: 1 },
  emergencyText: { fontSize: 10, margin: [0, 5, 0, 0] },
  phone: { fontSize: 16, bold: true },
};

/**
 * A briefing folder as a pdfmake definition: the event's general folder, or a person's own when `person`
 * is given. A4 is a folder of a few pages; A6 a pocket card with few entries per page and large numbers.
 */
export function buildBriefingFolder(data: FolderData): TDocumentDefinitions {
  const { lang, event, person } = data;
  const pocket = data.format === 'a6';
  const layout: Layout = { pocket, lang, zone: event.timezone };
  const t = FOLDER_TEXTS[lang];
  const map = mapSections(data, layout);
  const assemblyPoints = folderSites(data.sites).filter((site) => site.kind === 'assembly-point');
  const accommodation = person?.accommodationSiteId
    ? data.sites.find((site) => site.id === person.accommodationSiteId)
    : undefined;
  const sections: Section[] = [
    cover(data, layout),
    ...emergency(data, layout),
    threatened(data),
    ...(person
      ? [
          schedule(data, person, map.numbers, layout),
          {
            heading: t.accommodationHeading,
            items: [accommodation ? siteLine(accommodation, map.numbers, lang) : { text: t.noAccommodation }],
          },
        ]
      : []),
    {
      heading: t.assemblyHeading,
      items: assemblyPoints.length
        ? assemblyPoints.map((site) => siteLine(site, map.numbers, lang))
        : [{ text: t.noAssemblyPoints }],
    },
    ...(event.threatSummary ? [{ heading: t.threatHeading, items: paragraphs(event.threatSummary) }] : []),
    ...(event.briefingAdvice ? [{ heading: t.adviceHeading, items: paragraphs(event.briefingAdvice) }] : []),
    ...map.sections,
    ...(pocket && person?.pageUrl
      ? [
          {
            heading: t.qrHeading,
            items: [
              {
                stack: [
                  { text: t.qrText, link: person.pageUrl, decoration: 'underline', margin: [0, 0, 0, 8] },
                  { qr: person.pageUrl, fit: 150 },
                ],
              } as Content,
            ],
            weight: 4,
          },
        ]
      : []),
    {
      items: [{ text: BRIEFING_TEXTS[lang].confidential, style: 'small', margin: [0, 12, 0, 0] }],
      weight: 0,
    },
  ];
  const title = `${person ? t.personalTitle : BRIEFING_TEXTS[lang].folderTitle} – ${event.name}`;
  return {
    pageSize: pocket ? 'A6' : 'A4',
    pageMargins: pocket ? [22, 24, 22, 30] : [48, 56, 48, 56],
    language: lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: {
      title: person ? `${title} – ${person.fullName}` : title,
      author: 'Tryggplan',
      subject: person ? t.personalTitle : BRIEFING_TEXTS[lang].folderTitle,
      creator: 'Tryggplan',
    },
    footer: footer(lang, pocket),
    // A heading never ends a page: it moves on to the page its text starts on.
    pageBreakBefore: (node, following) => node.headlineLevel === 1 && following.length === 0,
    content: pocket ? pocketPages(sections, lang) : a4Pages(sections),
    styles: pocket ? POCKET_STYLES : A4_STYLES,
    defaultStyle: { font: TEXT_FONT, fontSize: pocket ? 10 : 11, lineHeight: 1.2 },
  };
}
