import type {
  Content,
  DynamicContent,
  Node,
  StyleDictionary,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import {
  Contact,
  contactName,
  contactNote,
  CONTACT_ROLE_LABELS,
  eventText,
  EventText,
  formatDate,
  formatClock,
  formatDateSpan,
  formatDateTime,
  Language,
  SITE_KIND_LABELS,
  STAFF_ROLE_LABELS,
  StaffContact,
  staffContacts,
  stayOf,
  TEXT_FONT,
  Translated,
} from '@tryggplan/shared/domain';
import { FOLDER_TEXTS } from './folder-texts';
import { folderKeySymbol, folderMap, FolderFormat, FolderSite, folderSites, FolderTiles } from './folder-map';
import { BRIEFING_STYLES } from './layout';
import { BRIEFING_TEXTS } from './texts';

export interface FolderEvent {
  name: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  locationName: string;
  contacts: Contact[];
  /** The security organisation's coordinators, liaison officers and first aid (see `staffContacts`). */
  staff?: StaffContact[];
  /** The coordinator's texts in Swedish, and in English when written: see `eventText`. */
  briefingAdvice: string;
  threatSummary: string;
  briefingAdviceEn?: string;
  threatSummaryEn?: string;
  /** The action plan's steps for the person, once the coordinator has saved a plan; else the folder's own. */
  personalSteps?: Translated[];
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
  /** When they arrive and leave: the staff listed are those on duty meanwhile (else during their schedule). */
  arrivalAt?: string | null;
  departureAt?: string | null;
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

interface Layout {
  pocket: boolean;
  lang: Language;
  zone: string;
}

/**
 * A part of the folder: a heading and its entries. An empty section is left out. `keep` tells how it
 * holds together across a page break: `first` (the default) keeps the heading with its first entry,
 * `all` keeps the whole section on one page (only for parts of bounded size: an unbreakable block
 * taller than a page would lose its end), `heading` leaves it to the page-break rule (texts of any length).
 */
interface Section {
  heading?: string;
  items: Content[];
  keep?: 'first' | 'all' | 'heading';
}

/** The header and footer: on every page, never content that a heading could keep with it. */
const PAGE_MARGIN_ID = 'page-margin';

function sectionContent(section: Section): Content[] {
  if (section.items.length === 0) return [];
  const heading: Content[] = section.heading
    ? [{ text: section.heading, style: 'h2', headlineLevel: 1 } as Content]
    : [];
  const keep = section.keep ?? 'first';
  if (keep === 'all') return [{ stack: [...heading, ...section.items], unbreakable: true }];
  if (keep === 'heading') return [...heading, ...section.items];
  const [first, ...rest] = section.items;
  return [{ stack: [...heading, first], unbreakable: true }, ...rest];
}

/** pdfmake 0.3 hands `pageBreakBefore` getters; its typings still describe 0.2's arrays. */
type NodesOnPage = Node[] | { getFollowingNodesOnPage(): Node[] };

/** A heading never ends a page: when nothing of its own page follows it but the footer, it moves on. */
function keepHeadingWithText(node: Node, following: NodesOnPage): boolean {
  if (node.headlineLevel !== 1) return false;
  const after = Array.isArray(following) ? following : following.getFollowingNodesOnPage();
  return !after.some((next) => next.id !== PAGE_MARGIN_ID);
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
    ...(layout.pocket
      ? [
          {
            text: [formatDateSpan(event.startsAt, event.endsAt, data.lang, layout.zone), event.locationName]
              .filter(Boolean)
              .join(' · '),
            style: 'subtitle',
          },
        ]
      : [
          { text: formatDateSpan(event.startsAt, event.endsAt, data.lang, layout.zone), style: 'subtitle' },
          ...(event.locationName ? [{ text: event.locationName, style: 'subtitle' }] : []),
        ]),
    ...(person
      ? [
          {
            text: [
              { text: `${t.preparedFor} `, style: 'label' },
              { text: person.fullName, style: 'person' },
              ...(person.organization ? [{ text: ` · ${person.organization}`, style: 'label' }] : []),
            ],
            margin: [0, layout.pocket ? 4 : 6, 0, 0],
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
  return { items: [{ stack: lines }] };
}

function numberRow(layout: Layout, number: string, text: string, details: string[] = []): Content {
  const stacked = layout.pocket && number.length > 7;
  // Stacked under its number, the role takes the contact's name on its own line.
  const [name, ...more] = stacked ? details : [];
  const label: Content[] = stacked
    ? [
        {
          text: [text, ...(name ? [{ text: ` · ${name}`, style: 'label' }] : [])],
          style: 'emergencyText',
          margin: [0, 0, 0, 0],
        },
        ...more.map((detail): Content => ({ text: detail, style: 'label' })),
      ]
    : [
        { text, style: 'emergencyText' },
        ...details.map((detail): Content => ({ text: detail, style: 'label' })),
      ];
  // On a pocket page a full phone number needs the whole width; the short ones keep their text beside them.
  if (stacked) {
    return {
      stack: [{ text: number, style: 'emergencyNumber', noWrap: true }, ...label],
      margin: [0, 0, 0, 4],
      unbreakable: true,
    };
  }
  return {
    columns: [
      // noWrap: "114 14" is one number, never two lines however long the text beside it.
      { text: number, style: 'emergencyNumber', width: 'auto', noWrap: true },
      { stack: label, width: '*' },
    ],
    columnGap: layout.pocket ? 8 : 10,
    margin: [0, 0, 0, layout.pocket ? 4 : 6],
    unbreakable: true,
  };
}

/** The key contacts printed in the emergency block itself, which is never split across pages. */
const KEY_CONTACTS_IN_BLOCK = 3;

/** 112, 114 14 and 1177, then the coordinator on site and the unit's duty phone and email: large and first. */
function emergency(data: FolderData, layout: Layout): Section[] {
  const b = BRIEFING_TEXTS[data.lang];
  const t = FOLDER_TEXTS[data.lang];
  const lang = data.lang;
  const key = data.event.contacts.filter((c) => c.role === 'security-coordinator' || c.role === 'unit-duty');
  const keyRows = key.map((contact) =>
    numberRow(layout, contact.phone ?? '–', CONTACT_ROLE_LABELS[contact.role][lang], [
      contactName(contact, lang),
      ...(contact.email ? [`${t.email}: ${contact.email}`] : []),
    ]),
  );
  const rows: Content[] = [
    numberRow(layout, '112', b.emergency112),
    numberRow(layout, '114 14', b.police11414),
    numberRow(layout, '1177', b.healthcare1177),
    ...keyRows.slice(0, KEY_CONTACTS_IN_BLOCK),
  ];
  const others = data.event.contacts
    .filter((c) => !key.includes(c))
    .map((contact): Content => ({
      stack: [
        { text: `${CONTACT_ROLE_LABELS[contact.role][lang]}: ${contactName(contact, lang)}`, style: 'label' },
        ...(contact.phone ? [{ text: contact.phone, style: 'phone', noWrap: true }] : []),
        ...(contact.email ? [{ text: contact.email }] : []),
        ...noteLines(contact, lang),
      ],
      margin: [0, 0, 0, layout.pocket ? 4 : 6],
      unbreakable: true,
    }));
  // a personal folder lists the staff on duty during the person's stay; the general folder all of them
  const staff = data.person
    ? staffContacts(data.event.staff ?? [], stayOf(data.person))
    : (data.event.staff ?? []);
  for (const member of staff) {
    others.push({
      stack: [
        { text: `${STAFF_ROLE_LABELS[member.role][lang]}: ${member.fullName}`, style: 'label' },
        { text: member.phone, style: 'phone', noWrap: true },
      ],
      margin: [0, 0, 0, layout.pocket ? 4 : 6],
      unbreakable: true,
    });
  }
  return [
    { heading: t.emergencyNumbers, items: [{ stack: rows }], keep: 'all' },
    { items: keyRows.slice(KEY_CONTACTS_IN_BLOCK) },
    // On a pocket page the other contacts follow the block under its heading, "… and contacts".
    { heading: layout.pocket ? undefined : t.moreContacts, items: others },
  ];
}

/** A contact's note in the reader's language, or the other one's after a word saying which. */
function noteLines(contact: Contact, lang: Language): Content[] {
  const note = contactNote(contact, lang);
  if (!note.text) return [];
  const marked = note.lang === lang ? note.text : `${FOLDER_TEXTS[lang].inOtherLanguage}: ${note.text}`;
  return [{ text: marked, italics: true }];
}

function stepsOf(data: FolderData): string[] {
  const planned = data.event.personalSteps ?? [];
  return planned.length > 0
    ? planned.map((step) => step[data.lang])
    : FOLDER_TEXTS[data.lang].threatenedSteps;
}

function threatened(data: FolderData): Section {
  const t = FOLDER_TEXTS[data.lang];
  return {
    heading: t.threatenedHeading,
    items: [{ ol: stepsOf(data), style: 'step', margin: [0, 0, 0, 4] }],
    keep: 'all',
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
  if (items.length === 0) return { heading, items: [] };
  // In the pocket folder a place on the map goes by its name and number; the map shows where it is.
  const place = (siteId: string | null): string[] => {
    const site = siteId ? byId.get(siteId) : undefined;
    if (!site) return [];
    const number = numbers.get(site.id);
    const address = layout.pocket && number ? '' : site.address;
    return [site.name, address, number ? `${t.mapNumber} ${number}` : ''].filter(Boolean);
  };
  if (layout.pocket) {
    // By day: each day's date once, above its first item, then the items by time.
    const { lang, zone } = layout;
    const entries = items.map((item, index): Content => {
      const day = formatDate(item.startsAt, lang, zone);
      const until =
        formatDate(item.endsAt, lang, zone) === day
          ? formatClock(item.endsAt, zone)
          : ` ${formatDateTime(item.endsAt, lang, zone)}`;
      const entry: Content = {
        stack: [
          {
            text: [
              { text: `${formatClock(item.startsAt, zone)}–${until}  `, style: 'label' },
              { text: item.title, bold: true },
            ],
          },
          ...(item.siteId ? [{ text: place(item.siteId).join(' · '), style: 'place' }] : []),
        ],
        margin: [0, 0, 0, 4],
        unbreakable: true,
      };
      const firstOfDay = index === 0 || formatDate(items[index - 1].startsAt, lang, zone) !== day;
      return firstOfDay ? { stack: [{ text: day, style: 'day' }, entry], unbreakable: true } : entry;
    });
    return { heading, items: entries };
  }
  // The header row and the first item stay together and the header repeats on every page; the
  // page-break rule keeps the heading with them.
  const table: Content = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
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
    margin: [0, 0, 0, 4],
  };
  return { heading, items: [table], keep: 'heading' };
}

/** A heading and its first paragraph stay together when that paragraph is short enough to be kept whole. */
const KEPT_PARAGRAPH = 600;

/**
 * One of the coordinator's texts under its heading, a paragraph per blank line. Written only in the
 * other language, it is printed all the same, with a line under the heading saying so in the reader's
 * language: the reader learns why and can ask, and nothing the coordinator wrote is left out.
 */
function textSection(data: FolderData, key: EventText, heading: string): Section[] {
  const written = eventText(data.event, key, data.lang);
  const parts = written.text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return [];
  const items: Content[] = parts.map((part) => ({ text: part, margin: [0, 0, 0, 6] }));
  if (written.lang !== data.lang) {
    const note: Content = {
      text: FOLDER_TEXTS[data.lang].onlyInOtherLanguage,
      style: 'small',
      italics: true,
      margin: [0, 0, 0, 3],
    };
    items[0] = { stack: [note, items[0]] };
  }
  return [{ heading, items, keep: parts[0].length <= KEPT_PARAGRAPH ? 'first' : 'heading' }];
}

function mapSections(
  data: FolderData,
  layout: Layout,
): { sections: Section[]; numbers: Map<string, number> } {
  const t = FOLDER_TEXTS[data.lang];
  const person = data.person;
  const map = folderMap(data.sites, {
    format: data.format,
    lang: data.lang,
    accommodationSiteId: person?.accommodationSiteId,
    tiles: data.tiles,
    reader: person
      ? {
          accommodationSiteId: person.accommodationSiteId,
          scheduleSiteIds: person.schedule.map((item) => item.siteId),
        }
      : undefined,
  });
  const shown = map.sites;
  const numbers = new Map(shown.map((site, index) => [site.id, index + 1]));
  if (shown.length === 0) return { sections: [], numbers };
  const offMap = map.offMap.map((site): Content => ({
    text: [
      site.name,
      { text: ` – ${SITE_KIND_LABELS[site.kind][data.lang]}, ${t.offMap}`, color: '#444444' },
    ],
    margin: [layout.pocket ? 14 : 15, 0, 0, 2],
  }));
  // Each site beside its marker as on the map, with its kind: the key is the legend too.
  const symbol = layout.pocket ? 11 : 12;
  const key = shown.map((site, index): Content => ({
    columns: [
      { svg: folderKeySymbol(site, index + 1, symbol), width: symbol },
      {
        text: [site.name, { text: ` – ${SITE_KIND_LABELS[site.kind][data.lang]}`, color: '#444444' }],
        width: '*',
      },
    ],
    columnGap: 3,
    margin: [0, 0, 0, layout.pocket ? 1.5 : 2.5],
  }));
  // In a table whose rows never split, A4 two entries a row: a long key runs on to the next page row by row.
  const perRow = layout.pocket ? 1 : 2;
  const table = (from: number, to: number, fontSize: number): Content => {
    const body: Content[][] = [];
    for (let i = from; i < Math.min(to, key.length); i += perRow) {
      body.push(perRow === 1 ? [key[i]] : [key[i], key[i + 1] ?? '']);
    }
    return {
      table: { widths: perRow === 1 ? ['*'] : ['*', '*'], body, dontBreakRows: true },
      layout: KEY_LAYOUT,
      fontSize,
      lineHeight: 1.05,
    };
  };
  const picture: Content = { svg: map.svg, width: map.width, margin: [0, 0, 0, layout.pocket ? 4 : 8] };
  if (layout.pocket) {
    // The map keeps its first key rows with it.
    const kept = 3;
    return {
      sections: [
        {
          heading: t.mapHeading,
          items: [
            { stack: [picture, table(0, kept, 8)] },
            ...(key.length > kept ? [table(kept, key.length, 8)] : []),
            ...(offMap.length ? [{ stack: offMap, fontSize: 8 }] : []),
          ],
        },
      ],
      numbers,
    };
  }
  return {
    sections: [
      {
        heading: t.mapHeading,
        items: [
          picture,
          { text: t.mapKey, style: 'h3', headlineLevel: 1 } as Content,
          table(0, key.length, 9),
          ...(offMap.length ? [{ stack: offMap, fontSize: 9 }] : []),
        ],
      },
    ],
    numbers,
  };
}

const KEY_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 6),
  paddingRight: (i: number) => (i === 0 ? 6 : 0),
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** The pocket folder's QR code, small and last, beside what it opens. */
function latestVersion(data: FolderData, pageUrl: string): Section {
  const t = FOLDER_TEXTS[data.lang];
  return {
    items: [
      {
        columns: [
          { qr: pageUrl, fit: 64, width: 'auto' },
          {
            stack: [
              { text: t.qrHeading, bold: true, margin: [0, 0, 0, 2] },
              { text: t.qrText, link: pageUrl, decoration: 'underline', style: 'label' },
            ],
            width: '*',
          },
        ],
        columnGap: 10,
        margin: [0, 8, 0, 0],
      } as Content,
    ],
    keep: 'all',
  };
}

/** "Handle with care" at the top of every page, where it is seen and takes no room of the content. */
function header(lang: Language, pocket: boolean): DynamicContent {
  return () => ({
    id: PAGE_MARGIN_ID,
    text: BRIEFING_TEXTS[lang].confidential,
    fontSize: pocket ? 7 : 8,
    color: '#555555',
    margin: pocket ? [22, 11, 22, 0] : [48, 30, 48, 0],
  });
}

function footer(lang: Language, pocket: boolean): DynamicContent {
  const t = BRIEFING_TEXTS[lang];
  return (currentPage, pageCount) => ({
    id: PAGE_MARGIN_ID,
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
  h2: { fontSize: 12, bold: true, margin: [0, 6, 0, 2] },
  subtitle: { fontSize: 10, color: '#333333' },
  person: { fontSize: 14, bold: true },
  step: { fontSize: 10 },
  place: { fontSize: 9.5 },
  day: { fontSize: 9.5, bold: true, color: '#8a1c1c', margin: [0, 2, 0, 1] },
  emergencyNumber: { fontSize: 18, bold: true, color: '#8a1c1c', lineHeight: 1 },
  emergencyText: { fontSize: 10, margin: [0, 4, 0, 0] },
  phone: { fontSize: 13, bold: true },
};

/**
 * A briefing folder as a pdfmake definition: the event's general folder, or a person's own when `person`
 * is given. A4 is a folder of a few pages; A6 a pocket card with large numbers. Both flow from section
 * to section: a heading stays with its text, the emergency block is never split, empty sections are
 * left out, and no section forces a new page, so no page stays nearly empty.
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
            items: accommodation ? [siteLine(accommodation, map.numbers, lang)] : [],
          },
        ]
      : []),
    { heading: t.assemblyHeading, items: assemblyPoints.map((site) => siteLine(site, map.numbers, lang)) },
    ...textSection(data, 'threatSummary', t.threatHeading),
    ...textSection(data, 'briefingAdvice', t.adviceHeading),
    ...map.sections,
    ...(pocket && person?.pageUrl ? [latestVersion(data, person.pageUrl)] : []),
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
    header: header(lang, pocket),
    footer: footer(lang, pocket),
    pageBreakBefore: keepHeadingWithText as unknown as TDocumentDefinitions['pageBreakBefore'],
    content: sections.flatMap(sectionContent),
    styles: pocket ? POCKET_STYLES : A4_STYLES,
    // Noto Sans is tall (1.36 em from descender to ascender): the pocket folder needs no more leading.
    defaultStyle: { font: TEXT_FONT, fontSize: pocket ? 10 : 11, lineHeight: pocket ? 1 : 1.2 },
  };
}
