import { SiteKind } from '@tryggplan/shared/domain';

export type MarkerShape =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'triangle-down'
  | 'hexagon'
  | 'cross'
  | 'rectangle'
  | 'pentagon';

export interface SiteStyle {
  colour: string;
  /** Point kinds: the marker's outline; lines and polygons draw their geometry instead. */
  shape: MarkerShape;
  dashed: boolean;
}

/** One look per site kind for print; colours dark enough for white numbers, and never the only cue (shape, dash). */
export const SITE_STYLES: Record<SiteKind, SiteStyle> = {
  venue: { colour: '#1f4e9e', shape: 'circle', dashed: false },
  stage: { colour: '#8e1b5e', shape: 'rectangle', dashed: false },
  tent: { colour: '#4d5a12', shape: 'pentagon', dashed: false },
  accommodation: { colour: '#6a3d9a', shape: 'square', dashed: false },
  'assembly-point': { colour: '#1b6e35', shape: 'hexagon', dashed: false },
  police: { colour: '#0b2e6b', shape: 'diamond', dashed: false },
  'first-aid': { colour: '#b71c1c', shape: 'cross', dashed: false },
  'meeting-point': { colour: '#8a4b00', shape: 'triangle-down', dashed: false },
  hazard: { colour: '#a32a00', shape: 'triangle', dashed: false },
  zone: { colour: '#1f5f8b', shape: 'square', dashed: false },
  perimeter: { colour: '#b71c1c', shape: 'square', dashed: true },
  route: { colour: '#5b2c83', shape: 'circle', dashed: false },
  'evacuation-route': { colour: '#1b6e35', shape: 'circle', dashed: true },
};

/** An SVG path for a marker of the given shape centred on (x, y) with radius r. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const p = (points: [number, number][]) =>
    `M${points.map(([dx, dy]) => `${round(x + dx * r)} ${round(y + dy * r)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(x - r)} ${round(y)}A${r} ${r} 0 1 0 ${round(x + r)} ${round(y)}A${r} ${r} 0 1 0 ${round(x - r)} ${round(y)}Z`;
    case 'square':
      return p([
        [-0.9, -0.9],
        [0.9, -0.9],
        [0.9, 0.9],
        [-0.9, 0.9],
      ]);
    case 'diamond':
      return p([
        [0, -1.2],
        [1.2, 0],
        [0, 1.2],
        [-1.2, 0],
      ]);
    case 'triangle':
      return p([
        [0, -1.25],
        [1.2, 0.9],
        [-1.2, 0.9],
      ]);
    case 'triangle-down':
      return p([
        [-1.2, -0.9],
        [1.2, -0.9],
        [0, 1.25],
      ]);
    case 'hexagon':
      return p([
        [-1, 0],
        [-0.5, -0.9],
        [0.5, -0.9],
        [1, 0],
        [0.5, 0.9],
        [-0.5, 0.9],
      ]);
    case 'rectangle':
      return p([
        [-1.25, -0.7],
        [1.25, -0.7],
        [1.25, 0.7],
        [-1.25, 0.7],
      ]);
    case 'pentagon':
      return p([
        [0, -1.15],
        [1.1, -0.35],
        [0.7, 0.95],
        [-0.7, 0.95],
        [-1.1, -0.35],
      ]);
    case 'cross':
      return p([
        [-0.4, -1.05],
        [0.4, -1.05],
        [0.4, -0.4],
        [1.05, -0.4],
        [1.05, 0.4],
        [0.4, 0.4],
        [0.4, 1.05],
        [-0.4, 1.05],
        [-0.4, 0.4],
        [-1.05, 0.4],
        [-1.05, -0.4],
        [-0.4, -0.4],
      ]);
  }
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
