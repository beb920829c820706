/// <reference types="@geoman-io/leaflet-geoman-free" />
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { SiteGeometry, SiteGeometryType } from '@tryggplan/shared/domain';
import type * as Leaflet from 'leaflet';
import { COORDINATE_DECIMALS, LoadedMap, MapContext, MapLayer } from '../map-context';

// Geoman's names of the shapes it draws.
const DRAW_SHAPES: Record<SiteGeometryType, string> = {
  Point: 'CircleMarker',
  LineString: 'Line',
  Polygon: 'Polygon',
};

/**
 * Drawing a new shape on a `<tp-map-host>` with Geoman (which it loads with the map). While a
 * mode is on, clicks on the map are the drawing's; the finished shape goes out as GeoJSON and is
 * not kept on the map (the caller saves it and draws it as a site).
 */
@Component({
  selector: 'tp-draw-layer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DrawLayer implements MapLayer {
  /** The shape being drawn, or null. */
  readonly mode = input<SiteGeometryType | null>(null);

  readonly drawn = output<SiteGeometry>();
  /** Geoman ended the drawing without a shape (e.g. Escape). */
  readonly cancelled = output<void>();

  private readonly context = inject(MapContext);
  private listening: Leaflet.Map | null = null;
  private created = false;

  constructor() {
    const unregister = this.context.register(this);

    effect(() => {
      const loaded = this.context.loaded();
      const mode = this.mode();
      if (loaded?.map.pm) untracked(() => this.show(loaded, mode));
    });

    inject(DestroyRef).onDestroy(() => {
      unregister();
      const map = this.listening;
      // a map already removed by its host has nothing left to stop
      if (!map || this.context.loaded()?.map !== map) return;
      map.off('pm:create', this.onCreate);
      map.off('pm:drawend', this.onDrawEnd);
      if (map.pm.globalDrawModeEnabled()) map.pm.disableDraw();
    });
  }

  needsGeoman(): boolean {
    return true;
  }

  capturesClicks(): boolean {
    return this.mode() !== null;
  }

  /** Ends the drawing in progress as if its last point was clicked twice. */
  finish(): void {
    const pm = this.context.loaded()?.map.pm;
    const mode = this.mode();
    if (!pm || !mode) return;
    const draw = (pm.Draw as unknown as Record<string, { _finishShape?: () => void }>)[DRAW_SHAPES[mode]];
    draw?._finishShape?.();
  }

  private readonly onCreate = (event: Leaflet.LeafletEvent): void => {
    const layer = (event as unknown as { layer: Leaflet.Layer & { toGeoJSON(p: number): GeoJSON.Feature } })
      .layer;
    this.created = true;
    const geometry = layer.toGeoJSON(COORDINATE_DECIMALS).geometry as SiteGeometry;
    layer.remove();
    this.drawn.emit(geometry);
  };

  private readonly onDrawEnd = (): void => {
    if (!this.created && this.mode()) this.cancelled.emit();
    this.created = false;
  };

  private show({ map }: LoadedMap, mode: SiteGeometryType | null): void {
    if (this.listening !== map) {
      map.on('pm:create', this.onCreate);
      map.on('pm:drawend', this.onDrawEnd);
      this.listening = map;
    }
    this.created = false;
    if (!mode) {
      if (map.pm.globalDrawModeEnabled()) map.pm.disableDraw();
      return;
    }
    map.pm.enableDraw(
      DRAW_SHAPES[mode] as Parameters<typeof map.pm.enableDraw>[0],
      {
        pathOptions: { color: '#1a1a1a', weight: 3 },
        templineStyle: { color: '#1a1a1a' },
        hintlineStyle: { color: '#1a1a1a', dashArray: '5 5' },
      } as Leaflet.PM.DrawModeOptions,
    );
  }
}
