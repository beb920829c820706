import { MapView, project, unprojectLatitude } from '@tryggplan/shared/geo';
import type { SiteGeometry } from '@tryggplan/shared/domain';
import simplify from 'simplify-js';

type Position = [number, number];

/** Vertices closer than this to the simplified line are invisible on the printed map. */
const TOLERANCE_PX = 0.5;

function simplifyLine(line: readonly (readonly number[])[], tolerance: number, minimum: number): Position[] {
  const world = line.map(([lng, lat]) => project(lng, lat));
  const kept = simplify(world, tolerance, true);
  // A ring smaller than a pixel still needs its four positions to stay a polygon.
  const points =
    kept.length >= minimum ? kept : [0, 1, 2, 3].map((i) => world[Math.floor((i * (world.length - 1)) / 3)]);
  return points.map(({ x, y }) => [x * 360 - 180, unprojectLatitude(y)]);
}

/**
 * A site's geometry with the vertices a print map at `view` cannot show left out (Douglas–Peucker in
 * map pixels), so a polygon of thousands of vertices costs the PDF what the few dozen visible ones do.
 */
export function simplifiedForPrint<T extends { geometry: SiteGeometry }>(site: T, view: MapView): T {
  const tolerance = TOLERANCE_PX / view.scale;
  const { geometry } = site;
  switch (geometry.type) {
    case 'Point':
      return site;
    case 'LineString':
      return {
        ...site,
        geometry: { type: 'LineString', coordinates: simplifyLine(geometry.coordinates, tolerance, 2) },
      };
    case 'Polygon':
      return {
        ...site,
        geometry: {
          type: 'Polygon',
          coordinates: geometry.coordinates.map((ring) => simplifyLine(ring, tolerance, 4)),
        },
      };
  }
}
