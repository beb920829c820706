import { Language, PrintMapBbox, PrintMapOrientation, PrintMapPaper } from '@tryggplan/shared/domain';
import { placedMarkersSvg, placeMarkers, PlacementBox, siteAnchors } from './label-placement';
import { atRoundScale, metresPerPointAtCentre, viewAtScale } from './map-scale';
import { mapGrid, MapGrid, mapGridSvg, gridReference } from './map-grid';
import { fitView, MapView, project, toPixel, WorldBounds } from './mercator';
import { northArrowSvg } from './north-arrow';
import { scaleBarLength, scaleBarSvg } from './scale-bar';
import { escapeXml, MapSite, MapTileImage, siteShapesSvg, tileImagesSvg } from './site-map-svg';
import { geometryPositions } from './bounds';
import { round } from './site-style';

/** ISO 216 sheets in PDF points, portrait. */
export const PAPER_SIZES: Record<PrintMapPaper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  a3: { width: 841.89, height: 1190.55 },
};

export function paperSize(
  paper: PrintMapPaper,
  orientation: PrintMapOrientation,
): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/** The band around the map that holds the grid's letters and numbers, in points. */
export const PRINT_MAP_GRID_MARGIN = 14;

/** The organiser's site plan image laid under the sites where it lies, when there are no tiles. */
export interface PrintMapSitePlan {
  href: string;
  bounds: PrintMapBbox;
  opacity: number;
}

export interface PrintMapOptions {
  /** The map's frame in points (the grid's margin comes on top). */
  width: number;
  height: number;
  view: MapView;
  lang: Language;
  tiles?: readonly MapTileImage[];
  attribution?: string;
  sitePlan?: PrintMapSitePlan;
}

export interface PrintMapEntry<T extends MapSite = MapSite> {
  number: number;
  site: T;
  /** The grid cell of the site's spot, "C4". */
  gridReference: string;
}

export interface PrintMap<T extends MapSite = MapSite> {
  svg: string;
  /** The whole picture: the frame and the grid margin around it. */
  width: number;
  height: number;
  view: MapView;
  grid: MapGrid;
  /** The sites on the map, numbered from 1 in the order given; those outside the view are left out. */
  entries: PrintMapEntry<T>[];
}

function worldBoundsOf(positions: Iterable<readonly number[]>): WorldBounds | null {
  let bounds: WorldBounds | null = null;
  for (const [lng, lat] of positions) {
    const { x, y } = project(lng, lat);
    if (!bounds) bounds = { minX: x, minY: y, maxX: x, maxY: y };
    else {
      if (x < bounds.minX) bounds.minX = x;
      if (x > bounds.maxX) bounds.maxX = x;
      if (y < bounds.minY) bounds.minY = y;
      if (y > bounds.maxY) bounds.maxY = y;
    }
  }
  return bounds;
}

const VISBY: [number, number] = [18.2915, 57.6398];

/**
 * What a print map shows: at the chosen scale exactly, centred on the area (the bbox, or all sites);
 * without one, fitted to the area and zoomed out to the next round scale, which the sheet states.
 */
export function printMapView(
  sites: readonly MapSite[],
  options: { width: number; height: number; bbox?: PrintMapBbox; denominator?: number },
): { view: MapView; denominator: number } {
  const { width, height, bbox } = options;
  const area =
    (bbox
      ? worldBoundsOf([
          [bbox.west, bbox.south],
          [bbox.east, bbox.north],
        ])
      : worldBoundsOf(sites.flatMap((site) => geometryPositions(site.geometry)))) ??
    (worldBoundsOf([VISBY]) as WorldBounds);
  if (options.denominator) {
    const centre = { x: (area.minX + area.maxX) / 2, y: (area.minY + area.maxY) / 2 };
    return {
      view: viewAtScale(centre, { width, height }, options.denominator),
      denominator: options.denominator,
    };
  }
  const fitted = fitView(area, { width, height, padding: bbox ? 0 : 28, minSpanMetres: bbox ? 0 : 150 });
  return atRoundScale(fitted);
}

