import { geometryTypeOfKind, LatLng, SiteGeometry, SiteKind } from '@tryggplan/shared/domain';
import { geometriesBounds } from '@tryggplan/shared/geo';

/** About 50 m north–south: the size of a shape placed without a pointer, to be reshaped later. */
const HALF_SIZE_DEGREES = 0.00045;
const DECIMALS = 1e6;

const round = (value: number) => Math.round(value * DECIMALS) / DECIMALS;

function shift([lng, lat]: readonly number[], dLng: number, dLat: number): [number, number] {
  return [round(lng + dLng), round(lat + dLat)];
}

/** A starting shape of the kind's geometry around a point: the point itself, a square, or a line. */
export function geometryAt(kind: SiteKind, center: LatLng): SiteGeometry {
  const c: [number, number] = [center.lng, center.lat];
  const dLat = HALF_SIZE_DEGREES;
  const dLng = HALF_SIZE_DEGREES / Math.max(Math.cos((center.lat * Math.PI) / 180), 0.1);
  switch (geometryTypeOfKind(kind)) {
    case 'Point':
      return { type: 'Point', coordinates: shift(c, 0, 0) };
    case 'LineString':
      return { type: 'LineString', coordinates: [shift(c, -dLng, 0), shift(c, dLng, 0)] };
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: [
          [
            shift(c, -dLng, -dLat),
            shift(c, dLng, -dLat),
            shift(c, dLng, dLat),
            shift(c, -dLng, dLat),
            shift(c, -dLng, -dLat),
          ],
        ],
      };
  }
}

/** The same shape moved so the middle of its extent lies on the point (the keyboard way to move a site). */
export function moveGeometryTo(geometry: SiteGeometry, center: LatLng): SiteGeometry {
  const extent = geometriesBounds([geometry]);
  if (!extent) return geometry;
  const dLng = center.lng - (extent.west + extent.east) / 2;
  const dLat = center.lat - (extent.south + extent.north) / 2;
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: shift(geometry.coordinates, dLng, dLat) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map((p) => shift(p, dLng, dLat)) };
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: geometry.coordinates.map((ring) => ring.map((p) => shift(p, dLng, dLat))),
      };
  }
}
