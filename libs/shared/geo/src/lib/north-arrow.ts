import { round } from './site-style';

/**
 * A north arrow centred on (x, y): the map is Web Mercator, so north is straight up. The dark half of
 * the head and the letter N tell it apart without colour.
 */
export function northArrowSvg(x: number, y: number, size = 14): string {
  const s = size;
  return (
    `<g class="north-arrow">` +
    `<circle cx="${round(x)}" cy="${round(y)}" r="${round(s)}" fill="#ffffff" fill-opacity="0.9" stroke="#555555" stroke-width="0.5"/>` +
    `<path d="M${round(x)} ${round(y - s * 0.85)}L${round(x + s * 0.42)} ${round(y + s * 0.35)}L${round(x)} ${round(y + s * 0.1)}Z" fill="#000000"/>` +
    `<path d="M${round(x)} ${round(y - s * 0.85)}L${round(x - s * 0.42)} ${round(y + s * 0.35)}L${round(x)} ${round(y + s * 0.1)}Z" fill="#ffffff" stroke="#000000" stroke-width="0.6"/>` +
    `<text x="${round(x)}" y="${round(y + s * 0.85)}" font-family="NotoSans" font-size="${round(s * 0.5)}" font-weight="bold" text-anchor="middle" fill="#000000">N</text>` +
    `</g>`
  );
}
