import { Language, SITE_KINDS, SiteGeometry, SiteKind } from '@tryggplan/shared/domain';
import {
  boxesMeet,
  escapeXml,
  fitView,
  geometryPositions,
  MapTileImage,
  MapView,
  metresPerWorldUnit,
  numberedMarkerSvg,
  placedMarkersSvg,
  placeMarkers,
  PlacementBox,
  project,
  renderSiteMap,
  round,
  SITE_STYLES,
  siteAnchors,
  SiteMap,
  siteMapView,
  toPixel,
  WorldBounds,
  WorldPoint,
} from '@tryggplan/shared/geo';
import { FOLDER_TEXTS } from './folder-texts';

export const FOLDER_FORMATS = ['a4', 'a6'] as const;
export type FolderFormat = (typeof FOLDER_FORMATS)[number];

export interface FolderSite {
  id: string;
  kind: SiteKind;
  name: string;
  address: string;
  geometry: SiteGeometry;
}

/** Background tiles fetched by the server for a folder map's view. */
export interface FolderTiles {
  images: MapTileImage[];
  attribution: string;
}

/** Whose map it is: the places of a personal folder's reader. */
export interface FolderReader {
  accommodationSiteId?: string | null;
  /** The sites of their schedule items, in any order; null for an item without a place. */
  scheduleSiteIds?: readonly (string | null)[];
}

/** A folder map: the picture, and the sites it numbers, number 1 first. */
export interface FolderMap extends SiteMap {
  sites: FolderSite[];
  /** The general map's sites too far out to be drawn on it: shown in the overview only. */
  offMap: FolderSite[];
  /** Whether the map is cut to the reader's places, with an overview of the whole event in a corner. */
  overview: boolean;
}

/** The map's area in points: the content width of the page, leaving room for the legend below. */
export const FOLDER_MAP_SIZE: Record<FolderFormat, { width: number; height: number }> = {
  a4: { width: 499, height: 400 },
  a6: { width: 254, height: 160 },
};

/** The overview inset of a personal map, in points. */
const OVERVIEW_SIZE: Record<FolderFormat, { width: number; height: number }> = {
  a4: { width: 132, height: 100 },
  a6: { width: 74, height: 58 },
};

/** What a personal map shows besides the reader's own places: the nearest of each. */
const NEAREST_KINDS: SiteKind[] = ['assembly-point', 'first-aid', 'police'];
/** Areas and routes are drawn on a personal map when they lie within its view. */
const CONTEXT_KINDS: SiteKind[] = ['zone', 'perimeter', 'route', 'evacuation-route'];

const PADDING = 26;
const FONT = 'font-family="NotoSans"';

const byKindAndName = (a: FolderSite, b: FolderSite) =>
  SITE_KINDS.indexOf(a.kind) - SITE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'sv');

/**
 * The sites a folder shows: no hazards (internal to the security work) and no accommodation but the
 * reader's own, so nobody learns where anyone else sleeps. Sorted by kind, then name, to number them.
 */
export function folderSites<T extends FolderSite>(sites: T[], accommodationSiteId?: string | null): T[] {
  return sites
    .filter((site) => site.kind !== 'hazard')
    .filter((site) => site.kind !== 'accommodation' || site.id === accommodationSiteId)
    .sort(byKindAndName);
}

function worldBounds(geometries: SiteGeometry[]): WorldBounds | null {
  let bounds: WorldBounds | null = null;
  for (const geometry of geometries) {
    for (const [lng, lat] of geometryPositions(geometry)) {
      const { x, y } = project(lng, lat);
      bounds = bounds
        ? {
            minX: Math.min(bounds.minX, x),
            minY: Math.min(bounds.minY, y),
            maxX: Math.max(bounds.maxX, x),
            maxY: Math.max(bounds.maxY, y),
          }
        : { minX: x, minY: y, maxX: x, maxY: y };
    }
  }
  return bounds;
}