function sitePlanSvg(view: MapView, plan: PrintMapSitePlan): string {
  const topLeft = toPixel(view, project(plan.bounds.west, plan.bounds.north));
  const bottomRight = toPixel(view, project(plan.bounds.east, plan.bounds.south));
  return `<image class="site-plan" x="${round(topLeft.x)}" y="${round(topLeft.y)}" width="${round(bottomRight.x - topLeft.x)}" height="${round(bottomRight.y - topLeft.y)}" preserveAspectRatio="none" opacity="${plan.opacity}" href="${plan.href}"/>`;
}

/**
 * A print map as one SVG, 1 unit = 1 PDF point so the stated scale holds on paper: the background
 * (tiles, or the site plan image), the sites to scale, a lettered grid with its labels in the margin,
 * numbered markers that never cover each other, a scale bar, a north arrow and the attribution.
 */
export function renderPrintMap<T extends MapSite>(
  sites: readonly T[],
  options: PrintMapOptions,
): PrintMap<T> {
  const { width, height, view } = options;
  const m = PRINT_MAP_GRID_MARGIN;
  const inside = (p: { x: number; y: number }) =>
    p.x >= 2 && p.y >= 2 && p.x <= width - 2 && p.y <= height - 2;
  const shown = sites.filter((site) => inside(siteAnchors(view, site.geometry)[0]));
  const grid = mapGrid(width, height);
  const tiles = options.tiles ?? [];
  const bar = scaleBarLength(metresPerPointAtCentre(view), Math.min(width / 4, 220));
  const attribution = tiles.length && options.attribution ? options.attribution : '';
  const obstacles: PlacementBox[] = [
    { x: 0, y: height - 34, width: bar.length + 30, height: 34 },
    { x: width - 44, y: 0, width: 44, height: 44 },
    ...(attribution
      ? [
          {
            x: width - attribution.length * 3.6 - 8,
            y: height - 12,
            width: attribution.length * 3.6 + 8,
            height: 12,
          },
        ]
      : []),
  ];
  const placed = placeMarkers(shown, view, obstacles);
  const entries = placed.map((marker) => ({
    number: marker.number,
    site: marker.site,
    gridReference: gridReference(grid, marker.anchor) ?? '–',
  }));
  const background = tiles.length
    ? tileImagesSvg(view, tiles)
    : options.sitePlan
      ? sitePlanSvg(view, options.sitePlan)
      : '';
  // rounded as the SVG states them, so the PDF draws it at exactly 1 unit = 1 point
  const svgWidth = round(width + 2 * m);
  const svgHeight = round(height + 2 * m);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${svgWidth}" height="${svgHeight}" viewBox="0 0 ${svgWidth} ${svgHeight}">` +
    `<defs><clipPath id="print-map-area"><rect x="0" y="0" width="${round(width)}" height="${round(height)}"/></clipPath></defs>` +
    `<g class="print-map" transform="translate(${m} ${m})">` +
    `<rect class="background" x="0" y="0" width="${round(width)}" height="${round(height)}" fill="#eef1f4"/>` +
    `<g clip-path="url(#print-map-area)">${background}${siteShapesSvg(shown, view)}</g>` +
    mapGridSvg(grid, 0, 0, m) +
    placedMarkersSvg(placed) +
    `<rect x="0" y="0" width="${round(width)}" height="${round(height)}" fill="none" stroke="#333333" stroke-width="0.8"/>` +
    scaleBarSvg(bar, 14, height - 10) +
    northArrowSvg(width - 22, 22, 16) +
    (attribution
      ? `<rect x="${round(width - attribution.length * 3.6 - 6)}" y="${round(height - 11)}" width="${round(attribution.length * 3.6 + 6)}" height="11" fill="#ffffff" fill-opacity="0.85"/>` +
        `<text x="${round(width - 3)}" y="${round(height - 3)}" font-family="NotoSans" font-size="7" text-anchor="end" fill="#333333">${escapeXml(attribution)}</text>`
      : '') +
    `</g></svg>`;
  return { svg, width: svgWidth, height: svgHeight, view, grid, entries };
}
