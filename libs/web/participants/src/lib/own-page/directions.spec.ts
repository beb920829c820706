import { directionsUrl } from './directions';

describe('directionsUrl', () => {
  it('routes on foot to a point, and to the middle of a zone', () => {
    expect(directionsUrl({ type: 'Point', coordinates: [18.2882, 57.6404] })).toBe(
      'https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=%3B57.640400%2C18.288200',
    );
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [18.0, 57.0],
          [18.2, 57.0],
          [18.2, 57.2],
          [18.0, 57.2],
          [18.0, 57.0],
        ] as [number, number][],
      ],
    };
    expect(directionsUrl(square)).toContain('route=%3B57.100000%2C18.100000');
    expect(directionsUrl(null)).toBeNull();
  });
});
