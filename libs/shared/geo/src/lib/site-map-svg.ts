import {
  Language,
  SITE_KIND_LABELS,
  SITE_KINDS,
  SiteGeometry,
  SiteKind,
  SiteSize,
} from '@tryggplan/shared/domain';
import { geometryPositions } from './bounds';
import { siteFootprint } from './footprint';
import { metresPerPointAtCentre } from './map-scale';
import { fitView, MapView, project, TileRef, toPixel, WorldBounds, WorldPoint } from './mercator';
import { northArrowSvg } from './north-arrow';
import { scaleBarLength } from './scale-bar';
import { markerPath, round, SITE_STYLES } from './site-style';

export interface MapSite {
  kind: SiteKind;
  name: string;
  geometry: SiteGeometry;
  /** A sized site's footprint in metres: drawn to scale around its point (see `siteFootprint`). */
  size?: SiteSize | null;
  /** Degrees clockwise from north. */
  rotation?: number;
}

/** A raster tile to lay under the sites; `href` is a data URI so the SVG stays self-contained. */
export interface MapTileImage extends TileRef {
  href: string;
}

export interface SiteMapOptions {
  width: number;
  height: number;
  lang: Language;
  /** Fit the view to this site (index into `sites`) instead of to all of them. */
  focus?: number;
  /** A view computed beforehand (by `siteMapView`), e.g. the one tiles were fetched for. */
  view?: MapView;
  tiles?: MapTileImage[];
  attribution?: string;
}

export interface NumberedSite {
  number: number;
  name: string;
  kind: SiteKind;
}

export interface SiteMap {
  svg: string;
  /** The whole picture: the map plus the legend strip below it. */
  width: number;
  height: number;
  view: MapView;
  numbered: NumberedSite[];
}

const MARKER_RADIUS = 7;
const LEGEND_ROW = 16;
const LEGEND_COLUMN = 120;
const FONT = 'font-family="NotoSans"';

