import { parseSiteImport } from './site-import';

const point = { type: 'Point', coordinates: [18.29, 57.64] };

describe('parseSiteImport: input hygiene', () => {
  it('ignores foreign members of the feature, its geometry and its properties', () => {
    const result = parseSiteImport(
      {
        type: 'FeatureCollection',
        bbox: [18, 57, 19, 58],
        features: [
          {
            type: 'Feature',
            id: 'scen-1',
            title: 'foreign member',
            geometry: { ...point, bbox: [18.29, 57.64, 18.29, 57.64], crs: 'EPSG:4326' },
            properties: { kind: 'venue', name: 'Scen', stroke: '#f00' },
          },
        ],
      },
      'en',
    );
    expect(result).toEqual({ ok: true, sites: [{ kind: 'venue', name: 'Scen', geometry: point }] });
  });

  it('never merges __proto__ or constructor from the file into any object', () => {
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","__proto__":{"polluted":true},
      "constructor":{"prototype":{"polluted":true}},
      "geometry":{"type":"Point","coordinates":[18.29,57.64],"__proto__":{"polluted":true}},
      "properties":{"kind":"venue","name":"Scen","__proto__":{"polluted":true,"description":"x"},
      "constructor":{"polluted":true}}}]}`;
    const result = parseSiteImport(JSON.parse(text), 'en');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result).toEqual({ ok: true, sites: [{ kind: 'venue', name: 'Scen', geometry: point }] });
    const [site] = result.ok ? result.sites : [];
    expect(Object.getPrototypeOf(site)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(site.geometry)).toBe(Object.prototype);
    expect((site as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parseSiteImport: size and rotation', () => {
  const feature = (properties: Record<string, unknown>) => ({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: point, properties: { kind: 'stage', name: 'Scen', ...properties } },
    ],
  });

  it('reads a footprint and its rotation, and leaves other members of the size behind', () => {
    const result = parseSiteImport(feature({ size: { width: 12, depth: 8, unit: 'm' }, rotation: 30 }), 'en');
    expect(result).toEqual({
      ok: true,
      sites: [{ kind: 'stage', name: 'Scen', geometry: point, size: { width: 12, depth: 8 }, rotation: 30 }],
    });
  });

  it('names the property of the feature whose size is out of range', () => {
    const result = parseSiteImport(feature({ size: { width: 600, depth: 8 } }), 'sv');
    expect(result).toEqual({
      ok: false,
      details: [
        {
          field: 'features[0].properties.size.width',
          code: 'too_big',
          message: 'Objekt 1 (”Scen”): Får vara högst 500.',
        },
      ],
    });
  });
});
