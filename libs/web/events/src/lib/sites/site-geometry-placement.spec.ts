import { geometryProblems } from '@tryggplan/shared/domain';
import { geometryAt, moveGeometryTo } from './site-geometry-placement';

const visby = { lat: 57.64, lng: 18.29 };

describe('geometryAt', () => {
  it('gives each kind a valid starting shape of its geometry type', () => {
    expect(geometryAt('venue', visby)).toEqual({ type: 'Point', coordinates: [18.29, 57.64] });
    const zone = geometryAt('zone', visby);
    const route = geometryAt('evacuation-route', visby);
    expect(zone.type).toBe('Polygon');
    expect(route.type).toBe('LineString');
    expect(geometryProblems(zone)).toEqual([]);
    expect(geometryProblems(route)).toEqual([]);
  });
});

describe('moveGeometryTo', () => {
  it('moves a shape so its middle lies on the point, keeping its form', () => {
    const zone = geometryAt('zone', visby);
    const moved = moveGeometryTo(zone, { lat: 57.65, lng: 18.3 });
    expect(moved).toEqual(geometryAt('zone', { lat: 57.65, lng: 18.3 }));
  });
});