function boundsOf(sites: MapSite[]): WorldBounds | null {
  let bounds: WorldBounds | null = null;
  for (const site of sites) {
    for (const [lng, lat] of geometryPositions(site.geometry)) {
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

/** The view fitted to every site, or to the chosen one; Visby when there is nothing to show. */
export function siteMapView(
  sites: MapSite[],
  options: { width: number; height: number; focus?: number },
): MapView {
  const chosen = options.focus !== undefined && sites[options.focus] ? [sites[options.focus]] : sites;
  const visby = project(18.2915, 57.6398);
  const bounds = boundsOf(chosen) ?? { minX: visby.x, minY: visby.y, maxX: visby.x, maxY: visby.y };
  return fitView(bounds, { width: options.width, height: options.height });
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

const pixels = (view: MapView, coordinates: [number, number][]) =>
  coordinates.map(([lng, lat]) => toPixel(view, project(lng, lat)));

const pathData = (points: WorldPoint[], close: boolean) =>
  `M${points.map((p) => `${round(p.x)} ${round(p.y)}`).join('L')}${close ? 'Z' : ''}`;

/** Where a site's number goes: the point itself, a line's middle vertex, a polygon's vertex average. */
function anchor(view: MapView, geometry: SiteGeometry): WorldPoint {
  if (geometry.type === 'Point') return toPixel(view, project(...geometry.coordinates));
  if (geometry.type === 'LineString') {
    return toPixel(view, project(...geometry.coordinates[Math.floor(geometry.coordinates.length / 2)]));
  }
  const ring = geometry.coordinates[0].slice(0, -1);
  const points = pixels(view, ring.length ? ring : geometry.coordinates[0]);
  return {
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  };
}

function shapeOf(site: MapSite, view: MapView): string {
  const style = SITE_STYLES[site.kind];
  const dash = style.dashed ? ' stroke-dasharray="6 4"' : '';
  const footprint = siteFootprint(site);
  if (footprint) {
    const d = pathData(pixels(view, footprint), true);
    return `<path class="site site-${site.kind} footprint" d="${d}" fill="${style.colour}" fill-opacity="0.25" stroke="${style.colour}" stroke-width="1.5"${dash}/>`;
  }
  if (site.geometry.type === 'Polygon') {
    const d = site.geometry.coordinates.map((ring) => pathData(pixels(view, ring), true)).join('');
    return `<path class="site site-${site.kind}" d="${d}" fill="${style.colour}" fill-opacity="0.15" fill-rule="evenodd" stroke="${style.colour}" stroke-width="2"${dash}/>`;
  }
  if (site.geometry.type === 'LineString') {
    const d = pathData(pixels(view, site.geometry.coordinates), false);
    return `<path class="site site-${site.kind}" d="${d}" fill="none" stroke="${style.colour}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"${dash}/>`;
  }
  return '';
}

/** The sites' shapes, areas first, then footprints, then lines, so nothing hides a narrower thing. */
export function siteShapesSvg(sites: readonly MapSite[], view: MapView): string {
  const ordered = [
    ...sites.filter((site) => site.geometry.type === 'Polygon'),
    ...sites.filter((site) => site.geometry.type === 'Point' && site.size),
    ...sites.filter((site) => site.geometry.type === 'LineString'),
  ];
  return `<g class="sites">${ordered.map((site) => shapeOf(site, view)).join('')}</g>`;
}

function numberMarker(site: MapSite, number: number, at: WorldPoint): string {
  const style = SITE_STYLES[site.kind];
  const shape = site.geometry.type === 'Point' ? style.shape : 'circle';
  const size = number > 99 ? 6 : 8;
  return (
    `<g class="marker" data-number="${number}">` +
    `<path d="${markerPath(shape, at.x, at.y, MARKER_RADIUS)}" fill="${style.colour}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<text x="${round(at.x)}" y="${round(at.y + size * 0.36)}" ${FONT} font-size="${size}" font-weight="bold" fill="#ffffff" text-anchor="middle">${number}</text>` +
    `</g>`
  );
}

/** The raster tiles laid where they belong in the view. */
export function tileImagesSvg(view: MapView, tiles: readonly MapTileImage[]): string {
  return tiles
    .map((tile) => {
      const span = 1 / 2 ** tile.z;
      const at = toPixel(view, { x: tile.x * span, y: tile.y * span });
      const size = span * view.scale;
      return `<image x="${round(at.x)}" y="${round(at.y)}" width="${round(size + 0.5)}" height="${round(size + 0.5)}" preserveAspectRatio="none" href="${tile.href}"/>`;
    })
    .join('');
}

/** A round ground distance that takes about a quarter of the map's width. */
function scaleBar(view: MapView): string {
  const { length, label } = scaleBarLength(metresPerPointAtCentre(view), view.width / 4);
  const x = 12;
  const y = view.height - 14;
  return (
    `<g class="scale-bar">` +
    `<rect x="${x - 4}" y="${y - 16}" width="${round(length + 8)}" height="24" fill="#ffffff" fill-opacity="0.85"/>` +
    `<path d="M${x} ${y - 4}L${x} ${y}L${round(x + length)} ${y}L${round(x + length)} ${y - 4}" fill="none" stroke="#000000" stroke-width="1.5"/>` +
    `<text x="${x}" y="${y - 6}" ${FONT} font-size="9" fill="#000000">${label}</text>` +
    `</g>`
  );
}

function legendSymbol(kind: SiteKind, x: number, y: number): string {
  const style = SITE_STYLES[kind];
  const dash = style.dashed ? ' stroke-dasharray="4 2"' : '';
  if ((['zone', 'perimeter'] as SiteKind[]).includes(kind)) {
    return `<rect x="${x - 7}" y="${y - 5}" width="14" height="10" fill="${style.colour}" fill-opacity="0.15" stroke="${style.colour}" stroke-width="1.5"${dash}/>`;
  }
  if ((['route', 'evacuation-route'] as SiteKind[]).includes(kind)) {
    return `<path d="M${x - 8} ${y}L${x + 8} ${y}" stroke="${style.colour}" stroke-width="3"${dash}/>`;
  }
  return `<path d="${markerPath(style.shape, x, y, 5)}" fill="${style.colour}"/>`;
}

/** The legend of the given kinds in rows of columns across `width`, starting `top` points down. */
export function siteLegendSvg(
  kinds: readonly SiteKind[],
  top: number,
  width: number,
  lang: Language,
): { svg: string; height: number } {
  if (kinds.length === 0) return { svg: '', height: 0 };
  const columns = Math.max(1, Math.floor(width / LEGEND_COLUMN));
  const rows = Math.ceil(kinds.length / columns);
  const columnWidth = width / columns;
  const entries = kinds.map((kind, index) => {
    const x = (index % columns) * columnWidth + 14;
    const y = top + 12 + Math.floor(index / columns) * LEGEND_ROW;
    return (
      `<g class="legend-entry" data-kind="${kind}">${legendSymbol(kind, x, y)}` +
      `<text x="${x + 12}" y="${y + 3.5}" ${FONT} font-size="9" fill="#000000">${escapeXml(SITE_KIND_LABELS[kind][lang])}</text></g>`
    );
  });
  return { svg: `<g class="legend">${entries.join('')}</g>`, height: rows * LEGEND_ROW + 8 };
}

/**
 * The event's sites as a self-contained SVG for print: Web Mercator fitted to the sites, one style per kind,
 * numbered markers, a legend of the kinds shown, a scale bar and a north arrow; raster tiles underneath when given.
 */
export function renderSiteMap(sites: MapSite[], options: SiteMapOptions): SiteMap {
  const { width, height, lang } = options;
  const view = options.view ?? siteMapView(sites, options);
  const tiles = options.tiles ?? [];
  const numbered = sites.map((site, index) => ({ number: index + 1, name: site.name, kind: site.kind }));
  const kinds = SITE_KINDS.filter((kind) => sites.some((site) => site.kind === kind));
  const key = siteLegendSvg(kinds, height, width, lang);
  const markers = sites.map((site, index) => numberMarker(site, index + 1, anchor(view, site.geometry)));
  const attribution =
    tiles.length && options.attribution
      ? `<text x="${width - 4}" y="${height - 4}" ${FONT} font-size="7" text-anchor="end" fill="#333333">${escapeXml(options.attribution)}</text>`
      : '';
  const totalHeight = height + key.height;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${totalHeight}" viewBox="0 0 ${width} ${totalHeight}">` +
    `<defs><clipPath id="map-area"><rect x="0" y="0" width="${width}" height="${height}"/></clipPath></defs>` +
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#eef1f4"/>` +
    `<g clip-path="url(#map-area)">` +
    tileImagesSvg(view, tiles) +
    siteShapesSvg(sites, view) +
    `<g class="markers">${markers.join('')}</g>` +
    `</g>` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="#666666"/>` +
    scaleBar(view) +
    northArrowSvg(view.width - 20, 24) +
    attribution +
    key.svg +
    `</svg>`;
  return { svg, width, height: totalHeight, view, numbered };
}
