import { printableBbox, printMapUrl } from './print-map-dialog';

describe('print map choices', () => {
  it('writes the address of the PDF with the scale and the area only when chosen', () => {
    expect(
      printMapUrl('e1', {
        paper: 'a3',
        orientation: 'landscape',
        scale: 2000,
        bbox: { west: 18.28, south: 57.63, east: 18.3, north: 57.65 },
        lang: 'sv',
      }),
    ).toBe(
      '/api/events/e1/print-map.pdf?paper=a3&orientation=landscape&scale=2000&bbox=18.28%2C57.63%2C18.3%2C57.65&lang=sv',
    );
    expect(
      printMapUrl('e1', { paper: 'a4', orientation: 'portrait', scale: null, bbox: null, lang: 'en' }),
    ).toBe('/api/events/e1/print-map.pdf?paper=a4&orientation=portrait&lang=en');
  });

  it('keeps the area within what the API accepts', () => {
    expect(printableBbox({ west: -200, south: -89.5, east: 18.1234567, north: 88 })).toEqual({
      west: -180,
      south: -85,
      east: 18.123457,
      north: 85,
    });
  });
});
