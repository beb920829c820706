import { SiteGeometry, SiteSize } from '@tryggplan/shared/domain';

/** Mean Earth radius in metres (IUGG), the sphere the footprint is laid out on. */
const MEAN_EARTH_RADIUS_M = 6_371_008.8;

const DEGREE = Math.PI / 180;

/**
 * The ground outline of a sized site: the closed ring (`[lng, lat]`, first = last) of a
 * `width` × `depth` metre rectangle centred on the site's point and turned `rotation` degrees
 * clockwise from north. At rotation 0 the width runs east–west and the depth north–south.
 * Null when the site has no size or is not a point.
 */
export function siteFootprint(site: {
  geometry: SiteGeometry;
  size?: SiteSize | null;
  rotation?: number | null;
}): [number, number][] | null {
  if (!site.size || site.geometry.type !== 'Point') return null;
  const [lng, lat] = site.geometry.coordinates;
  const halfWidth = site.size.width / 2;
  const halfDepth = site.size.depth / 2;
  const angle = (site.rotation ?? 0) * DEGREE;
  const [sin, cos] = [Math.sin(angle), Math.cos(angle)];
  const metresPerDegreeLat = MEAN_EARTH_RADIUS_M * DEGREE;
  const metresPerDegreeLng = metresPerDegreeLat * Math.cos(lat * DEGREE);
  // Corners in local metres (x east, y north), counter-clockwise from south-west.
  const corners: [number, number][] = [
    [-halfWidth, -halfDepth],
    [halfWidth, -halfDepth],
    [halfWidth, halfDepth],
    [-halfWidth, halfDepth],
  ];
  const ring = corners.map(([x, y]): [number, number] => {
    // Clockwise on a north-up map: east turns towards south.
    const east = x * cos + y * sin;
    const north = -x * sin + y * cos;
    return [lng + east / metresPerDegreeLng, lat + north / metresPerDegreeLat];
  });
  return [...ring, ring[0]];
}

/** Great-circle distance in metres between two `[lng, lat]` positions (haversine). */
export function groundDistance(a: readonly [number, number], b: readonly [number, number]): number {
  const [lng1, lat1] = [a[0] * DEGREE, a[1] * DEGREE];
  const [lng2, lat2] = [b[0] * DEGREE, b[1] * DEGREE];
  const h =
    Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lng2 - lng1) / 2) ** 2;
  return 2 * MEAN_EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}
