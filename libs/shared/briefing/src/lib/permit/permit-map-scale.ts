import { SiteGeometry } from '@tryggplan/shared/domain';
import { EARTH_RADIUS_M, MapView, metresPerWorldUnit } from '@tryggplan/shared/geo';

/** One PDF point (1/72 inch) in metres on paper. */
export const METRES_PER_POINT = 0.0254 / 72;

/** The scales a printed plan states: round numbers a reader can measure with a ruler. */
const ROUND_SCALES = [
  500, 1000, 1250, 2000, 2500, 5000, 7500, 10_000, 12_500, 15_000, 20_000, 25_000, 50_000, 100_000, 250_000,
  500_000, 1_000_000,
];

/** Ground metres per PDF point at the middle of a view. */
export function metresPerPointAtCentre(view: MapView): number {
  return metresPerWorldUnit(view.origin.y + view.height / 2 / view.scale) / view.scale;
}

/** The scale denominator of a view drawn 1 SVG pixel = 1 PDF point (1:N at its centre). */
export function scaleDenominator(view: MapView): number {
  return metresPerPointAtCentre(view) / METRES_PER_POINT;
}

/**
 * The view zoomed out around its centre to the next round scale (1:500, 1:1000, 1:2000, …), so the
 * plan can state a scale that the drawing holds; everything fitted into the view stays in it.
 */
export function atRoundScale(view: MapView): { view: MapView; denominator: number } {
  const exact = scaleDenominator(view);
  const denominator =
    ROUND_SCALES.find((candidate) => candidate >= exact - 1e-6) ?? Math.ceil(exact / 1_000_000) * 1_000_000;
  const scale = (view.scale * exact) / denominator;
  const centre = {
    x: view.origin.x + view.width / 2 / view.scale,
    y: view.origin.y + view.height / 2 / view.scale,
  };
  return {
    view: {
      ...view,
      scale,
      origin: { x: centre.x - view.width / 2 / scale, y: centre.y - view.height / 2 / scale },
    },
    denominator,
  };
}

/** The great-circle distance in metres between two WGS84 positions ([lng, lat]). */
export function groundDistance(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** How big a site is on the ground: a line's length, an area's east–west and north–south extent. */
export type SiteExtent =
  { kind: 'point' } | { kind: 'length'; metres: number } | { kind: 'area'; width: number; depth: number };

export function siteExtent(geometry: SiteGeometry): SiteExtent {
  if (geometry.type === 'Point') return { kind: 'point' };
  if (geometry.type === 'LineString') {
    let metres = 0;
    for (let i = 1; i < geometry.coordinates.length; i++)
      metres += groundDistance(geometry.coordinates[i - 1], geometry.coordinates[i]);
    return { kind: 'length', metres };
  }
  const ring = geometry.coordinates[0];
  const lngs = ring.map(([lng]) => lng);
  const lats = ring.map(([, lat]) => lat);
  const west = Math.min(...lngs);
  const east = Math.max(...lngs);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const middle = (south + north) / 2;
  return {
    kind: 'area',
    width: groundDistance([west, middle], [east, middle]),
    depth: groundDistance([west, south], [west, north]),
  };
}

const metres = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(1)} km` : `${Math.round(value)} m`;

/** "40 × 25 m", "length 320 m", or a dash for a point. */
export function formatExtent(extent: SiteExtent, lengthWord: string): string {
  if (extent.kind === 'point') return '–';
  if (extent.kind === 'length') return `${lengthWord} ${metres(extent.metres)}`;
  return `${metres(extent.width)} × ${metres(extent.depth)}`;
}

/** "1:2 000" as Swedish and English plans write a scale (a thin space between the thousands). */
export function formatScale(denominator: number): string {
  return `1:${String(denominator).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
}