function centreOf(geometry: SiteGeometry): WorldPoint {
  const b = worldBounds([geometry]) as WorldBounds;
  return { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
}

const distance = (a: WorldPoint, b: WorldPoint) => Math.hypot(a.x - b.x, a.y - b.y);

/** The reader's own places (schedule and accommodation) and the nearest assembly point, first aid and police. */
export function personalMapSites<T extends FolderSite>(sites: T[], reader: FolderReader): T[] {
  const printable = folderSites(sites, reader.accommodationSiteId);
  const ownIds = new Set([reader.accommodationSiteId, ...(reader.scheduleSiteIds ?? [])].filter(Boolean));
  const own = printable.filter((site) => ownIds.has(site.id));
  if (own.length === 0) return [];
  const centres = own.map((site) => centreOf(site.geometry));
  const nearness = (site: T) => Math.min(...centres.map((c) => distance(c, centreOf(site.geometry))));
  const nearest = NEAREST_KINDS.flatMap((kind) => {
    const candidates = printable.filter((site) => site.kind === kind && !ownIds.has(site.id));
    if (candidates.length === 0 || own.some((site) => site.kind === kind)) return [];
    return [candidates.reduce((best, site) => (nearness(site) < nearness(best) ? site : best))];
  });
  return [...own, ...nearest].sort(byKindAndName);
}

function viewBox(view: MapView): WorldBounds {
  return {
    minX: view.origin.x,
    minY: view.origin.y,
    maxX: view.origin.x + view.width / view.scale,
    maxY: view.origin.y + view.height / view.scale,
  };
}

const insideBox = (box: WorldBounds, p: WorldPoint) =>
  p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY;

function zoomedOut(view: MapView, factor: number): MapView {
  const box = viewBox(view);
  const centre = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
  const scale = view.scale / factor;
  return {
    ...view,
    scale,
    origin: { x: centre.x - view.width / 2 / scale, y: centre.y - view.height / 2 / scale },
  };
}

/**
 * The view of a folder's map. The general folder's is fitted to all printable sites including every
 * accommodation (their extent only), so one set of tiles serves every folder of an event; a reader's
 * own is fitted to their places (see `personalMapSites`), so a distant zone does not shrink the centre.
 */
export function folderMapView(sites: FolderSite[], format: FolderFormat, reader?: FolderReader): MapView {
  const focus = reader ? personalMapSites(sites, reader) : [];
  if (focus.length === 0) {
    return siteMapView(coreSites(sites.filter((site) => site.kind !== 'hazard')), FOLDER_MAP_SIZE[format]);
  }
  const bounds = worldBounds(focus.map((site) => site.geometry)) as WorldBounds;
  return fitView(bounds, { ...FOLDER_MAP_SIZE[format], padding: PADDING });
}

/** Sites further out than this many times the typical distance from the middle are left to the overview. */
const OUTLIER_FACTOR = 4;
/** ... but never those within this distance of the middle. */
const CORE_METRES = 800;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * The sites that make up the event's centre: all but those far out of it (a parking area out of town),
 * which would shrink the centre to a few dots. The general map is fitted to these.
 */
export function coreSites<T extends FolderSite>(sites: T[]): T[] {
  if (sites.length < 3) return sites;
  const centres = sites.map((site) => centreOf(site.geometry));
  const middle = { x: median(centres.map((c) => c.x)), y: median(centres.map((c) => c.y)) };
  const distances = centres.map((c) => distance(c, middle));
  const floor = CORE_METRES / metresPerWorldUnit(middle.y);
  const limit = Math.max(OUTLIER_FACTOR * median(distances), floor);
  return sites.filter((_, i) => distances[i] <= limit);
}

type Box = PlacementBox;

/** A small map of every printable site with the detail view outlined, so the reader sees where it lies. */
function overviewSvg(sites: FolderSite[], detail: MapView, at: Box, lang: Language): string {
  const box = viewBox(detail);
  const all = worldBounds(sites.map((site) => site.geometry)) as WorldBounds;
  const bounds = {
    minX: Math.min(all.minX, box.minX),
    minY: Math.min(all.minY, box.minY),
    maxX: Math.max(all.maxX, box.maxX),
    maxY: Math.max(all.maxY, box.maxY),
  };
  const view = fitView(bounds, { width: at.width, height: at.height, padding: 6, minSpanMetres: 0 });
  const px = (lng: number, lat: number) => toPixel(view, project(lng, lat));
  const path = (coordinates: [number, number][], close: boolean) =>
    `M${coordinates
      .map(([lng, lat]) => px(lng, lat))
      .map((p) => `${round(p.x)} ${round(p.y)}`)
      .join('L')}${close ? 'Z' : ''}`;
  const shapes = sites.map((site) => {
    const colour = SITE_STYLES[site.kind].colour;
    const g = site.geometry;
    if (g.type === 'Polygon') {
      const d = g.coordinates.map((ring) => path(ring as [number, number][], true)).join('');
      return `<path d="${d}" fill="${colour}" fill-opacity="0.2" stroke="${colour}" stroke-width="0.8"/>`;
    }
    if (g.type === 'LineString') {
      return `<path d="${path(g.coordinates as [number, number][], false)}" fill="none" stroke="${colour}" stroke-width="1.2"/>`;
    }
    const p = px(...g.coordinates);
    return `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="1.7" fill="${colour}"/>`;
  });
  const topLeft = toPixel(view, { x: box.minX, y: box.minY });
  const bottomRight = toPixel(view, { x: box.maxX, y: box.maxY });
  const w = Math.max(4, bottomRight.x - topLeft.x);
  const h = Math.max(4, bottomRight.y - topLeft.y);
  return (
    `<g class="overview" transform="translate(${round(at.x)} ${round(at.y)})">` +
    `<rect x="0" y="0" width="${at.width}" height="${at.height}" fill="#ffffff" fill-opacity="0.92" stroke="#555555" stroke-width="0.75"/>` +
    shapes.join('') +
    `<rect class="overview-detail" x="${round(topLeft.x + (bottomRight.x - topLeft.x - w) / 2)}" y="${round(topLeft.y + (bottomRight.y - topLeft.y - h) / 2)}" width="${round(w)}" height="${round(h)}" fill="none" stroke="#8a1c1c" stroke-width="1.2"/>` +
    `<text x="3" y="8" ${FONT} font-size="6.5" font-weight="bold" fill="#333333">${escapeXml(FOLDER_TEXTS[lang].mapOverview)}</text>` +
    `</g>`
  );
}

/** The scale bar (bottom left), north arrow (top right) and tile attribution that `renderSiteMap` draws. */
function furniture(width: number, height: number, attribution: boolean): Box[] {
  return [
    { x: 4, y: height - 32, width: width / 4 + 14, height: 30 },
    { x: width - 36, y: 8, width: 32, height: 32 },
    ...(attribution ? [{ x: width * 0.45, y: height - 12, width: width * 0.55, height: 12 }] : []),
  ];
}

/** Where the overview goes: the first corner with none of the map's places under it, zooming out if need be. */
function overviewPlacement(
  sites: FolderSite[],
  view: MapView,
  format: FolderFormat,
  attribution: boolean,
): { view: MapView; at: Box } {
  const { width, height } = OVERVIEW_SIZE[format];
  const W = view.width;
  const H = view.height;
  const corners: Box[] = [
    { x: W - width - 5, y: H - height - (attribution ? 14 : 5), width, height },
    { x: 5, y: 5, width, height },
    { x: W - width - 5, y: 44, width, height },
    { x: 5, y: H - height - 36, width, height },
  ];
  let current = view;
  let fallback: { view: MapView; at: Box; covered: number } | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const anchors = sites.flatMap((site) => siteAnchors(current, site.geometry).slice(0, 1));
    for (const at of corners) {
      const margin = { x: at.x - 12, y: at.y - 12, width: at.width + 24, height: at.height + 24 };
      const covered = anchors.filter((p) =>
        boxesMeet({ x: p.x, y: p.y, width: 0.01, height: 0.01 }, margin),
      ).length;
      if (covered === 0) return { view: current, at };
      if (!fallback || covered < fallback.covered) fallback = { view: current, at, covered };
    }
    current = zoomedOut(current, 1.18);
  }
  const chosen = fallback as { view: MapView; at: Box };
  return { view: chosen.view, at: chosen.at };
}

