import { SiteGeometry } from '@tryggplan/shared/domain';
import { bounds, geometriesBounds } from './bounds';

describe('bounds', () => {
  it('is the extent of the positions, or null when there are none', () => {
    expect(bounds([])).toBeNull();
    expect(
      bounds([
        [18.3, 57.6],
        [18.2, 57.7],
        [18.25, 57.65],
      ]),
    ).toEqual({ west: 18.2, south: 57.6, east: 18.3, north: 57.7 });
  });

  it('takes 13 lines of 10,000 vertices without overflowing the call stack', () => {
    const lines: SiteGeometry[] = Array.from({ length: 13 }, (_, line) => ({
      type: 'LineString',
      coordinates: Array.from({ length: 10_000 }, (_, i): [number, number] => [
        18 + i / 1e5,
        57 + line / 100,
      ]),
    }));
    expect(geometriesBounds(lines)).toEqual({ west: 18, south: 57, east: 18.09999, north: 57.12 });
  });

  it('spans the rings of a polygon and a single point', () => {
    const zone: SiteGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [18, 57],
          [18.1, 57],
          [18.1, 57.1],
          [18, 57],
        ],
      ],
    };
    const point: SiteGeometry = { type: 'Point', coordinates: [18.5, 56.9] };
    expect(geometriesBounds([zone, point])).toEqual({ west: 18, south: 56.9, east: 18.5, north: 57.1 });
  });
});
