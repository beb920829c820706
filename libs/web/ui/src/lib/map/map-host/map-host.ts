/// <reference types="@geoman-io/leaflet-geoman-free" />
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  forwardRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DEFAULT_EVENT_CENTER, LatLng } from '@tryggplan/shared/domain';
import type * as Leaflet from 'leaflet';
import { loadGeoman, loadLeaflet } from '../leaflet-loader';
import { LoadedMap, MapContext, MapLayer, roundCoordinate } from '../map-context';

/**
 * The one component that owns a Leaflet map: it loads Leaflet (and Geoman when a layer asks for
 * it) on demand, so both stay out of the first bundle, shows the background tiles, fits the view
 * and reports clicks and the view's centre. What is drawn on the map comes from the layer
 * components inside it (`<tp-site-layer>`, `<tp-incident-layer>` …), which get the map through
 * {@link MapContext}. When the tiles cannot be loaded the layers stay visible on grey and a note says so.
 */
@Component({
  selector: 'tp-map-host',
  imports: [TranslocoPipe],
  templateUrl: './map-host.html',
  styleUrl: './map-host.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Leaflet builds its own DOM (controls, labels, popups), which emulated encapsulation would not reach.
  encapsulation: ViewEncapsulation.None,
  providers: [{ provide: MapContext, useExisting: forwardRef(() => MapHost) }],
})
export class MapHost implements MapContext {
  /** Accessible name of the map region. */
  readonly label = input.required<string>();
  readonly tileUrl = input<string | null | undefined>(null);
  readonly tileAttribution = input<string>('');
  readonly tileMaxZoom = input<number>(19);
  /** Where the map starts, and what `fit()` shows when no layer has content. */
  readonly center = input<LatLng | null | undefined>(null);
  readonly zoom = input<number>(15);

  /** A click on the map itself (not on a layer's feature), unless a layer is capturing clicks. */
  readonly mapClick = output<LatLng>();
  /** The centre after every pan or zoom, so a keyboard user can add something where the map points. */
  readonly viewCenterChange = output<LatLng>();

  protected readonly tilesUnavailable = signal(false);
  protected readonly loadFailed = signal(false);

  private readonly loadedMap = signal<LoadedMap | null>(null);
  readonly loaded = this.loadedMap.asReadonly();

  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly transloco = inject(TranslocoService);
  private readonly layers = new Set<MapLayer>();
  private tiles: Leaflet.TileLayer | null = null;
  private zoomControl: Leaflet.Control.Zoom | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private fitted = false;
  private destroyed = false;

  constructor() {
    afterNextRender(() => void this.createMap());

    effect(() => {
      const loaded = this.loadedMap();
      const url = this.tileUrl();
      const attribution = this.tileAttribution();
      const maxZoom = this.tileMaxZoom();
      if (loaded) untracked(() => this.showTiles(loaded, url, attribution, maxZoom));
    });

    this.transloco.langChanges$.pipe(takeUntilDestroyed()).subscribe(() => {
      const loaded = this.loadedMap();
      if (loaded) this.addZoomControl(loaded);
      loaded?.map.pm?.setLang(this.geomanLang());
    });

    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.resizeObserver?.disconnect();
      this.loadedMap()?.map.remove();
      this.loadedMap.set(null);
    });
  }

  register(layer: MapLayer): () => void {
    this.layers.add(layer);
    return () => this.layers.delete(layer);
  }

  /** Shows every layer's content; `animate: false` moves at once, so the view's centre is known right after. */
  fit({ animate = true } = {}): void {
    const loaded = this.loadedMap();
    if (!loaded) return;
    const { L, map } = loaded;
    const bounds = L.latLngBounds([]);
    for (const layer of this.layers) {
      const part = layer.bounds?.();
      if (part?.isValid()) bounds.extend(part);
    }
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [40, 40], maxZoom: 17, animate });
    } else {
      const center = this.center() ?? DEFAULT_EVENT_CENTER;
      map.setView([center.lat, center.lng], this.zoom(), { animate });
    }
  }

  fitFirstContent(): void {
    if (this.fitted || !this.loadedMap()) return;
    this.fitted = true;
    // no flight from the default view on opening: "add at the centre" right away means the fitted centre
    this.fit({ animate: false });
  }

  private async createMap(): Promise<void> {
    let L: Awaited<ReturnType<typeof loadLeaflet>>;
    try {
      L = await loadLeaflet();
      if ([...this.layers].some((layer) => layer.needsGeoman?.())) await loadGeoman(L);
    } catch {
      this.loadFailed.set(true);
      return;
    }
    if (this.destroyed) return;
    const center = this.center() ?? DEFAULT_EVENT_CENTER;
    const map = L.map(this.canvas().nativeElement, {
      center: [center.lat, center.lng],
      zoom: this.zoom(),
      zoomControl: false,
      preferCanvas: true,
    });
    map.attributionControl.setPrefix(false);
    map.on('click', (event: Leaflet.LeafletMouseEvent) => {
      if ([...this.layers].some((layer) => layer.capturesClicks?.())) return;
      this.mapClick.emit(rounded(event.latlng.wrap()));
    });
    map.on('moveend', () => this.viewCenterChange.emit(rounded(map.getCenter().wrap())));
    if (map.pm) {
      map.pm.setGlobalOptions({ allowSelfIntersection: false, snappable: false, continueDrawing: false });
      map.pm.setLang(this.geomanLang());
    }
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => map.invalidateSize());
      this.resizeObserver.observe(this.canvas().nativeElement);
    }
    const loaded: LoadedMap = { L, map };
    this.addZoomControl(loaded);
    this.loadedMap.set(loaded);
    this.viewCenterChange.emit(rounded(center));
  }

  private geomanLang(): 'sv' | 'en' {
    return this.transloco.getActiveLang() === 'en' ? 'en' : 'sv';
  }

  private addZoomControl({ L, map }: LoadedMap): void {
    this.zoomControl?.remove();
    this.zoomControl = L.control
      .zoom({
        zoomInTitle: this.transloco.translate('map.zoomIn'),
        zoomOutTitle: this.transloco.translate('map.zoomOut'),
      })
      .addTo(map);
  }

  private showTiles(
    { L, map }: LoadedMap,
    url: string | null | undefined,
    attribution: string,
    maxZoom: number,
  ): void {
    this.tiles?.remove();
    this.tiles = null;
    if (!url) {
      this.tilesUnavailable.set(true);
      return;
    }
    let loadedTiles = 0;
    let failedTiles = 0;
    const update = () => this.tilesUnavailable.set(failedTiles > 0 && loadedTiles === 0);
    this.tilesUnavailable.set(false);
    map.setMaxZoom(maxZoom);
    this.tiles = L.tileLayer(url, { attribution, maxZoom })
      .on('tileload', () => {
        loadedTiles++;
        update();
      })
      .on('tileerror', () => {
        failedTiles++;
        update();
      })
      .addTo(map);
  }
}

function rounded(point: LatLng): LatLng {
  return { lat: roundCoordinate(point.lat), lng: roundCoordinate(point.lng) };
}
