import { Translated } from './language';

export const USER_ROLES = ['admin', 'coordinator', 'partner'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const EVENT_STATUSES = ['planning', 'active', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const POINT_SITE_KINDS = [
  'venue',
  'stage',
  'tent',
  'accommodation',
  'assembly-point',
  'police',
  'first-aid',
  'meeting-point',
  'hazard',
] as const;
export const POLYGON_SITE_KINDS = ['zone', 'perimeter'] as const;
export const LINE_SITE_KINDS = ['route', 'evacuation-route'] as const;
export const SITE_KINDS = [...POINT_SITE_KINDS, ...POLYGON_SITE_KINDS, ...LINE_SITE_KINDS] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export type SiteGeometryType = 'Point' | 'Polygon' | 'LineString';

export function geometryTypeOfKind(kind: SiteKind): SiteGeometryType {
  if ((POLYGON_SITE_KINDS as readonly string[]).includes(kind)) return 'Polygon';
  if ((LINE_SITE_KINDS as readonly string[]).includes(kind)) return 'LineString';
  return 'Point';
}

export const ROLE_LABELS: Record<UserRole, Translated> = {
  admin: { sv: 'Administratör', en: 'Administrator' },
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  partner: { sv: 'Samverkanspart', en: 'Partner' },
};

export const EVENT_STATUS_LABELS: Record<EventStatus, Translated> = {
  planning: { sv: 'Planering', en: 'Planning' },
  active: { sv: 'Pågår', en: 'Active' },
  closed: { sv: 'Avslutat', en: 'Closed' },
};

export const SITE_KIND_LABELS: Record<SiteKind, Translated> = {
  venue: { sv: 'Arena/scen', en: 'Venue' },
  stage: { sv: 'Scen', en: 'Stage' },
  tent: { sv: 'Tält', en: 'Tent' },
  accommodation: { sv: 'Boende', en: 'Accommodation' },
  'assembly-point': { sv: 'Återsamlingsplats', en: 'Assembly point' },
  police: { sv: 'Polis', en: 'Police' },
  'first-aid': { sv: 'Sjukvård', en: 'First aid / hospital' },
  'meeting-point': { sv: 'Mötesplats', en: 'Meeting point' },
  hazard: { sv: 'Riskplats', en: 'Hazard' },
  zone: { sv: 'Zon', en: 'Zone' },
  perimeter: { sv: 'Avspärrning', en: 'Perimeter' },
  route: { sv: 'Färdväg', en: 'Route' },
  'evacuation-route': { sv: 'Utrymningsväg', en: 'Evacuation route' },
};
