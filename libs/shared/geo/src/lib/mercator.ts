/** Web Mercator on the unit square: x and y in [0, 1], y down, as slippy-map tiles count. */
export const EARTH_RADIUS_M = 6378137;
const MAX_LATITUDE = 85.0511287798;

export interface WorldPoint {
  x: number;
  y: number;
}

export function project(lng: number, lat: number): WorldPoint {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return {
    x: (lng + 180) / 360,
    y: (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2,
  };
}

export function unprojectLatitude(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** Metres on the ground that one world unit spans at the given world y (Mercator stretches towards the poles). */
export function metresPerWorldUnit(y: number): number {
  return 2 * Math.PI * EARTH_RADIUS_M * Math.cos((unprojectLatitude(y) * Math.PI) / 180);
}

export interface WorldBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A fitted view: `scale` pixels per world unit, `origin` the world point at the top-left pixel. */
export interface MapView {
  width: number;
  height: number;
  scale: number;
  origin: WorldPoint;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Pixels kept free around the sites. */
  padding?: number;
  /** The smallest ground span shown, so a single point does not zoom in to the street stones. */
  minSpanMetres?: number;
}

export function fitView(bounds: WorldBounds, options: FitOptions): MapView {
  const { width, height } = options;
  const padding = options.padding ?? 24;
  const centre = { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2 };
  const minSpan = (options.minSpanMetres ?? 400) / metresPerWorldUnit(centre.y);
  const spanX = Math.max(bounds.maxX - bounds.minX, minSpan);
  const spanY = Math.max(bounds.maxY - bounds.minY, minSpan);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  return {
    width,
    height,
    scale,
    origin: { x: centre.x - width / 2 / scale, y: centre.y - height / 2 / scale },
  };
}

export function toPixel(view: MapView, point: WorldPoint): WorldPoint {
  return { x: (point.x - view.origin.x) * view.scale, y: (point.y - view.origin.y) * view.scale };
}

export interface TileRef {
  z: number;
  x: number;
  y: number;
}

/** The slippy-map zoom whose 256 px tiles come closest to the view's scale. */
export function tileZoom(view: MapView, maxZoom: number): number {
  return Math.max(0, Math.min(maxZoom, Math.round(Math.log2(view.scale / 256))));
}

/** Every tile that touches the view at the given zoom. */
export function tilesCovering(view: MapView, zoom: number): TileRef[] {
  const count = 2 ** zoom;
  const first = (v: number) => Math.max(0, Math.floor(v * count));
  const last = (v: number) => Math.min(count - 1, Math.floor(v * count));
  const tiles: TileRef[] = [];
  for (let y = first(view.origin.y); y <= last(view.origin.y + view.height / view.scale); y++) {
    for (let x = first(view.origin.x); x <= last(view.origin.x + view.width / view.scale); x++) {
      tiles.push({ z: zoom, x, y });
    }
  }
  return tiles;
}
