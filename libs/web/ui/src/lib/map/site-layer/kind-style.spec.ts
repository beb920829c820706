import { POINT_SITE_KINDS, SITE_KINDS } from '@tryggplan/shared/domain';
import { KIND_STYLES, shapePath } from './kind-style';

describe('kind styles', () => {
  it('gives every kind a colour and every point kind its own shape', () => {
    for (const kind of SITE_KINDS) expect(KIND_STYLES[kind].colour).toMatch(/^#[0-9a-f]{6}$/);
    const shapes = POINT_SITE_KINDS.map((kind) => KIND_STYLES[kind].shape);
    expect(new Set(shapes).size).toBe(POINT_SITE_KINDS.length);
  });

  it('tells the two lines and the two areas apart by more than colour', () => {
    expect(KIND_STYLES.route.dash).not.toEqual(KIND_STYLES['evacuation-route'].dash);
    expect(KIND_STYLES.zone.dash).not.toEqual(KIND_STYLES.perimeter.dash);
  });

  it('draws legend shapes as closed SVG paths inside the 24 × 24 box', () => {
    for (const kind of POINT_SITE_KINDS) {
      const path = shapePath(KIND_STYLES[kind].shape ?? 'circle');
      expect(path).toMatch(/^M .* Z$/);
      const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      if (kind !== 'assembly-point') for (const n of numbers) expect(n >= 0 && n <= 24).toBe(true);
    }
  });
});
