import { Contact, EventCreate, SiteCreate } from '@tryggplan/shared/domain';

/** Fictional people; telephone numbers from the range PTS reserves for fiction (070-174 06 05–99). */
export const DEMO_CONTACTS: Contact[] = [
  {
    role: 'security-coordinator',
    name: 'Kim Lindqvist',
    phone: '+46 70 174 06 05',
    email: 'sakerhet@demo.tryggplan.local',
  },
  {
    role: 'unit-duty',
    name: 'Säkerhetsenheten, jour',
    nameEn: 'Security unit, on duty',
    phone: '+46 70 174 06 06',
    email: 'jour@demo.tryggplan.local',
  },
  {
    role: 'police',
    name: 'Polisens evenemangskontakt Gotland',
    nameEn: 'Gotland police, event liaison',
    phone: '114 14',
  },
];

export const DEMO_EVENT: EventCreate = {
  name: 'Almedalsveckan (demo)',
  description:
    'Demonstrationsevenemang: regionens förtroendevalda och tjänstepersoner under Almedalsveckan i Visby. ' +
    'Alla personer i demodata är påhittade.',
  startsAt: '2027-06-27T08:00:00+02:00',
  endsAt: '2027-07-02T22:00:00+02:00',
  timezone: 'Europe/Stockholm',
  locationName: 'Visby, Gotland',
  center: { lat: 57.6398, lng: 18.2915 },
  zoom: 16,
  status: 'planning',
  contacts: DEMO_CONTACTS,
  briefingAdvice:
    'Bär namnbrickan synligt bara inne på evenemangsområdet. Gå inte ensam till och från boendet sent på kvällen. ' +
    'Dela inte ditt program i sociala medier i förväg. Håll telefonen laddad och jourens nummer sparat.',
  threatSummary:
    'Polisen bedömer hotbilden mot förtroendevalda som förhöjd under veckan. Trakasserier i samband med ' +
    'scenframträdanden är det vanligaste. Inga konkreta hot mot regionens deltagare är kända.',
  briefingAdviceEn:
    'Wear your name badge visibly only inside the event area. Do not walk alone to or from your hotel late ' +
    'at night. Do not share your schedule on social media in advance. Keep your phone charged and the duty ' +
    'number saved.',
  threatSummaryEn:
    'The police assess the threat to elected officials as heightened this week. Harassment at stage ' +
    "appearances is the most common. No specific threats against the region's participants are known.",
};

const point = (lat: number, lng: number) => ({
  type: 'Point' as const,
  coordinates: [lng, lat] as [number, number],
});

export const DEMO_SITES: SiteCreate[] = [
  {
    kind: 'venue',
    name: 'Almedalsscenen',
    address: 'Almedalen, Visby',
    description: 'Huvudscenen i parken. Partiledartal varje kväll.',
    geometry: point(57.6404, 18.2882),
    // A 16 × 10 m stage with its front towards the crowd in the park, drawn to scale on the map.
    size: { width: 16, depth: 10 },
    rotation: 20,
  },
  {
    kind: 'tent',
    name: 'Donners plats seminarietält',
    address: 'Donners plats, Visby',
    description: 'Seminarier, tält för cirka 80 personer.',
    geometry: point(57.6393, 18.2921),
    size: { width: 12, depth: 8 },
    rotation: 0,
  },
  {
    kind: 'venue',
    name: 'Regionens mötesrum, Strandgatan',
    address: 'Strandgatan, Visby',
    geometry: point(57.6412, 18.2934),
  },
  {
    kind: 'accommodation',
    name: 'Boende A – hotell vid hamnen',
    address: 'Skeppsbron, Visby',
    geometry: point(57.6372, 18.2893),
  },
  {
    kind: 'meeting-point',
    name: 'Visby hamn, färjeterminalen',
    address: 'Färjeleden, Visby',
    description: 'Ankomst och avresa med färjan.',
    geometry: point(57.6353, 18.2868),
  },
  {
    kind: 'first-aid',
    name: 'Visby lasarett',
    address: 'Visby lasarett, Visby',
    description: 'Akutmottagning dygnet runt.',
    geometry: point(57.6339, 18.3036),
  },
  {
    kind: 'police',
    name: 'Polisstationen Visby',
    address: 'Visby',
    geometry: point(57.6377, 18.3006),
  },
  {
    kind: 'assembly-point',
    name: 'Återsamlingsplats Strandgärdet',
    address: 'Strandgärdet, Visby',
    description: 'Samlas här vid utrymning av Almedalen.',
    geometry: point(57.6437, 18.2876),
  },
  {
    kind: 'zone',
    name: 'Publikyta Almedalen',
    description: 'Trångt vid partiledartalen, 18–21.',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [18.2866, 57.6397],
          [18.2899, 57.6397],
          [18.2902, 57.6413],
          [18.2869, 57.6415],
          [18.2866, 57.6397],
        ],
      ],
    },
  },
  {
    kind: 'evacuation-route',
    name: 'Utrymning Almedalen – Strandgärdet',
    geometry: {
      type: 'LineString',
      coordinates: [
        [18.2882, 57.6404],
        [18.2879, 57.6418],
        [18.2877, 57.643],
        [18.2876, 57.6437],
      ],
    },
  },
];

/** The demo partner's organisation, which the demo event's risk plan is shared with. */
export const DEMO_PARTNER_ORGANIZATION = { name: 'Polisen Region Gotland', kind: 'police' } as const;
export const DEMO_REVISION_NOTE = 'Första utkastet av riskplanen inför Almedalsveckan.';
