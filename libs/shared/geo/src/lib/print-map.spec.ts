import { MapSite } from './site-map-svg';
import { gridColumnName, gridReference, mapGrid } from './map-grid';
import { atRoundScale, formatScale, METRES_PER_POINT, scaleDenominator, viewAtScale } from './map-scale';
import { project, toPixel } from './mercator';
import { paperSize, printMapView, renderPrintMap } from './print-map';
import { scaleBarLength } from './scale-bar';
import { groundDistance } from './footprint';

const point = (name: string, lng: number, lat: number, kind: MapSite['kind'] = 'venue'): MapSite => ({
  kind,
  name,
  geometry: { type: 'Point', coordinates: [lng, lat] },
});

/** The centres of the drawn markers, by number. */
function markerCentres(svg: string): Map<number, { x: number; y: number }> {
  const centres = new Map<number, { x: number; y: number }>();
  for (const [, number, x, y] of svg.matchAll(
    /<text class="marker" data-number="(\d+)" x="([\d.-]+)" y="([\d.-]+)"/g,
  )) {
    centres.set(Number(number), { x: Number(x), y: Number(y) - 8 * 0.36 });
  }
  return centres;
}

describe('print map geometry', () => {
  it('knows the sheets in points, both ways up', () => {
    expect(paperSize('a3', 'landscape')).toEqual({ width: 1190.55, height: 841.89 });
    expect(paperSize('a4', 'portrait')).toEqual({ width: 595.28, height: 841.89 });
  });

  it('draws a view at exactly the scale asked for, and rounds a fitted one up to a round scale', () => {
    const centre = project(18.2915, 57.6398);
    const view = viewAtScale(centre, { width: 1000, height: 700 }, 2000);
    expect(scaleDenominator(view)).toBeCloseTo(2000, 6);
    expect(view.origin.x + 500 / view.scale).toBeCloseTo(centre.x, 12);
    const fitted = atRoundScale({ ...view, scale: view.scale * 0.77 });
    expect(fitted.denominator).toBe(5000);
    expect(scaleDenominator(fitted.view)).toBeCloseTo(5000, 6);
    expect(formatScale(25_000)).toBe('1:25 000');
  });

  it('fits the view to a bbox at a round scale that keeps the whole bbox in it', () => {
    const bbox = { west: 18.28, south: 57.635, east: 18.3, north: 57.645 };
    const { view, denominator } = printMapView([], { width: 1100, height: 760, bbox });
    expect([500, 1000, 1250, 2000, 2500, 5000, 7500, 10_000, 12_500]).toContain(denominator);
    const sw = toPixel(view, project(bbox.west, bbox.south));
    const ne = toPixel(view, project(bbox.east, bbox.north));
    expect(sw.x).toBeGreaterThanOrEqual(0);
    expect(sw.y).toBeLessThanOrEqual(760);
    expect(ne.x).toBeLessThanOrEqual(1100);
    expect(ne.y).toBeGreaterThanOrEqual(0);
  });

  it('letters columns and numbers rows, and names the cell of a point', () => {
    const grid = mapGrid(1130, 760);
    expect(grid.columns).toBe(10);
    expect(grid.rows).toBe(7);
    expect(gridReference(grid, { x: 1, y: 1 })).toBe('A1');
    expect(gridReference(grid, { x: 3.5 * grid.cellWidth, y: 1.2 * grid.cellHeight })).toBe('D2');
    expect(gridReference(grid, { x: 1130, y: 760 })).toBe('J7');
    expect(gridReference(grid, { x: -1, y: 5 })).toBeNull();
    expect([0, 25, 26, 27, 51, 52].map(gridColumnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('gives the scale bar a round ground length no longer than asked', () => {
    const bar = scaleBarLength(0.7056, 220); // 1:2000
    expect(bar.metres).toBe(100);
    expect(bar.length).toBeCloseTo(141.7, 1);
    expect(bar.label).toBe('100 m');
    expect(scaleBarLength(8.82, 220)).toMatchObject({ metres: 1000, label: '1 km' });
  });
});

describe('renderPrintMap', () => {
  const stage: [number, number] = [18.2882, 57.6404];
  const gate: [number, number] = [18.2882 + 0.0035, 57.6404];

  it('holds the stated scale: two known points measured on the drawing', () => {
    const sites = [point('Scen', ...stage), point('Grind', ...gate, 'meeting-point')];
    const { view, denominator } = printMapView(sites, { width: 1100, height: 700, denominator: 2000 });
    const map = renderPrintMap(sites, { width: 1100, height: 700, view, lang: 'sv' });
    const centres = markerCentres(map.svg);
    const a = centres.get(1) as { x: number; y: number };
    const b = centres.get(2) as { x: number; y: number };
    const drawn = Math.hypot(b.x - a.x, b.y - a.y) * METRES_PER_POINT * denominator;
    const ground = groundDistance(stage, gate);
    expect(Math.abs(drawn - ground) / ground).toBeLessThan(0.02);
    expect(map.entries.map((entry) => entry.site.name)).toEqual(['Scen', 'Grind']);
    expect(map.svg).toContain('<g class="map-grid" data-columns="10"');
    expect(map.svg).toContain('class="scale-bar"');
    expect(map.svg).toContain('class="north-arrow"');
  });

  it('keys each site to its grid cell and leaves out what lies outside the view', () => {
    const sites = [point('Mitt', ...stage), point('Långt bort', 18.5, 57.8)];
    const { view } = printMapView(sites, { width: 1100, height: 700, denominator: 1000, bbox: undefined });
    const centred = viewAtScale(project(...stage), { width: 1100, height: 700 }, 1000);
    const map = renderPrintMap(sites, { width: 1100, height: 700, view: centred, lang: 'sv' });
    expect(view.width).toBe(1100);
    expect(map.entries).toHaveLength(1);
    expect(map.entries[0].gridReference).toBe(gridReference(map.grid, { x: 550, y: 350 }));
  });

  it('never lets one number cover another, however crowded', () => {
    const sites = Array.from({ length: 60 }, (_, i) =>
      point(`P${i}`, stage[0] + (i % 8) * 0.00006, stage[1] + Math.floor(i / 8) * 0.00004),
    );
    const view = viewAtScale(project(...stage), { width: 1100, height: 700 }, 2000);
    const map = renderPrintMap(sites, { width: 1100, height: 700, view, lang: 'sv' });
    const centres = [...markerCentres(map.svg).values()];
    expect(centres).toHaveLength(60);
    let closest = Infinity;
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        closest = Math.min(closest, Math.hypot(centres[i].x - centres[j].x, centres[i].y - centres[j].y));
      }
    }
    expect(closest).toBeGreaterThanOrEqual(14);
  });

  it('draws a sized site’s footprint to scale', () => {
    const sites: MapSite[] = [
      { ...point('Scen', ...stage, 'stage'), size: { width: 40, depth: 20 }, rotation: 0 },
    ];
    const view = viewAtScale(project(...stage), { width: 800, height: 600 }, 1000);
    const map = renderPrintMap(sites, { width: 800, height: 600, view, lang: 'sv' });
    const d = /class="site site-stage footprint" d="M([\d.]+) [\d.]+L([\d.]+) /.exec(map.svg);
    expect(d).not.toBeNull();
    const width = Math.abs(Number(d?.[2]) - Number(d?.[1])) * METRES_PER_POINT * 1000;
    expect(width).toBeGreaterThan(39.2);
    expect(width).toBeLessThan(40.8);
  });

  it('lays the site plan image under the sites when there are no tiles', () => {
    const sites = [point('Scen', ...stage)];
    const view = viewAtScale(project(...stage), { width: 800, height: 600 }, 2000);
    const sitePlan = {
      href: 'data:image/png;base64,AAAA',
      bounds: { west: 18.287, south: 57.64, east: 18.29, north: 57.641 },
      opacity: 0.7,
    };
    const map = renderPrintMap(sites, { width: 800, height: 600, view, lang: 'sv', sitePlan });
    expect(map.svg).toContain('class="site-plan"');
    const tiled = renderPrintMap(sites, {
      width: 800,
      height: 600,
      view,
      lang: 'sv',
      sitePlan,
      tiles: [{ z: 17, x: 72000, y: 37000, href: 'data:image/png;base64,BBBB' }],
      attribution: '© OpenStreetMap',
    });
    expect(tiled.svg).toContain('© OpenStreetMap');
  });
});
