import { SiteGeometry } from '@tryggplan/shared/domain';
import { groundDistance, siteFootprint } from './footprint';

const visby: SiteGeometry = { type: 'Point', coordinates: [18.2925, 57.6404] };

function sides(ring: [number, number][]): number[] {
  return ring.slice(0, 4).map((corner, i) => groundDistance(corner, ring[i + 1]));
}

describe('siteFootprint', () => {
  it('is null without a size or for a geometry that is not a point', () => {
    expect(siteFootprint({ geometry: visby })).toBeNull();
    expect(siteFootprint({ geometry: visby, size: null, rotation: 30 })).toBeNull();
    const line: SiteGeometry = {
      type: 'LineString',
      coordinates: [
        [18.29, 57.64],
        [18.3, 57.65],
      ],
    };
    expect(siteFootprint({ geometry: line, size: { width: 10, depth: 10 } })).toBeNull();
  });

  it('draws a closed 100 m × 50 m rectangle centred on the point, to scale on the ground', () => {
    const ring = siteFootprint({ geometry: visby, size: { width: 100, depth: 50 }, rotation: 0 })!;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    const [south, east, north, west] = sides(ring);
    for (const side of [south, north]) expect(side).toBeCloseTo(100, 1);
    for (const side of [east, west]) expect(side).toBeCloseTo(50, 1);
    // Unrotated, the width runs east–west: the south side keeps one latitude.
    expect(ring[0][1]).toBeCloseTo(ring[1][1], 12);
    expect(ring[1][0]).toBeGreaterThan(ring[0][0]);
    // The centre of the rectangle is the site's point; the diagonal is √(100² + 50²).
    expect((ring[0][0] + ring[2][0]) / 2).toBeCloseTo(visby.coordinates[0], 12);
    expect((ring[0][1] + ring[2][1]) / 2).toBeCloseTo(visby.coordinates[1], 12);
    expect(groundDistance(ring[0], ring[2])).toBeCloseTo(Math.hypot(100, 50), 1);
  });

  it('turns clockwise from north: at 90° the width runs north–south', () => {
    const ring = siteFootprint({ geometry: visby, size: { width: 100, depth: 50 }, rotation: 90 })!;
    const [first, second] = sides(ring);
    expect(first).toBeCloseTo(100, 1);
    expect(second).toBeCloseTo(50, 1);
    // The width side now keeps one longitude, running from north to south.
    expect(ring[0][0]).toBeCloseTo(ring[1][0], 12);
    expect(ring[1][1]).toBeLessThan(ring[0][1]);
  });

  it('keeps the measures at an angle', () => {
    const ring = siteFootprint({ geometry: visby, size: { width: 30, depth: 12 }, rotation: 37 })!;
    const [a, b, c, d] = sides(ring);
    for (const side of [a, c]) expect(side).toBeCloseTo(30, 1);
    for (const side of [b, d]) expect(side).toBeCloseTo(12, 1);
  });
});