function tilesIn(view: MapView, tiles: MapTileImage[] | undefined): MapTileImage[] | undefined {
  if (!tiles) return undefined;
  const box = viewBox(view);
  return tiles.filter((tile) => {
    const span = 1 / 2 ** tile.z;
    const x = tile.x * span;
    const y = tile.y * span;
    return x < box.maxX && x + span > box.minX && y < box.maxY && y + span > box.minY;
  });
}

/**
 * A folder's map as SVG. The general folder's shows every printable site; a reader's own shows their
 * places and the nearest assembly point, first aid and police, fitted to those, with an overview of the
 * whole event when something lies outside. No number covers another.
 */
export function folderMap(
  sites: FolderSite[],
  options: {
    format: FolderFormat;
    lang: Language;
    accommodationSiteId?: string | null;
    tiles?: FolderTiles;
    reader?: FolderReader;
  },
): FolderMap {
  const { format, lang } = options;
  const size = FOLDER_MAP_SIZE[format];
  const accommodationSiteId = options.reader?.accommodationSiteId ?? options.accommodationSiteId;
  const printable = folderSites(sites, accommodationSiteId);
  const focus = options.reader ? personalMapSites(sites, { ...options.reader, accommodationSiteId }) : [];
  let view = folderMapView(
    sites,
    format,
    focus.length ? { ...options.reader, accommodationSiteId } : undefined,
  );
  let inset: { at: Box; sites: FolderSite[] } | undefined;
  const attribution = Boolean(options.tiles?.images.length && options.tiles.attribution);
  const box = viewBox(view);
  const outside = printable.some((site) =>
    geometryPositions(site.geometry).some(([lng, lat]) => !insideBox(box, project(lng, lat))),
  );
  const within = (p: WorldPoint) => p.x > 10 && p.y > 10 && p.x < size.width - 10 && p.y < size.height - 10;
  // What the map is about: the reader's places, or the event's centre.
  const core = focus.length ? focus : printable.filter((site) => within(siteAnchors(view, site.geometry)[0]));
  if (outside && core.length) {
    const placement = overviewPlacement(core, view, format, attribution);
    view = placement.view;
    inset = { at: placement.at, sites: printable };
  }
  const context = focus.length
    ? printable.filter(
        (site) =>
          CONTEXT_KINDS.includes(site.kind) &&
          !focus.includes(site) &&
          within(siteAnchors(view, site.geometry)[0]),
      )
    : [];
  const shown = focus.length
    ? [...focus, ...context].sort(byKindAndName)
    : printable.filter((site) => within(siteAnchors(view, site.geometry)[0]));
  const base = renderSiteMap(shown, {
    ...size,
    lang,
    view,
    tiles: tilesIn(view, options.tiles?.images),
    attribution: options.tiles?.attribution,
  });
  const obstacles = [...furniture(size.width, size.height, attribution), ...(inset ? [inset.at] : [])];
  const placed = placeMarkers(shown, view, obstacles);
  const layer = placedMarkersSvg(placed) + (inset ? overviewSvg(inset.sites, view, inset.at, lang) : '');
  return {
    ...base,
    ...withFolderLayers(base, layer, size.height),
    sites: shown,
    offMap: focus.length ? [] : printable.filter((site) => !shown.includes(site)),
    overview: Boolean(inset),
  };
}

