import { MapView, metresPerWorldUnit, WorldPoint } from './mercator';

/** One PDF point (1/72 inch) in metres on paper. */
export const METRES_PER_POINT = 0.0254 / 72;

/** The scales a printed plan states: round numbers a reader can measure with a ruler. */
export const ROUND_SCALES = [
  500, 1000, 1250, 2000, 2500, 5000, 7500, 10_000, 12_500, 15_000, 20_000, 25_000, 50_000, 100_000, 250_000,
  500_000, 1_000_000,
];

/** The world point in the middle of a view. */
export function viewCentre(view: MapView): WorldPoint {
  return { x: view.origin.x + view.width / 2 / view.scale, y: view.origin.y + view.height / 2 / view.scale };
}

/** Ground metres per PDF point at the middle of a view. */
export function metresPerPointAtCentre(view: MapView): number {
  return metresPerWorldUnit(viewCentre(view).y) / view.scale;
}

/** The scale denominator of a view drawn 1 SVG pixel = 1 PDF point (1:N at its centre). */
export function scaleDenominator(view: MapView): number {
  return metresPerPointAtCentre(view) / METRES_PER_POINT;
}

/** A view of the given size in points around a world point, drawn at exactly 1:denominator at its centre. */
export function viewAtScale(
  centre: WorldPoint,
  size: { width: number; height: number },
  denominator: number,
): MapView {
  const scale = metresPerWorldUnit(centre.y) / (denominator * METRES_PER_POINT);
  return {
    width: size.width,
    height: size.height,
    scale,
    origin: { x: centre.x - size.width / 2 / scale, y: centre.y - size.height / 2 / scale },
  };
}

/**
 * The view zoomed out around its centre to the next round scale (1:500, 1:1000, 1:2000, …), so the
 * plan can state a scale that the drawing holds; everything fitted into the view stays in it.
 */
export function atRoundScale(view: MapView): { view: MapView; denominator: number } {
  const exact = scaleDenominator(view);
  const denominator =
    ROUND_SCALES.find((candidate) => candidate >= exact - 1e-6) ?? Math.ceil(exact / 1_000_000) * 1_000_000;
  return { view: viewAtScale(viewCentre(view), view, denominator), denominator };
}

/** "1:2 000" as Swedish and English plans write a scale (a space between the thousands). */
export function formatScale(denominator: number): string {
  return `1:${String(denominator).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
}
