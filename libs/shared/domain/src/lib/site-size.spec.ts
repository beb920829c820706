import { siteCreateSchema, siteUpdateSchema } from './site';
import { validate } from './validation';

const point = { type: 'Point' as const, coordinates: [18.29, 57.64] as [number, number] };
const stage = { kind: 'stage', name: 'Stora scenen', geometry: point };

describe('site size and rotation', () => {
  it('accepts a footprint of 0.5–500 m and a rotation of 0–359° on venues, stages and tents', () => {
    for (const kind of ['venue', 'stage', 'tent']) {
      const result = validate(
        siteCreateSchema,
        { ...stage, kind, size: { width: 0.5, depth: 500 }, rotation: 359 },
        'sv',
      );
      expect(result).toMatchObject({ ok: true, value: { size: { width: 0.5, depth: 500 }, rotation: 359 } });
    }
    expect(validate(siteCreateSchema, { ...stage, size: null, rotation: 0 }, 'sv').ok).toBe(true);
  });

  it('refuses sides outside 0.5–500 m and names the side, in Swedish and English', () => {
    expect(validate(siteCreateSchema, { ...stage, size: { width: 0.4, depth: 10 } }, 'sv')).toEqual({
      ok: false,
      details: [{ field: 'size.width', code: 'too_small', message: 'Måste vara minst 0.5.' }],
    });
    expect(validate(siteCreateSchema, { ...stage, size: { width: 10, depth: 501 } }, 'en')).toEqual({
      ok: false,
      details: [{ field: 'size.depth', code: 'too_big', message: 'May be at most 500.' }],
    });
    const missing = validate(siteCreateSchema, { ...stage, size: { width: 10 } }, 'en');
    expect(missing).toMatchObject({ ok: false, details: [{ field: 'size.depth', code: 'required' }] });
  });

  it('refuses a rotation outside 0–359 or not in whole degrees', () => {
    for (const [rotation, code] of [
      [360, 'too_big'],
      [-1, 'too_small'],
      [12.5, 'not_integer'],
    ] as const) {
      const result = validate(siteCreateSchema, { ...stage, rotation }, 'en');
      expect(result).toMatchObject({ ok: false, details: [{ field: 'rotation', code }] });
    }
  });

  it('refuses a size on a kind that has none, worded in the chosen language', () => {
    const zone = {
      kind: 'zone',
      name: 'Zon A',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18.29, 57.64],
            [18.3, 57.64],
            [18.3, 57.65],
            [18.29, 57.64],
          ],
        ],
      },
      size: { width: 10, depth: 10 },
    };
    expect(validate(siteCreateSchema, zone, 'sv')).toEqual({
      ok: false,
      details: [
        {
          field: 'size',
          code: 'size_not_allowed',
          message: 'Bara platser av typen Arena/scen, Scen eller Tält kan ha en storlek.',
        },
      ],
    });
    const update = validate(
      siteUpdateSchema,
      { kind: 'police', size: { width: 4, depth: 4 }, version: 1 },
      'en',
    );
    expect(update).toMatchObject({
      ok: false,
      details: [
        { field: 'size', code: 'size_not_allowed', message: expect.stringContaining('Venue, Stage or Tent') },
      ],
    });
  });
});