const MARKERS = /<g class="markers">(?:<g class="marker"[\s\S]*?<\/g>)*<\/g>/;
const LEGEND = /<g class="legend">(?:<g class="legend-entry"[\s\S]*?<\/g>)*<\/g>/;

/**
 * `renderSiteMap`'s picture with the folder's own markers (and overview) in place of its own, and
 * without its legend strip: the folder's key shows each marker beside the site's name and kind.
 * Should the picture ever come out otherwise than expected, it is left as it is, legend and all.
 */
function withFolderLayers(base: SiteMap, layer: string, mapHeight: number): { svg: string; height: number } {
  const header = `height="${base.height}" viewBox="0 0 ${base.width} ${base.height}"`;
  if (!MARKERS.test(base.svg) || !base.svg.includes(header)) return { svg: base.svg, height: base.height };
  const svg = base.svg
    .replace(MARKERS, () => layer)
    .replace(LEGEND, '')
    .replace(header, `height="${mapHeight}" viewBox="0 0 ${base.width} ${mapHeight}"`);
  return { svg, height: mapHeight };
}

/** A site's marker as a small picture of its own, for the key beside the map. */
export function folderKeySymbol(site: FolderSite, number: number, size: number): string {
  const c = size / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    numberedMarkerSvg(
      site,
      number,
      { x: c, y: c },
      size / 2 - 1.4,
      number > 99 ? 5 : 7,
      'class="key-symbol"',
      0,
    ) +
    `</svg>`
  );
}
