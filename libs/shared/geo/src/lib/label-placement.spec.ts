import { SiteKind } from '@tryggplan/shared/domain';
import { MARKER_RADIUS, placedMarkersSvg, placeMarkers } from './label-placement';
import { MapView, project, toPixel } from './mercator';

const centre = project(18.2915, 57.6398);
const view: MapView = {
  width: 400,
  height: 300,
  scale: 2e6,
  origin: { x: centre.x - 200 / 2e6, y: centre.y - 150 / 2e6 },
};

/** A point site drawn at (x, y) on the view. */
function at(x: number, y: number, kind: SiteKind = 'venue') {
  const world = { x: view.origin.x + x / view.scale, y: view.origin.y + y / view.scale };
  const lng = (world.x - 0.5) * 360;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * world.y))) * 180) / Math.PI;
  return { kind, geometry: { type: 'Point' as const, coordinates: [lng, lat] as [number, number] } };
}

const apart = (placed: ReturnType<typeof placeMarkers>) => {
  let closest = Infinity;
  for (const a of placed)
    for (const b of placed)
      if (a !== b) closest = Math.min(closest, Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y));
  return closest;
};

describe('placeMarkers', () => {
  it('keeps numbers apart where the sites crowd, at the edge and beyond it', () => {
    const sites = [
      at(200, 150),
      at(202, 151),
      at(201, 149),
      at(398, 150),
      at(399, 151),
      at(430, 150),
      at(431, 152),
    ];
    expect(toPixel(view, project(...sites[0].geometry.coordinates)).x).toBeCloseTo(200, 6);
    const placed = placeMarkers(sites, view, []);
    expect(placed.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(apart(placed)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
    expect(placed.filter((p) => p.leader).length).toBeGreaterThanOrEqual(4);
  });
});

describe('placedMarkersSvg', () => {
  it('draws leaders, then one outline path per colour, then every number on top', () => {
    const placed = placeMarkers([at(200, 150), at(201, 150), at(100, 100, 'police'), at(300, 80)], view, []);
    const svg = placedMarkersSvg(placed);
    expect(svg.match(/class="leader"/g)).toHaveLength(1);
    expect(svg.match(/class="outline"/g)).toHaveLength(2);
    const numbers = [...svg.matchAll(/<text class="marker" data-number="(\d)"/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4]);
    expect(svg.indexOf('class="leader"')).toBeLessThan(svg.indexOf('class="outline"'));
    expect(svg.lastIndexOf('class="outline"')).toBeLessThan(svg.indexOf('<text'));
  });
});
