import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
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
import { DEFAULT_EVENT_CENTER, LatLng, SiteGeometry } from '@tryggplan/shared/domain';
import type * as Leaflet from 'leaflet';

/** What the map needs of a site: GeoJSON geometry in WGS84 ([lng, lat]) and a name for its label. */
export interface MapSite {
  id: string;
  name: string;
  kind: string;
  geometry: SiteGeometry;
}

type LeafletModule = typeof Leaflet;

interface LoadedMap {
  L: LeafletModule;
  map: Leaflet.Map;
  sites: Leaflet.FeatureGroup;
  pending: Leaflet.LayerGroup;
}

/** Fill colours per kind; the label beside every site carries its meaning, never the colour alone. */
const KIND_COLOURS: Record<string, string> = {
  venue: '#0b3954',
  accommodation: '#5a3d8a',
  'assembly-point': '#1b6b2f',
  police: '#1d4ed8',
  'first-aid': '#b3261e',
  'meeting-point': '#8a5a00',
  hazard: '#c2410c',
  zone: '#0b3954',
  perimeter: '#b3261e',
  route: '#1d4ed8',
  'evacuation-route': '#1b6b2f',
};

const COORDINATE_DECIMALS = 6;

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function toLatLng([lng, lat]: readonly number[]): [number, number] {
  return [lat, lng];
}

/**
 * The one component that owns a Leaflet map. Leaflet is loaded on demand (a dynamic import keeps
 * it out of the first bundle); sites come in as GeoJSON, clicks go out as {lat, lng}. When the
 * background tiles cannot be loaded the sites stay visible on grey and a note says so.
 */
@Component({
  selector: 'tp-site-map',
  imports: [TranslocoPipe],
  templateUrl: './site-map.html',
  styleUrl: './site-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Leaflet builds its own DOM (labels, controls), which emulated encapsulation would not reach.
  encapsulation: ViewEncapsulation.None,
})
export class SiteMap {
  readonly tileUrl = input<string | null | undefined>(null);
  readonly tileAttribution = input<string>('');
  readonly tileMaxZoom = input<number>(19);
  readonly sites = input<readonly MapSite[]>([]);
  readonly center = input<LatLng | null | undefined>(null);
  readonly zoom = input<number>(15);
  /** A point the user is about to add, drawn as a dashed ring. */
  readonly pendingPoint = input<LatLng | null>(null);
  /** Accessible name of the map region. */
  readonly label = input.required<string>();

  readonly mapClick = output<LatLng>();
  /** The centre after every pan or zoom, so a keyboard user can add a site where the map points. */
  readonly viewCenterChange = output<LatLng>();

  protected readonly tilesUnavailable = signal(false);
  protected readonly loadFailed = signal(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly transloco = inject(TranslocoService);
  private readonly loaded = signal<LoadedMap | null>(null);
  private tiles: Leaflet.TileLayer | null = null;
  private zoomControl: Leaflet.Control.Zoom | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private fitted = false;
  private destroyed = false;

  constructor() {
    afterNextRender(() => void this.createMap());

    effect(() => {
      const loaded = this.loaded();
      const url = this.tileUrl();
      const attribution = this.tileAttribution();
      const maxZoom = this.tileMaxZoom();
      if (loaded) untracked(() => this.showTiles(loaded, url, attribution, maxZoom));
    });

    effect(() => {
      const loaded = this.loaded();
      const sites = this.sites();
      if (loaded) untracked(() => this.showSites(loaded, sites));
    });

    effect(() => {
      const loaded = this.loaded();
      const point = this.pendingPoint();
      if (loaded) untracked(() => this.showPending(loaded, point));
    });

    this.transloco.langChanges$.pipe(takeUntilDestroyed()).subscribe(() => {
      const loaded = this.loaded();
      if (loaded) this.addZoomControl(loaded);
    });

    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.resizeObserver?.disconnect();
      this.loaded()?.map.remove();
    });
  }

  /** Zooms to show every site (or the event's centre when there are none). */
  fitToSites(): void {
    const loaded = this.loaded();
    if (loaded) this.fit(loaded);
  }

  private async createMap(): Promise<void> {
    let L: LeafletModule;
    try {
      const module = await import('leaflet');
      L = (module as unknown as { default?: LeafletModule }).default ?? module;
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
    });
    map.attributionControl.setPrefix(false);
    map.on('click', (event: Leaflet.LeafletMouseEvent) => {
      const point = event.latlng.wrap();
      this.mapClick.emit({ lat: round(point.lat), lng: round(point.lng) });
    });
    map.on('moveend', () => {
      const point = map.getCenter().wrap();
      this.viewCenterChange.emit({ lat: round(point.lat), lng: round(point.lng) });
    });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => map.invalidateSize());
      this.resizeObserver.observe(this.canvas().nativeElement);
    }
    const loaded: LoadedMap = {
      L,
      map,
      sites: L.featureGroup().addTo(map),
      pending: L.layerGroup().addTo(map),
    };
    this.addZoomControl(loaded);
    this.loaded.set(loaded);
    this.viewCenterChange.emit({ lat: round(center.lat), lng: round(center.lng) });
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

  private showSites(loaded: LoadedMap, sites: readonly MapSite[]): void {
    const { L } = loaded;
    loaded.sites.clearLayers();
    for (const site of sites) {
      const colour = KIND_COLOURS[site.kind] ?? '#0b3954';
      const layer = this.layerFor(L, site.geometry, colour);
      if (!layer) continue;
      // textContent, never HTML: site names are user input.
      const label = document.createElement('span');
      label.textContent = site.name;
      layer.bindTooltip(label, {
        permanent: true,
        direction: site.geometry.type === 'Point' ? 'right' : 'center',
        offset: site.geometry.type === 'Point' ? [10, 0] : [0, 0],
        className: 'tp-site-map__label',
      });
      loaded.sites.addLayer(layer);
    }
    if (!this.fitted && sites.length > 0) {
      this.fitted = true;
      this.fit(loaded);
    }
  }

  private layerFor(L: LeafletModule, geometry: SiteGeometry, colour: string): Leaflet.Layer | null {
    switch (geometry.type) {
      case 'Point':
        return L.circleMarker(toLatLng(geometry.coordinates), {
          radius: 9,
          color: '#ffffff',
          weight: 3,
          fillColor: colour,
          fillOpacity: 1,
          bubblingMouseEvents: false,
        });
      case 'LineString':
        return L.polyline(geometry.coordinates.map(toLatLng), {
          color: colour,
          weight: 5,
          bubblingMouseEvents: false,
        });
      case 'Polygon':
        return L.polygon(
          geometry.coordinates.map((ring) => ring.map(toLatLng)),
          { color: colour, weight: 3, fillOpacity: 0.12, bubblingMouseEvents: false },
        );
      default:
        return null;
    }
  }

  private showPending({ L, pending }: LoadedMap, point: LatLng | null): void {
    pending.clearLayers();
    if (!point) return;
    L.circleMarker([point.lat, point.lng], {
      radius: 12,
      color: '#1a1a1a',
      weight: 3,
      dashArray: '4 4',
      fillColor: '#ffdd00',
      fillOpacity: 0.6,
      interactive: false,
    }).addTo(pending);
  }

  private fit({ map, sites }: LoadedMap): void {
    const bounds = sites.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [40, 40], maxZoom: 17 });
    } else {
      const center = this.center() ?? DEFAULT_EVENT_CENTER;
      map.setView([center.lat, center.lng], this.zoom());
    }
  }
}
