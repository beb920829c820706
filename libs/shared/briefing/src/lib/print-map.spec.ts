import { PRINT_MAP_GRID_MARGIN, scaleDenominator } from '@tryggplan/shared/geo';
import { buildPrintMap, PrintMapSite, printMapSheet } from './print-map';

const site = (i: number): PrintMapSite => ({
  id: String(i),
  kind: i % 2 ? 'venue' : 'first-aid',
  name: `Plats ${i}`,
  geometry: {
    type: 'Point',
    coordinates: [18.285 + (i % 10) * 0.0008, 57.638 + Math.floor(i / 10) * 0.0005],
  },
});
const sites = (n: number) => Array.from({ length: n }, (_, i) => site(i));

describe('the print map sheet', () => {
  it('puts a short list beside the map on landscape and below it on portrait', () => {
    const landscape = printMapSheet({ paper: 'a3', orientation: 'landscape', lang: 'sv', sites: sites(20) });
    expect(landscape.list).toBe('beside');
    expect(landscape.page).toEqual({ width: 1190.55, height: 841.89 });
    const portrait = printMapSheet({ paper: 'a4', orientation: 'portrait', lang: 'sv', sites: sites(8) });
    expect(portrait.list).toBe('below');
    const long = printMapSheet({ paper: 'a4', orientation: 'portrait', lang: 'sv', sites: sites(120) });
    expect(long.list).toBe('after');
    expect(long.frame.width).toBeGreaterThan(portrait.frame.width - 1);
  });

  it('draws at the scale asked for and states it with the paper', () => {
    const sheet = printMapSheet({
      paper: 'a3',
      orientation: 'landscape',
      denominator: 2000,
      lang: 'en',
      sites: sites(5),
    });
    expect(scaleDenominator(sheet.view)).toBeCloseTo(2000, 6);
    const { doc, map } = buildPrintMap({
      paper: 'a3',
      orientation: 'landscape',
      denominator: 2000,
      lang: 'en',
      sites: sites(5),
      event: { name: 'Almedalen', timezone: 'Europe/Stockholm' },
      generatedAt: '2027-06-28T08:30:00Z',
    });
    expect(doc.pageSize).toBe('A3');
    expect(Math.abs(map.width - (sheet.frame.width + 2 * PRINT_MAP_GRID_MARGIN))).toBeLessThanOrEqual(
      0.05 + 1e-9,
    );
    const text = JSON.stringify(doc.content);
    expect(text).toContain('Scale 1:2 000 (at A3)');
    expect(text).toContain('10:30');
    expect(text).toContain('Background: none');
    expect(map.entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
