import type { Content, PageOrientation, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatDateSpan,
  formatDateTime,
  Language,
  StaffMemberDto,
  TEXT_FONT,
  PermitApplication,
  PERMIT_PACK_DOCUMENT_LABELS,
  PERMIT_PACK_DOCUMENTS,
  PermitPackDocument,
} from '@tryggplan/shared/domain';
import { FolderSite, FolderTiles } from '../folder-map';
import { BRIEFING_STYLES, pageFooter } from '../layout';
import { PERMIT_TEXTS } from './permit-texts';

export interface PermitPackEvent {
  name: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  locationName: string;
}

/** A site as the pack prints it: with its description (what it is, how it is reached). */
export interface PermitPackSite extends FolderSite {
  description: string;
}

/** Everything the pack's own documents are built from (the risk analysis is the risk plan's builder). */
export interface PermitPackData {
  event: PermitPackEvent;
  application: PermitApplication;
  /** The event's sites, accommodation already left out. */
  sites: PermitPackSite[];
  staff: StaffMemberDto[];
  generatedAt: string;
  lang: Language;
  /** Background tiles for the site plan's and the evacuation map's views, when the server reached them. */
  sitePlanTiles?: FolderTiles;
  evacuationTiles?: FolderTiles;
}

/** "Bilaga 2 · Situationsplan": the document's number in the pack and its name. */
export function attachmentLabel(document: PermitPackDocument, lang: Language): string {
  const number = PERMIT_PACK_DOCUMENTS.indexOf(document) + 1;
  return `${PERMIT_TEXTS[lang].attachment} ${number} · ${PERMIT_PACK_DOCUMENT_LABELS[document][lang]}`;
}

/** The heading every document of the pack opens with: which attachment, the event, when compiled. */
export function permitHeading(data: PermitPackData, document: PermitPackDocument, title: string): Content {
  const { event, lang } = data;
  const t = PERMIT_TEXTS[lang];
  return [
    { text: `${t.pack.toUpperCase()} · ${attachmentLabel(document, lang).toUpperCase()}`, style: 'kicker' },
    { text: title, style: 'h1' },
    {
      text: [
        event.name,
        formatDateSpan(event.startsAt, event.endsAt, lang, event.timezone),
        event.locationName,
      ]
        .filter(Boolean)
        .join(' · '),
      style: 'subtitle',
    },
    {
      text: `${t.generated} ${formatDateTime(data.generatedAt, lang, event.timezone)}`,
      style: 'small',
      margin: [0, 2, 0, 8],
    },
  ];
}

/** A document of the pack: A4 in the pack's fonts, styles and page numbers. */
export function permitDocument(
  data: PermitPackData,
  document: PermitPackDocument,
  orientation: PageOrientation,
  content: Content[],
): TDocumentDefinitions {
  const { lang } = data;
  const label = PERMIT_PACK_DOCUMENT_LABELS[document][lang];
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [40, 40, 40, 50],
    language: lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: {
      title: `${label} – ${data.event.name}`,
      author: 'Tryggplan',
      subject: PERMIT_TEXTS[lang].pack,
      creator: 'Tryggplan',
    },
    footer: pageFooter(lang),
    content,
    styles: { ...BRIEFING_STYLES, h3: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] } },
    defaultStyle: { font: TEXT_FONT, fontSize: 10, lineHeight: 1.15 },
  };
}

/** A label and its value as one row of a two-column form table; an empty value reads "not given". */
export function formRow(label: string, value: string | null | undefined, lang: Language): Content[] {
  return [
    { text: label, style: 'label' },
    value ? { text: value } : { text: PERMIT_TEXTS[lang].notGiven, italics: true },
  ];
}
