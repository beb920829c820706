import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatDateTime,
  Language,
  PRINT_MAP_PAPER_LABELS,
  PrintMapBbox,
  PrintMapOrientation,
  PrintMapPaper,
  SITE_KIND_LABELS,
  SITE_KINDS,
  SiteGeometry,
  SiteKind,
  SiteSize,
  TEXT_FONT,
} from '@tryggplan/shared/domain';
import {
  formatScale,
  geometryPositions,
  MapView,
  paperSize,
  PRINT_MAP_GRID_MARGIN,
  PrintMap,
  PrintMapEntry,
  PrintMapSitePlan,
  printMapView,
  renderPrintMap,
  siteLegendSvg,
} from '@tryggplan/shared/geo';
import { FolderTiles } from './folder-map';
import { BRIEFING_STYLES } from './layout';
import { PRINT_MAP_TEXTS } from './print-map-texts';
import { BRIEFING_TEXTS } from './texts';

export interface PrintMapSite {
  id: string;
  kind: SiteKind;
  name: string;
  geometry: SiteGeometry;
  size?: SiteSize | null;
  rotation?: number;
}

/** What the coordinator asked for: the sheet, the scale (none: fitted) and the area (none: all sites). */
export interface PrintMapRequest {
  paper: PrintMapPaper;
  orientation: PrintMapOrientation;
  denominator?: number;
  bbox?: PrintMapBbox;
  lang: Language;
}

export interface PrintMapData extends PrintMapRequest {
  event: { name: string; timezone: string };
  sites: PrintMapSite[];
  generatedAt: string;
  /** The background: tiles when the server reached them, else the site plan image, else none. */
  tiles?: FolderTiles;
  sitePlan?: PrintMapSitePlan;
}

/** Where the numbered list goes: beside the map (landscape), below it (portrait), or on the next page(s). */
export type PrintMapListPlace = 'beside' | 'below' | 'after';

/** A sheet's layout in points and the view drawn on it; the API fetches the background for `view`. */
export interface PrintMapSheet {
  page: { width: number; height: number };
  /** The map's frame, the grid margin not included. */
  frame: { width: number; height: number };
  list: PrintMapListPlace;
  legendHeight: number;
  view: MapView;
  denominator: number;
  /** The sites in numbering order: by kind, then name. */
  sites: PrintMapSite[];
}

const MARGIN = 28;
const BOTTOM = 36;
/** The heading's three lines as pdfmake sets them (Noto Sans's line gap included), and their margins. */
const HEADER = 64;
/** One row of the list at 7.5 pt with its padding. */
const ROW = 14;
const LIST_HEADING = 24;
const SIDE_LIST = 236;
const GAP = 12;
const LIST_FONT = 7.5;

const byKindAndName = (a: PrintMapSite, b: PrintMapSite) =>
  SITE_KINDS.indexOf(a.kind) - SITE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'sv');

const inBbox = (bbox: PrintMapBbox | undefined) => (site: PrintMapSite) =>
  !bbox ||
  geometryPositions(site.geometry).some(
    ([lng, lat]) => lng >= bbox.west && lng <= bbox.east && lat >= bbox.south && lat <= bbox.north,
  );

const kindsOf = (sites: readonly { kind: SiteKind }[]) =>
  SITE_KINDS.filter((kind) => sites.some((site) => site.kind === kind));

/**
 * The sheet's layout: the map as large as the page allows, the list beside or below it when it fits
 * there (else on the pages after), then the view at the chosen scale or fitted to the area.
 */
export function printMapSheet(request: PrintMapRequest & { sites: PrintMapSite[] }): PrintMapSheet {
  const page = paperSize(request.paper, request.orientation);
  const sites = [...request.sites].sort(byKindAndName);
  const expected = sites.filter(inBbox(request.bbox));
  const width = page.width - 2 * MARGIN;
  const available = page.height - MARGIN - BOTTOM - HEADER;
  const legend = (mapWidth: number) => siteLegendSvg(kindsOf(expected), 0, mapWidth, request.lang).height;
  const besideRows = Math.floor((available - LIST_HEADING) / ROW) - 1;
  const belowHeight = Math.ceil(expected.length / 2) * ROW + LIST_HEADING + ROW;
  let list: PrintMapListPlace = 'after';
  if (request.orientation === 'landscape' && expected.length <= besideRows) list = 'beside';
  else if (request.orientation === 'portrait' && available - legend(width) - belowHeight >= 0.55 * available)
    list = 'below';
  const mapWidth = list === 'beside' ? width - SIDE_LIST - GAP : width;
  const legendHeight = legend(mapWidth);
  const mapHeight = available - legendHeight - 4 - (list === 'below' ? belowHeight : 0);
  const frame = {
    width: mapWidth - 2 * PRINT_MAP_GRID_MARGIN,
    height: mapHeight - 2 * PRINT_MAP_GRID_MARGIN,
  };
  const { view, denominator } = printMapView(expected.length ? expected : sites, {
    ...frame,
    bbox: request.bbox,
    denominator: request.denominator,
  });
  return { page, frame, list, legendHeight, view, denominator, sites };
}

