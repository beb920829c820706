import type { SiteGeometry } from '@tryggplan/shared/domain';
import { geometriesBounds } from '@tryggplan/shared/geo';

/**
 * A walking route to the middle of a place in OpenStreetMap, from wherever the phone is: opened only
 * when the person taps it, so the page itself asks nothing of any map service.
 */
export function directionsUrl(geometry: SiteGeometry | null | undefined): string | null {
  const extent = geometry ? geometriesBounds([geometry]) : null;
  if (!extent) return null;
  const lat = ((extent.south + extent.north) / 2).toFixed(6);
  const lng = ((extent.west + extent.east) / 2).toFixed(6);
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=%3B${lat}%2C${lng}`;
}
