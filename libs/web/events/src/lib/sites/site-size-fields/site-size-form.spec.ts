import { siteCreateSchema, validate } from '@tryggplan/shared/domain';
import { siteSizeBody, siteSizeFormValue, siteSizeParams } from './site-size-form';

const point = { type: 'Point' as const, coordinates: [18.29, 57.64] as [number, number] };

describe('site size form', () => {
  it('sends a size and rotation for a sized kind, and none for another kind', () => {
    expect(siteSizeBody('stage', { width: 16, depth: 10, rotation: 20 })).toEqual({
      size: { width: 16, depth: 10 },
      rotation: 20,
    });
    expect(siteSizeBody('tent', { width: null, depth: null, rotation: null })).toEqual({
      size: null,
      rotation: 0,
    });
    expect(siteSizeBody('police', { width: 16, depth: 10, rotation: 20 })).toEqual({
      size: null,
      rotation: 0,
    });
  });

  it('leaves a missing side missing, so the shared rules name it', () => {
    const body = {
      kind: 'tent',
      name: 'Tält',
      geometry: point,
      ...siteSizeBody('tent', { width: 8, depth: null, rotation: null }),
    };
    expect(validate(siteCreateSchema, body, 'sv')).toMatchObject({
      ok: false,
      details: [{ field: 'size.depth', code: 'required', message: 'Måste anges.' }],
    });
  });

  it('shows a saved site in the inputs, and empty inputs for a site without a size', () => {
    expect(siteSizeFormValue({ size: { width: 12.5, depth: 8 }, rotation: 45 })).toEqual({
      width: 12.5,
      depth: 8,
      rotation: 45,
    });
    expect(siteSizeFormValue({ size: null, rotation: 0 })).toEqual({
      width: null,
      depth: null,
      rotation: null,
    });
  });

  it('words the measures with the decimal sign of the language', () => {
    expect(siteSizeParams({ width: 12.5, depth: 8 }, 30, 'sv')).toEqual({
      width: '12,5',
      depth: '8',
      rotation: 30,
    });
    expect(siteSizeParams({ width: 12.5, depth: 8 }, 30, 'en')).toEqual({
      width: '12.5',
      depth: '8',
      rotation: 30,
    });
  });
});