function listTable(entries: readonly PrintMapEntry<PrintMapSite>[], lang: Language): Content {
  const t = PRINT_MAP_TEXTS[lang];
  const header: TableCell[] = [t.number, t.site, t.kind, t.gridReference].map((text) => ({
    text,
    bold: true,
  }));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [20, '*', 74, 26],
      body: [
        header,
        ...entries.map((entry): TableCell[] => [
          { text: String(entry.number), bold: true },
          entry.site.name,
          SITE_KIND_LABELS[entry.site.kind][lang],
          { text: entry.gridReference, bold: true },
        ]),
      ],
    },
    layout: {
      hLineWidth: (row) => (row === 1 ? 0.6 : 0),
      vLineWidth: () => 0,
      paddingTop: () => 1,
      paddingBottom: () => 1,
      paddingLeft: () => 2,
      paddingRight: () => 2,
    },
    fontSize: LIST_FONT,
  };
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The numbered list in columns, split into even parts so they stand side by side. */
function listColumns(
  entries: readonly PrintMapEntry<PrintMapSite>[],
  columns: number,
  lang: Language,
): Content {
  const parts = chunks(entries, Math.max(1, Math.ceil(entries.length / columns)));
  return {
    columns: Array.from({ length: columns }, (_, i) => (parts[i] ? listTable(parts[i], lang) : { text: '' })),
    columnGap: GAP,
  };
}

/** A name cut to about `chars` characters with an ellipsis, so a line list keeps its rows. */
const cut = (name: string, chars: number) => (name.length > chars ? `${name.slice(0, chars - 1)}…` : name);

/**
 * Lines of several words each set whole (they are cut to fit), so the layout measures a line at once,
 * not word by word; a column of one word per line is cheaper joined.
 */
const unbroken = (lines: readonly string[]) =>
  lines.flatMap((line, i) => [...(i ? ['\n'] : []), { text: line, noWrap: true }]);

/**
 * A long list's page: the entries in columns, each column four texts of one line per entry (number,
 * name, kind, grid cell) instead of a table of cells, which keeps thousands of sites quick to lay out.
 */
function listLines(
  entries: readonly PrintMapEntry<PrintMapSite>[],
  columns: number,
  width: number,
  lang: Language,
): Content {
  const t = PRINT_MAP_TEXTS[lang];
  const columnWidth = (width - GAP * (columns - 1)) / columns;
  const chars = Math.max(8, Math.floor((columnWidth - 20 - 74 - 26 - 12) / (LIST_FONT * 0.56)));
  const parts = chunks(entries, Math.max(1, Math.ceil(entries.length / columns)));
  const lines = (part: readonly PrintMapEntry<PrintMapSite>[]): Content => ({
    columns: [
      { width: 20, bold: true, text: [t.number, ...part.map((e) => String(e.number))].join('\n') },
      { width: '*', text: unbroken([t.site, ...part.map((e) => cut(e.site.name, chars))]) },
      { width: 74, text: unbroken([t.kind, ...part.map((e) => SITE_KIND_LABELS[e.site.kind][lang])]) },
      { width: 26, bold: true, text: [t.gridReference, ...part.map((e) => e.gridReference)].join('\n') },
    ],
    columnGap: 4,
    fontSize: LIST_FONT,
  });
  return {
    columns: Array.from({ length: columns }, (_, i) => (parts[i] ? lines(parts[i]) : { text: '' })),
    columnGap: GAP,
  };
}

