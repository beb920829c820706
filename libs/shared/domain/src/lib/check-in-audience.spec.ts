import { checkInWindow } from './check-in';
import {
  AudienceItem,
  AudiencePerson,
  AudienceSite,
  checkInAudience,
  distanceMetres,
} from './check-in-audience';

const zone: AudienceSite = {
  id: 'zone',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [18.285, 57.638],
        [18.292, 57.638],
        [18.292, 57.642],
        [18.285, 57.642],
        [18.285, 57.638],
      ],
    ],
  },
};
const point = (id: string, lng: number, lat: number): AudienceSite => ({
  id,
  geometry: { type: 'Point', coordinates: [lng, lat] },
});
const stage = point('stage', 18.2882, 57.6404);
const harbour = point('harbour', 18.2795, 57.6445);
const kiosk = point('kiosk', 18.281, 57.6447);
const sites = [zone, stage, harbour, kiosk];
const person = (
  id: string,
  hotel: string | null = null,
  stay: [string | null, string | null] = [null, null],
) => ({ id, accommodationSiteId: hotel, arrivalAt: stay[0], departureAt: stay[1] }) satisfies AudiencePerson;
const item = (participantId: string, siteId: string, startsAt: string, endsAt: string): AudienceItem => ({
  participantId,
  siteId,
  startsAt,
  endsAt,
});
const window = { from: '2027-06-28T10:00:00.000Z', to: '2027-06-28T12:00:00.000Z' };

describe('who a check-in goes to', () => {
  const people = [
    person('on-stage'),
    person('staying-in-zone', 'stage'),
    person('left-already', 'stage', ['2027-06-25T10:00:00Z', '2027-06-27T10:00:00Z']),
    person('at-kiosk'),
    person('stage-tomorrow'),
  ];
  const items = [
    item('on-stage', 'stage', '2027-06-28T11:00:00Z', '2027-06-28T11:30:00Z'),
    item('at-kiosk', 'kiosk', '2027-06-28T09:00:00Z', '2027-06-28T10:30:00Z'),
    item('stage-tomorrow', 'stage', '2027-06-29T11:00:00Z', '2027-06-29T12:00:00Z'),
  ];

  it('asks everyone when told to', () => {
    expect(checkInAudience({ kind: 'all', site: null, window }, people, items, sites)).toHaveLength(5);
  });

  it('asks those in the zone during the window: a schedule item at a site inside it, or staying there', () => {
    expect(checkInAudience({ kind: 'zone', site: zone, window }, people, items, sites)).toEqual([
      'on-stage',
      'staying-in-zone',
    ]);
  });

  it('asks those at or within 250 m of a site during the window', () => {
    expect(distanceMetres([18.2795, 57.6445], [18.281, 57.6447])).toBeLessThan(250);
    expect(checkInAudience({ kind: 'near-site', site: harbour, window }, people, items, sites)).toEqual([
      'at-kiosk',
    ]);
  });

  it('takes an hour either side of the start when no window is given', () => {
    expect(checkInWindow({}, '2027-06-28T11:00:00.000Z')).toEqual(window);
    expect(checkInWindow({ from: '2027-06-28T10:00:00.000Z' }, '2027-01-01T00:00:00.000Z')).toEqual({
      from: '2027-06-28T10:00:00.000Z',
      to: '2027-06-28T11:00:00.000Z',
    });
  });
});
