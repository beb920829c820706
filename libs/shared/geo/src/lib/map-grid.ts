import { WorldPoint } from './mercator';
import { round } from './site-style';

/** A reference grid over a map drawing: columns A, B, C… from the left, rows 1, 2, 3… from the top. */
export interface MapGrid {
  columns: number;
  rows: number;
  /** One cell's size in points. */
  cellWidth: number;
  cellHeight: number;
  width: number;
  height: number;
}

/** The cells' target side in points: about 4 cm, big enough to find a number in, few enough to name. */
export const GRID_CELL_TARGET = 113;

/** Near-square cells of about `target` points that divide the drawing exactly. */
export function mapGrid(width: number, height: number, target = GRID_CELL_TARGET): MapGrid {
  const columns = Math.max(2, Math.round(width / target));
  const cellWidth = width / columns;
  const rows = Math.max(2, Math.round(height / cellWidth));
  return { columns, rows, cellWidth, cellHeight: height / rows, width, height };
}

/** A, B, … Z, AA, AB, …: the name of the column with 0-based index `index`. */
export function gridColumnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The grid reference ("C4") of a point on the drawing, or null when it lies outside the grid. */
export function gridReference(grid: MapGrid, point: WorldPoint): string | null {
  if (point.x < 0 || point.y < 0 || point.x > grid.width || point.y > grid.height) return null;
  const column = Math.min(grid.columns - 1, Math.floor(point.x / grid.cellWidth));
  const row = Math.min(grid.rows - 1, Math.floor(point.y / grid.cellHeight));
  return `${gridColumnName(column)}${row + 1}`;
}

/**
 * The grid as SVG over a drawing placed at (x, y): thin lines across the map, and the column letters
 * and row numbers in the `margin` around it, on both sides so either edge of a large sheet reads.
 */
export function mapGridSvg(grid: MapGrid, x: number, y: number, margin: number): string {
  const lines: string[] = [];
  const labels: string[] = [];
  const label = (lx: number, ly: number, text: string) =>
    `<text x="${round(lx)}" y="${round(ly)}" font-family="NotoSans" font-size="8" font-weight="bold" text-anchor="middle" fill="#000000">${text}</text>`;
  for (let c = 1; c < grid.columns; c++) {
    const lx = x + c * grid.cellWidth;
    lines.push(`M${round(lx)} ${round(y)}L${round(lx)} ${round(y + grid.height)}`);
  }
  for (let r = 1; r < grid.rows; r++) {
    const ly = y + r * grid.cellHeight;
    lines.push(`M${round(x)} ${round(ly)}L${round(x + grid.width)} ${round(ly)}`);
  }
  for (let c = 0; c < grid.columns; c++) {
    const lx = x + (c + 0.5) * grid.cellWidth;
    labels.push(
      label(lx, y - margin / 2 + 3, gridColumnName(c)),
      label(lx, y + grid.height + margin / 2 + 3, gridColumnName(c)),
    );
  }
  for (let r = 0; r < grid.rows; r++) {
    const ly = y + (r + 0.5) * grid.cellHeight + 3;
    labels.push(
      label(x - margin / 2, ly, String(r + 1)),
      label(x + grid.width + margin / 2, ly, String(r + 1)),
    );
  }
  return (
    `<g class="map-grid" data-columns="${grid.columns}" data-rows="${grid.rows}">` +
    `<path d="${lines.join('')}" fill="none" stroke="#333333" stroke-opacity="0.55" stroke-width="0.6"/>` +
    labels.join('') +
    `</g>`
  );
}
