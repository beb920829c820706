import { NEAR_SITE_METRES } from './check-in';
import type { CheckInTargetKind } from './check-in';
import type { SiteGeometry } from './site';

type LngLat = readonly number[];

export interface AudienceSite {
  id: string;
  geometry: SiteGeometry;
}

export interface AudiencePerson {
  id: string;
  accommodationSiteId: string | null;
  arrivalAt: string | null;
  departureAt: string | null;
}

export interface AudienceItem {
  participantId: string;
  siteId: string | null;
  startsAt: string;
  endsAt: string;
}

export interface AudienceQuestion {
  kind: CheckInTargetKind;
  /** The zone, or the site people are near; absent for `all`. */
  site: AudienceSite | null;
  window: { from: string; to: string };
}

const positionsOf = (geometry: SiteGeometry): LngLat[] => {
  if (geometry.type === 'Point') return [geometry.coordinates as LngLat];
  if (geometry.type === 'LineString') return geometry.coordinates as LngLat[];
  return (geometry.coordinates as LngLat[][]).flat();
};

/** Ray casting on the outer ring; the ring's edge counts as inside only by luck, which is fine at metre scale. */
export function pointInPolygon(point: LngLat, ring: readonly LngLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Great-circle distance in metres (haversine), enough for "within a few hundred metres". */
export function distanceMetres(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const outerRing = (geometry: SiteGeometry): LngLat[] | null =>
  geometry.type === 'Polygon' ? ((geometry.coordinates as LngLat[][])[0] ?? null) : null;

/** Whether a site counts as inside the zone: any of its points lies in the zone's outer ring. */
function insideZone(zone: AudienceSite, site: AudienceSite): boolean {
  if (site.id === zone.id) return true;
  const ring = outerRing(zone.geometry);
  return !!ring && positionsOf(site.geometry).some((point) => pointInPolygon(point, ring));
}

/** Whether a site is at or near the chosen one: the same, inside it, or a point within NEAR_SITE_METRES of it. */
function nearSite(target: AudienceSite, site: AudienceSite): boolean {
  if (site.id === target.id) return true;
  const ring = outerRing(target.geometry);
  const targetPoints = positionsOf(target.geometry);
  return positionsOf(site.geometry).some(
    (point) =>
      (ring !== null && pointInPolygon(point, ring)) ||
      targetPoints.some((other) => distanceMetres(point, other) <= NEAR_SITE_METRES),
  );
}

const overlaps = (from: string | null, to: string | null, window: { from: string; to: string }): boolean =>
  (from === null || Date.parse(from) <= Date.parse(window.to)) &&
  (to === null || Date.parse(to) >= Date.parse(window.from));

/**
 * Who a check-in goes to. `all`: every participant. `zone` and `near-site`: everyone who, during the
 * window, has a schedule item at a site that lies in the zone (or at or near the site), or whose
 * accommodation lies there while they stay (arrival to departure; an unknown end is open).
 */
export function checkInAudience(
  question: AudienceQuestion,
  people: readonly AudiencePerson[],
  items: readonly AudienceItem[],
  sites: readonly AudienceSite[],
): string[] {
  if (question.kind === 'all') return people.map((person) => person.id);
  const target = question.site;
  if (!target) return [];
  const matches = question.kind === 'zone' ? insideZone : nearSite;
  const hits = new Set(sites.filter((site) => matches(target, site)).map((site) => site.id));
  const chosen = new Set<string>();
  for (const item of items) {
    if (item.siteId && hits.has(item.siteId) && overlaps(item.startsAt, item.endsAt, question.window)) {
      chosen.add(item.participantId);
    }
  }
  return people
    .filter(
      (person) =>
        chosen.has(person.id) ||
        (person.accommodationSiteId !== null &&
          hits.has(person.accommodationSiteId) &&
          overlaps(person.arrivalAt, person.departureAt, question.window)),
    )
    .map((person) => person.id);
}
