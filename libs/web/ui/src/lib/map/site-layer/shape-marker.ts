import type * as Leaflet from 'leaflet';
import type { LeafletModule } from '../map-context';
import { KindStyle, traceShape } from './kind-style';

export interface ShapeMarkerOptions extends Leaflet.CircleMarkerOptions {
  shape: NonNullable<KindStyle['shape']>;
}

export type ShapeMarkerClass = new (
  latlng: Leaflet.LatLngExpression,
  options: ShapeMarkerOptions,
) => Leaflet.CircleMarker;

const classes = new WeakMap<LeafletModule, ShapeMarkerClass>();

/** A circle marker drawn as the kind's shape on the canvas, so thousands of points stay cheap. */
export function shapeMarkerClass(L: LeafletModule): ShapeMarkerClass {
  let shapeMarker = classes.get(L);
  if (!shapeMarker) {
    shapeMarker = L.CircleMarker.extend({
      _updatePath(this: Leaflet.CircleMarker & Record<string, never>) {
        const renderer = this['_renderer'] as unknown as {
          _drawing: boolean;
          _ctx: CanvasRenderingContext2D;
          _fillStroke(ctx: CanvasRenderingContext2D, layer: unknown): void;
          _updateCircle(layer: unknown): void;
        };
        const options = this.options as ShapeMarkerOptions;
        if (!renderer._ctx || options.shape === 'circle') return renderer._updateCircle(this);
        if (!renderer._drawing || (this as unknown as { _empty(): boolean })._empty()) return;
        const point = this['_point'] as unknown as Leaflet.Point;
        traceShape(renderer._ctx, options.shape, point.x, point.y, this['_radius'] as unknown as number);
        renderer._fillStroke(renderer._ctx, this);
      },
    }) as unknown as ShapeMarkerClass;
    classes.set(L, shapeMarker);
  }
  return shapeMarker;
}
