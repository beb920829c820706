import type { IncidentSummaryDto, SiteDto } from '@tryggplan/shared/domain';
import { geometriesBounds } from '@tryggplan/shared/geo';
import type { MapIncident } from '@tryggplan/web/ui';

/**
 * The incidents that can be shown on the map, each where it happened: its own point, else the
 * middle of its site; closed incidents and those without a place on the map are left out.
 */
export function mapIncidents(
  incidents: readonly IncidentSummaryDto[],
  sites: readonly SiteDto[],
): MapIncident[] {
  const siteCentres = new Map(
    sites.map((site) => {
      const extent = geometriesBounds([site.geometry]);
      const centre = extent && {
        lat: (extent.south + extent.north) / 2,
        lng: (extent.west + extent.east) / 2,
      };
      return [site.id, centre] as const;
    }),
  );
  return incidents.flatMap((incident) => {
    if (incident.status === 'closed') return [];
    const point =
      incident.location.point ??
      (incident.location.siteId ? siteCentres.get(incident.location.siteId) : null) ??
      null;
    if (!point) return [];
    return [
      {
        id: incident.id,
        number: incident.number,
        title: incident.title,
        severity: incident.severity,
        point,
      },
    ];
  });
}
