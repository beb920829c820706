import { siteCreateSchema } from './site';
import { geometryProblems, ringIntersectsItself } from './site-geometry';
import { parseSiteImport } from './site-import';
import { validate } from './validation';

const square = [
  [18.29, 57.64],
  [18.3, 57.64],
  [18.3, 57.65],
  [18.29, 57.65],
  [18.29, 57.64],
];
const bowTie = [
  [18.29, 57.64],
  [18.3, 57.65],
  [18.3, 57.64],
  [18.29, 57.65],
  [18.29, 57.64],
];

const codes = (geometry: Parameters<typeof geometryProblems>[0]) =>
  geometryProblems(geometry).map((p) => p.code);

describe('geometryProblems', () => {
  it('accepts a valid point, line and polygon', () => {
    expect(codes({ type: 'Point', coordinates: [18.29, 57.64] })).toEqual([]);
    expect(codes({ type: 'LineString', coordinates: [square[0], square[2]] })).toEqual([]);
    expect(codes({ type: 'Polygon', coordinates: [square] })).toEqual([]);
  });

  it('rejects positions outside WGS84 and names the point', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [181, 57] })).toEqual([
      { path: ['coordinates'], code: 'coordinate_out_of_range', params: { position: 1, lng: 181, lat: 57 } },
    ]);
    expect(
      codes({
        type: 'LineString',
        coordinates: [
          [18, 57],
          [18, -91],
        ],
      }),
    ).toEqual(['coordinate_out_of_range']);
    expect(
      geometryProblems({
        type: 'LineString',
        coordinates: [
          [18, 57],
          [18, -91],
        ],
      })[0].path,
    ).toEqual(['coordinates', 1]);
  });

  it('needs at least 2 points in a line', () => {
    expect(codes({ type: 'LineString', coordinates: [[18, 57]] })).toEqual(['too_few_points']);
  });

  it('needs closed polygon rings of at least 4 positions', () => {
    expect(codes({ type: 'Polygon', coordinates: [square.slice(0, 4)] })).toEqual(['ring_not_closed']);
    expect(codes({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] })).toEqual([
      'too_few_points',
    ]);
    expect(codes({ type: 'Polygon', coordinates: [] })).toEqual(['too_few_points']);
  });

  it('rejects a polygon that crosses itself', () => {
    expect(ringIntersectsItself(bowTie)).toBe(true);
    expect(ringIntersectsItself(square)).toBe(false);
    expect(codes({ type: 'Polygon', coordinates: [bowTie] })).toEqual(['self_intersection']);
  });

  it('finds a crossing anywhere in a long outline, and none in a clean one', () => {
    const circle = Array.from({ length: 9_999 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 9_999;
      return [18.29 + 0.01 * Math.cos(angle), 57.64 + 0.01 * Math.sin(angle)];
    });
    expect(ringIntersectsItself([...circle, circle[0]])).toBe(false);
    const crossed = [...circle];
    [crossed[4000], crossed[6000]] = [crossed[6000], crossed[4000]];
    expect(ringIntersectsItself([...crossed, crossed[0]])).toBe(true);
  });

  it('allows at most 10,000 vertices per feature', () => {
    const line = Array.from({ length: 10_001 }, (_, i) => [18 + i / 1e6, 57]);
    expect(codes({ type: 'LineString', coordinates: line })).toEqual(['too_many_vertices']);
    expect(codes({ type: 'LineString', coordinates: line.slice(0, 10_000) })).toEqual([]);
  });
});

describe('site geometry in the site schema', () => {
  it('words the rule in the chosen language and names the field', () => {
    const result = validate(
      siteCreateSchema,
      { kind: 'zone', name: 'Zon', geometry: { type: 'Polygon', coordinates: [bowTie] } },
      'sv',
    );
    expect(result).toEqual({
      ok: false,
      details: [
        {
          field: 'geometry.coordinates.0',
          code: 'self_intersection',
          message: 'Polygonens ring 1 korsar sig själv.',
        },
      ],
    });
  });
});

describe('parseSiteImport', () => {
  const feature = (name: string, kind: string, geometry: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'Feature',
    geometry,
    properties: { kind, name, ...extra },
  });

  it('reads a FeatureCollection into sites, ignoring foreign properties', () => {
    const result = parseSiteImport(
      {
        type: 'FeatureCollection',
        features: [
          feature('Scen', 'venue', { type: 'Point', coordinates: [18.29, 57.64] }, { stroke: '#f00' }),
          feature('Zon', 'zone', { type: 'Polygon', coordinates: [square] }, { address: 'Visby' }),
        ],
      },
      'en',
    );
    expect(result).toEqual({
      ok: true,
      sites: [
        { kind: 'venue', name: 'Scen', geometry: { type: 'Point', coordinates: [18.29, 57.64] } },
        { kind: 'zone', name: 'Zon', address: 'Visby', geometry: { type: 'Polygon', coordinates: [square] } },
      ],
    });
  });

  it('names every bad feature by number and name', () => {
    const result = parseSiteImport(
      {
        type: 'FeatureCollection',
        features: [
          feature('Scen', 'venue', { type: 'Point', coordinates: [18.29, 57.64] }),
          feature('Fluga', 'zone', { type: 'Polygon', coordinates: [bowTie] }),
          feature('Väg', 'route', { type: 'Point', coordinates: [18.29, 57.64] }),
        ],
      },
      'en',
    );
    expect(result).toEqual({
      ok: false,
      details: [
        {
          field: 'features[1].geometry.coordinates.0',
          code: 'self_intersection',
          message: 'Feature 2 ("Fluga"): Polygon ring 1 crosses itself.',
        },
        {
          field: 'features[2].geometry',
          code: 'geometry_kind_mismatch',
          message: 'Feature 3 ("Väg"): Kind route needs a LineString geometry.',
        },
      ],
    });
  });

  it('rejects what is not a FeatureCollection', () => {
    const result = parseSiteImport({ type: 'Feature' }, 'sv');
    expect(result.ok === false && result.details[0].code).toBe('not_a_feature_collection');
  });
});
