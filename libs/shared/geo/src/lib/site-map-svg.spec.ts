import { MapSite, renderSiteMap, siteMapView } from './site-map-svg';
import { tilesCovering, tileZoom } from './mercator';

const sites: MapSite[] = [
  { kind: 'venue', name: 'Almedalsscenen', geometry: { type: 'Point', coordinates: [18.2882, 57.6404] } },
  {
    kind: 'assembly-point',
    name: 'Återsamling <Östercentrum>',
    geometry: { type: 'Point', coordinates: [18.296, 57.638] },
  },
  {
    kind: 'zone',
    name: 'Parkzon',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [18.287, 57.64],
          [18.29, 57.64],
          [18.29, 57.642],
          [18.287, 57.64],
        ],
      ],
    },
  },
  {
    kind: 'evacuation-route',
    name: 'Utrymning norr',
    geometry: {
      type: 'LineString',
      coordinates: [
        [18.289, 57.641],
        [18.291, 57.643],
        [18.293, 57.645],
      ],
    },
  },
];

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe('renderSiteMap', () => {
  it('draws every site with a numbered marker, a legend of the kinds, a scale bar and a north arrow', () => {
    const map = renderSiteMap(sites, { width: 400, height: 300, lang: 'sv' });
    expect(map.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(count(map.svg, /<g class="marker"/g)).toBe(4);
    for (const n of [1, 2, 3, 4]) expect(map.svg).toContain(`data-number="${n}"`);
    expect(count(map.svg, /class="site site-zone"/g)).toBe(1);
    expect(count(map.svg, /class="site site-evacuation-route"[^>]*stroke-dasharray/g)).toBe(1);
    expect(count(map.svg, /<g class="legend-entry"/g)).toBe(4);
    for (const label of ['Arena/scen', 'Återsamlingsplats', 'Zon', 'Utrymningsväg']) {
      expect(map.svg).toContain(`>${label}</text>`);
    }
    expect(map.svg).toContain('<g class="scale-bar">');
    expect(map.svg).toMatch(/>\d+ (m|km)<\/text>/);
    expect(map.svg).toContain('<g class="north-arrow">');
    expect(map.numbered[1]).toEqual({
      number: 2,
      name: 'Återsamling <Östercentrum>',
      kind: 'assembly-point',
    });
    expect(map.height).toBeGreaterThan(300);
  });

  it('labels the legend in English and places every marker inside the map', () => {
    const map = renderSiteMap(sites, { width: 400, height: 300, lang: 'en' });
    expect(map.svg).toContain('>Evacuation route</text>');
    expect(map.svg).not.toContain('Utrymningsväg');
    const xs = [...map.svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"[^>]*fill="#ffffff"/g)];
    expect(xs).toHaveLength(4);
    for (const [, x, y] of xs) {
      expect(Number(x)).toBeGreaterThanOrEqual(0);
      expect(Number(x)).toBeLessThanOrEqual(400);
      expect(Number(y)).toBeGreaterThanOrEqual(0);
      expect(Number(y)).toBeLessThanOrEqual(300);
    }
  });

  it('lists only the kinds shown and keeps names out of the picture', () => {
    const map = renderSiteMap(sites.slice(0, 1), { width: 300, height: 200, lang: 'sv' });
    expect(count(map.svg, /<g class="legend-entry"/g)).toBe(1);
    expect(renderSiteMap(sites, { width: 300, height: 200, lang: 'sv' }).svg).not.toContain('<Östercentrum>');
  });

  it('fits a chosen site more closely than the whole event', () => {
    const all = siteMapView(sites, { width: 400, height: 300 });
    const one = siteMapView(sites, { width: 400, height: 300, focus: 3 });
    expect(one.scale).toBeGreaterThanOrEqual(all.scale);
  });

  it('lays the given tiles underneath and credits them', () => {
    const view = siteMapView(sites, { width: 400, height: 300 });
    const zoom = tileZoom(view, 19);
    const tiles = tilesCovering(view, zoom);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(16);
    const map = renderSiteMap(sites, {
      width: 400,
      height: 300,
      lang: 'sv',
      view,
      tiles: tiles.map((t) => ({ ...t, href: 'data:image/png;base64,AAAA' })),
      attribution: '© OpenStreetMap',
    });
    expect(count(map.svg, /<image /g)).toBe(tiles.length);
    expect(map.svg).toContain('© OpenStreetMap');
    expect(map.svg.indexOf('<image ')).toBeLessThan(map.svg.indexOf('<g class="sites">'));
  });

  it('draws a map of nothing without failing', () => {
    const map = renderSiteMap([], { width: 300, height: 200, lang: 'sv' });
    expect(map.svg).toContain('<g class="scale-bar">');
    expect(map.svg).not.toContain('class="legend"');
  });
});
