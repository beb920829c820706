import { SiteGeometry } from '@tryggplan/shared/domain';
import { groundDistance } from '@tryggplan/shared/geo';

// The scale maths lives with the projection (shared/geo), which the print map draws with too.
export {
  atRoundScale,
  formatScale,
  groundDistance,
  METRES_PER_POINT,
  metresPerPointAtCentre,
  scaleDenominator,
} from '@tryggplan/shared/geo';

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
