import { SiteGeometry } from '@tryggplan/shared/domain';

/** The extent of a set of WGS84 positions, `[lng, lat]` as in GeoJSON. */
export interface LngLatBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The extent of the positions, or null when there are none. A loop, not Math.min(...values):
 * spreading a long outline (13 lines of 10,000 points) into arguments overflows the call stack.
 */
export function bounds(positions: Iterable<readonly number[]>): LngLatBounds | null {
  let extent: LngLatBounds | null = null;
  for (const [lng, lat] of positions) {
    if (!extent) extent = { west: lng, south: lat, east: lng, north: lat };
    else {
      if (lng < extent.west) extent.west = lng;
      if (lng > extent.east) extent.east = lng;
      if (lat < extent.south) extent.south = lat;
      if (lat > extent.north) extent.north = lat;
    }
  }
  return extent;
}

/** Every position of a site's geometry: the point, the line's vertices or every ring's vertices. */
export function geometryPositions(geometry: SiteGeometry): readonly (readonly [number, number])[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates.flat();
  }
}

/** The extent of several geometries together, or null when there are none. */
export function geometriesBounds(geometries: readonly SiteGeometry[]): LngLatBounds | null {
  return bounds(geometries.flatMap((geometry) => geometryPositions(geometry)));
}