function listContent(
  sheet: PrintMapSheet,
  entries: readonly PrintMapEntry<PrintMapSite>[],
  lang: Language,
  orientation: PrintMapOrientation,
): Content[] {
  const t = PRINT_MAP_TEXTS[lang];
  const heading = (pageBreak?: 'before'): Content => ({
    text: t.sites,
    bold: true,
    fontSize: 11,
    margin: [0, pageBreak ? 0 : 6, 0, 4],
    ...(pageBreak ? { pageBreak } : {}),
  });
  if (entries.length === 0) return [heading(), { text: t.noSites, italics: true, fontSize: 9 }];
  if (sheet.list === 'beside') return [heading(), listTable(entries, lang)];
  if (sheet.list === 'below') return [heading(), listColumns(entries, 2, lang)];
  const columns = orientation === 'landscape' ? 4 : 3;
  const rows = Math.floor((sheet.page.height - MARGIN - BOTTOM - LIST_HEADING) / ROW) - 2;
  const width = sheet.page.width - 2 * MARGIN;
  return chunks(entries, rows * columns).flatMap((part) => [
    heading('before'),
    listLines(part, columns, width, lang),
  ]);
}

export interface PrintMapDocument {
  doc: TDocumentDefinitions;
  map: PrintMap<PrintMapSite>;
  sheet: PrintMapSheet;
}

/**
 * A printed map sheet: the event's name, the stated scale at the chosen paper, when it was printed,
 * the map with its grid, scale bar and north arrow, the legend of the kinds shown, and the numbered
 * list of the sites with their grid cells — beside or below the map when it fits, else on the next pages.
 */
export function buildPrintMap(data: PrintMapData, sheet = printMapSheet(data)): PrintMapDocument {
  const { lang } = data;
  const t = PRINT_MAP_TEXTS[lang];
  const paper = PRINT_MAP_PAPER_LABELS[data.paper];
  const map = renderPrintMap(sheet.sites, {
    ...sheet.frame,
    view: sheet.view,
    lang,
    tiles: data.tiles?.images,
    attribution: data.tiles?.attribution,
    sitePlan: data.tiles?.images.length ? undefined : data.sitePlan,
  });
  const background = data.tiles?.images.length
    ? t.backgroundTiles
    : data.sitePlan
      ? t.backgroundSitePlan
      : t.backgroundNone;
  const kinds = kindsOf(map.entries.map((entry) => entry.site));
  const legend = siteLegendSvg(kinds, 0, map.width, lang);
  const mapBlock: Content[] = [
    { svg: map.svg, width: map.width },
    ...(legend.height
      ? [
          {
            svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${legend.height}" viewBox="0 0 ${map.width} ${legend.height}">${legend.svg}</svg>`,
            width: map.width,
            margin: [0, 2, 0, 0] as [number, number, number, number],
          },
        ]
      : []),
  ];
  const list = listContent(sheet, map.entries, lang, data.orientation);
  const header: Content[] = [
    { text: data.event.name, fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
    {
      text: [
        { text: `${t.scale} ${formatScale(sheet.denominator)} ${t.atPaper(paper)}`, bold: true },
        ` · ${t.printed} ${formatDateTime(data.generatedAt, lang, data.event.timezone)}`,
      ],
      fontSize: 9,
    },
    { text: background, fontSize: LIST_FONT, color: '#444444', margin: [0, 1, 0, 6] },
  ];
  const body: Content[] =
    sheet.list === 'beside'
      ? [
          {
            columns: [
              { width: map.width, stack: mapBlock },
              { width: '*', stack: list },
            ],
            columnGap: GAP,
          },
        ]
      : [...mapBlock, ...list];
  const b = BRIEFING_TEXTS[lang];
  const doc: TDocumentDefinitions = {
    pageSize: data.paper === 'a3' ? 'A3' : 'A4',
    pageOrientation: data.orientation,
    pageMargins: [MARGIN, MARGIN, MARGIN, BOTTOM],
    language: lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: {
      title: `${data.event.name} – ${formatScale(sheet.denominator)}`,
      author: 'Tryggplan',
      creator: 'Tryggplan',
    },
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: t.printNote, width: '*' },
        { text: `${b.page} ${currentPage} ${b.of} ${pageCount}`, width: 'auto' },
      ],
      fontSize: LIST_FONT,
      color: '#444444',
      margin: [MARGIN, 14, MARGIN, 0],
    }),
    content: [...header, ...body],
    styles: BRIEFING_STYLES,
    defaultStyle: { font: TEXT_FONT, fontSize: 9, lineHeight: 1.15 },
  };
  return { doc, map, sheet };
}
