import { round } from './site-style';

const FONT = 'font-family="NotoSans"';

export interface ScaleBarLength {
  /** The ground length the bar stands for: 1, 2 or 5 times a power of ten metres. */
  metres: number;
  /** Its length on the drawing, in points. */
  length: number;
  label: string;
}

/** "500 m", "2 km": a ground length as the bar's label. */
export function formatGroundLength(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

/** The longest round ground length (1, 2 or 5 × 10ⁿ m) whose bar is no longer than `maxLength` points. */
export function scaleBarLength(metresPerPoint: number, maxLength: number): ScaleBarLength {
  const target = maxLength * metresPerPoint;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((m) => m * magnitude).find((m) => m <= target + 1e-9) ?? magnitude;
  return { metres, length: metres / metresPerPoint, label: formatGroundLength(metres) };
}

/**
 * A scale bar at (x, y), y its baseline: the length split into two halves, alternately black and white,
 * with 0, the half and the whole written above, on a white ground so it reads over any background.
 */
export function scaleBarSvg(bar: ScaleBarLength, x: number, y: number): string {
  const half = bar.length / 2;
  const label = (at: number, text: string, anchor: string) =>
    `<text x="${round(at)}" y="${round(y - 7)}" ${FONT} font-size="8" text-anchor="${anchor}" fill="#000000">${text}</text>`;
  return (
    `<g class="scale-bar" data-metres="${bar.metres}" data-length="${round(bar.length)}">` +
    `<rect x="${round(x - 8)}" y="${round(y - 17)}" width="${round(bar.length + 24)}" height="23" fill="#ffffff" fill-opacity="0.9"/>` +
    `<rect x="${round(x)}" y="${round(y - 4)}" width="${round(half)}" height="4" fill="#000000"/>` +
    `<rect x="${round(x + half)}" y="${round(y - 4)}" width="${round(half)}" height="4" fill="#ffffff" stroke="#000000" stroke-width="0.75"/>` +
    `<rect x="${round(x)}" y="${round(y - 4)}" width="${round(bar.length)}" height="4" fill="none" stroke="#000000" stroke-width="0.75"/>` +
    label(x, '0', 'middle') +
    label(x + half, formatGroundLength(bar.metres / 2), 'middle') +
    label(x + bar.length, bar.label, 'middle') +
    `</g>`
  );
}
