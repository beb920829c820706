import type { SiteKind } from '@tryggplan/shared/domain';

export type PointShape =
  'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'hexagon' | 'star' | 'rectangle' | 'pentagon';

/** How one kind of site is drawn: colour plus a shape (points) or a dash pattern (lines, outlines). */
export interface KindStyle {
  colour: string;
  shape?: PointShape;
  dash?: string;
}

/**
 * Colour and shape per kind; the legend and the label of every site carry the meaning in text too,
 * so colour is never the only cue. Colours keep 4.5:1 against white and the grey no-tile background.
 */
export const KIND_STYLES: Record<SiteKind, KindStyle> = {
  venue: { colour: '#0b3954', shape: 'star' },
  stage: { colour: '#8e1b5e', shape: 'rectangle' },
  tent: { colour: '#4d5a12', shape: 'pentagon' },
  accommodation: { colour: '#5a3d8a', shape: 'square' },
  'assembly-point': { colour: '#14622e', shape: 'circle' },
  police: { colour: '#1d4ed8', shape: 'diamond' },
  'first-aid': { colour: '#b3261e', shape: 'cross' },
  'meeting-point': { colour: '#7a4f00', shape: 'hexagon' },
  hazard: { colour: '#c2410c', shape: 'triangle' },
  zone: { colour: '#0b3954' },
  perimeter: { colour: '#b3261e', dash: '10 6' },
  route: { colour: '#1d4ed8' },
  'evacuation-route': { colour: '#14622e', dash: '12 6' },
};

function regular(corners: number, radius: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: corners }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / corners;
    return [Math.cos(angle) * radius, Math.sin(angle) * radius];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? 1.25 : 0.55;
    return [Math.cos(angle) * radius, Math.sin(angle) * radius];
  });
}

const CROSS: [number, number][] = [
  [-0.35, -1],
  [0.35, -1],
  [0.35, -0.35],
  [1, -0.35],
  [1, 0.35],
  [0.35, 0.35],
  [0.35, 1],
  [-0.35, 1],
  [-0.35, 0.35],
  [-1, 0.35],
  [-1, -0.35],
  [-0.35, -0.35],
];

/** Outline of a shape around (0, 0) with radius 1; `null` for a circle. */
export const SHAPE_OUTLINES: Record<PointShape, [number, number][] | null> = {
  circle: null,
  square: regular(4, 1.2, -Math.PI / 4),
  triangle: regular(3, 1.3),
  diamond: regular(4, 1.3),
  cross: CROSS,
  hexagon: regular(6, 1.1),
  star: star(),
  rectangle: [
    [-1.3, -0.75],
    [1.3, -0.75],
    [1.3, 0.75],
    [-1.3, 0.75],
  ],
  pentagon: regular(5, 1.2),
};

/** An SVG path of the shape centred in a 24 × 24 box, for the legend. */
export function shapePath(shape: PointShape, radius = 8): string {
  const outline = SHAPE_OUTLINES[shape];
  if (!outline)
    return `M ${12 - radius} 12 a ${radius} ${radius} 0 1 0 ${2 * radius} 0 a ${radius} ${radius} 0 1 0 ${-2 * radius} 0 Z`;
  const points = outline.map(([x, y]) => `${(12 + x * radius).toFixed(2)} ${(12 + y * radius).toFixed(2)}`);
  return `M ${points.join(' L ')} Z`;
}

/** Traces the shape on a canvas at (x, y); the caller fills and strokes it. */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: PointShape,
  x: number,
  y: number,
  radius: number,
): void {
  const outline = SHAPE_OUTLINES[shape];
  ctx.beginPath();
  if (!outline) {
    ctx.arc(x, y, radius, 0, Math.PI * 2, false);
    return;
  }
  outline.forEach(([dx, dy], index) => {
    const [px, py] = [x + dx * radius, y + dy * radius];
    if (index === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  });
  ctx.closePath();
}
