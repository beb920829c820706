/// <reference types="@geoman-io/leaflet-geoman-free" />
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
import {
  DEFAULT_EVENT_CENTER,
  LatLng,
  SiteGeometry,
  SiteGeometryType,
  SiteKind,
  SitePlanBounds,
} from '@tryggplan/shared/domain';
import type * as Leaflet from 'leaflet';
import { KIND_STYLES, KindStyle, traceShape } from './kind-style';

/** What the map needs of a site: GeoJSON geometry in WGS84 ([lng, lat]) and a name for its label. */
export interface MapSite {
  id: string;
  name: string;
  kind: string;
  geometry: SiteGeometry;
}

/** The organiser's site plan image and where it lies. */
export interface MapSitePlan {
  url: string;
  bounds: SitePlanBounds;
  opacity: number;
}

export interface SiteGeometryChange {
  id: string;
  geometry: SiteGeometry;
}

type LeafletModule = typeof Leaflet;

interface LoadedMap {
  L: LeafletModule;
  map: Leaflet.Map;
  highlight: Leaflet.LayerGroup;
  pending: Leaflet.LayerGroup;
  handles: Leaflet.LayerGroup;
  kindGroups: Map<string, Leaflet.FeatureGroup>;
  shapeMarker: new (latlng: Leaflet.LatLngExpression, options: ShapeMarkerOptions) => Leaflet.CircleMarker;
}

interface ShapeMarkerOptions extends Leaflet.CircleMarkerOptions {
  shape: NonNullable<KindStyle['shape']>;
}

interface DrawnSite {
  site: MapSite;
  layer: Leaflet.Path;
}

// Geoman's names of the shapes it draws.
const DRAW_SHAPES: Record<SiteGeometryType, string> = {
  Point: 'CircleMarker',
  LineString: 'Line',
  Polygon: 'Polygon',
};
const COORDINATE_DECIMALS = 6;
/** Above this many sites the names show on hover only: thousands of DOM labels would make panning stutter. */
const PERMANENT_LABEL_LIMIT = 300;
const HIGHLIGHT = '#ffdd00';

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function toLatLng([lng, lat]: readonly number[]): [number, number] {
  return [lat, lng];
}

function styleOf(kind: string): KindStyle {
  return KIND_STYLES[kind as SiteKind] ?? { colour: '#0b3954', shape: 'circle' };
}

/** A circle marker drawn as the kind's shape on the canvas, so thousands of points stay cheap. */
function shapeMarkerClass(L: LeafletModule): LoadedMap['shapeMarker'] {
  return L.CircleMarker.extend({
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
  }) as unknown as LoadedMap['shapeMarker'];
}

/**
 * The one component that owns a Leaflet map. Leaflet (and, for editors, Geoman) load on demand so
 * they stay out of the first bundle. Sites come in as GeoJSON and are drawn on a canvas, one layer
 * group per kind (no DOM node per site); clicks, drawings and shape edits go out as events. When the background
 * tiles cannot be loaded the sites stay visible on grey and a note says so.
 */
@Component({
  selector: 'tp-site-map',
  imports: [TranslocoPipe],
  templateUrl: './site-map.html',
  styleUrl: './site-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Leaflet builds its own DOM (labels, controls), which emulated encapsulation would not reach.
  encapsulation: ViewEncapsulation.None,
  host: {
    '[attr.data-rendered-sites]': 'renderedSites()',
    '[attr.data-visible-sites]': 'visibleSites()',
    '[attr.data-render-ms]': 'renderMs()',
  },
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
  /** Kinds whose sites are not shown (the layer control). */
  readonly hiddenKinds = input<readonly string[]>([]);
  readonly selectedId = input<string | null>(null);
  /** Loads the drawing and editing tools; read once, when the map is created. */
  readonly editable = input(false);
  /** The shape being drawn, or null. */
  readonly drawMode = input<SiteGeometryType | null>(null);
  /** The site whose shape can be moved and reshaped. */
  readonly editingId = input<string | null>(null);
  /** Shows the projected `[tpSitePopup]` content in a popup at the selected site. */
  readonly popupOpen = input(false);
  readonly sitePlan = input<MapSitePlan | null>(null);
  /** Shows corner handles that move the site plan. */
  readonly placingSitePlan = input(false);

  readonly mapClick = output<LatLng>();
  readonly siteClick = output<string>();
  /** The centre after every pan or zoom, so a keyboard user can add a site where the map points. */
  readonly viewCenterChange = output<LatLng>();
  readonly drawn = output<SiteGeometry>();
  readonly drawCancelled = output<void>();
  readonly geometryChange = output<SiteGeometryChange>();
  readonly popupClosed = output<void>();
  readonly sitePlanBoundsChange = output<SitePlanBounds>();

  protected readonly tilesUnavailable = signal(false);
  protected readonly loadFailed = signal(false);
  /** How many sites are on the canvas, on the host for tests and the benchmark. */
  protected readonly renderedSites = signal<number | null>(null);
  protected readonly visibleSites = signal<number | null>(null);
  /** Milliseconds from receiving the sites to the next painted frame, for the benchmark. */
  protected readonly renderMs = signal<number | null>(null);

  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly popupSlot = viewChild.required<ElementRef<HTMLElement>>('popupSlot');
  private readonly transloco = inject(TranslocoService);
  private readonly loaded = signal<LoadedMap | null>(null);
  private readonly drawnSites = new Map<string, DrawnSite>();
  private readonly siteOfLayer = new WeakMap<Leaflet.Layer, MapSite>();
  private hoverLabel: Leaflet.Tooltip | null = null;
  private tiles: Leaflet.TileLayer | null = null;
  private zoomControl: Leaflet.Control.Zoom | null = null;
  private planOverlay: Leaflet.ImageOverlay | null = null;
  private popup: Leaflet.Popup | null = null;
  private popupResizeObserver: ResizeObserver | null = null;
  private popupResizeObserved: HTMLElement | null = null;
  private editingLayer: Leaflet.Path | null = null;
  private permanentLabels = true;
  private resizeObserver: ResizeObserver | null = null;
  private fitted = false;
  private destroyed = false;
  private drawCreated = false;

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
      const hidden = this.hiddenKinds();
      if (loaded) untracked(() => this.showKinds(loaded, hidden));
    });
    effect(() => {
      const loaded = this.loaded();
      const point = this.pendingPoint();
      if (loaded) untracked(() => this.showPending(loaded, point));
    });
    effect(() => {
      const loaded = this.loaded();
      const selected = this.selectedId();
      this.sites();
      if (loaded) untracked(() => this.showSelection(loaded, selected));
    });
    effect(() => {
      const loaded = this.loaded();
      const open = this.popupOpen() && this.selectedId();
      this.sites();
      if (loaded) untracked(() => this.showPopup(loaded, open ? this.selectedId() : null));
    });
    effect(() => {
      const loaded = this.loaded();
      const mode = this.drawMode();
      if (loaded?.map.pm) untracked(() => this.showDrawMode(loaded, mode));
    });
    effect(() => {
      const loaded = this.loaded();
      this.editingId();
      this.sites();
      if (loaded?.map.pm) untracked(() => this.showEditing(loaded));
    });
    effect(() => {
      const loaded = this.loaded();
      const plan = this.sitePlan();
      const placing = this.placingSitePlan();
      if (loaded) untracked(() => this.showSitePlan(loaded, plan, placing));
    });

    this.transloco.langChanges$.pipe(takeUntilDestroyed()).subscribe(() => {
      const loaded = this.loaded();
      if (loaded) this.addZoomControl(loaded);
      loaded?.map.pm?.setLang(this.geomanLang());
    });

    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.resizeObserver?.disconnect();
      this.popupResizeObserver?.disconnect();
      this.loaded()?.map.remove();
    });
  }

  /** Zooms to show every visible site (or the event's centre when there are none). */
  fitToSites(): void {
    const loaded = this.loaded();
    if (loaded) this.fit(loaded);
  }

  /** Pans (and zooms if needed) so the site is in view, e.g. after it was chosen in the list. */
  showSite(id: string): void {
    const loaded = this.loaded();
    const drawn = this.drawnSites.get(id);
    if (!loaded || !drawn) return;
    if (drawn.layer instanceof loaded.L.CircleMarker) {
      loaded.map.setView(drawn.layer.getLatLng(), Math.max(loaded.map.getZoom(), 16), { animate: false });
    } else {
      loaded.map.fitBounds((drawn.layer as Leaflet.Polyline).getBounds(), {
        padding: [60, 60],
        maxZoom: 18,
        animate: false,
      });
    }
  }

  /** Ends the drawing in progress as if its last point was clicked twice. */
  finishDrawing(): void {
    const pm = this.loaded()?.map.pm;
    const mode = this.drawMode();
    if (!pm || !mode) return;
    const draw = (pm.Draw as unknown as Record<string, { _finishShape?: () => void }>)[DRAW_SHAPES[mode]];
    draw?._finishShape?.();
  }

  private async createMap(): Promise<void> {
    let L: LeafletModule;
    try {
      const module = await import('leaflet');
      L = (module as unknown as { default?: LeafletModule }).default ?? module;
      if (this.editable()) await loadGeoman(L);
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
    map.createPane('tpHighlight').style.zIndex = '390';
    map.createPane('tpPlan').style.zIndex = '250';
    map.on('click', (event: Leaflet.LeafletMouseEvent) => {
      if (this.drawMode()) return;
      const point = event.latlng.wrap();
      this.mapClick.emit({ lat: round(point.lat), lng: round(point.lng) });
    });
    map.on('moveend', () => {
      const point = map.getCenter().wrap();
      this.viewCenterChange.emit({ lat: round(point.lat), lng: round(point.lng) });
    });
    if (map.pm) this.setUpGeoman(map);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => map.invalidateSize());
      this.resizeObserver.observe(this.canvas().nativeElement);
    }
    const loaded: LoadedMap = {
      L,
      map,
      highlight: L.layerGroup([], { pane: 'tpHighlight' }).addTo(map),
      pending: L.layerGroup().addTo(map),
      handles: L.layerGroup().addTo(map),
      kindGroups: new Map(),
      shapeMarker: shapeMarkerClass(L),
    };
    this.addZoomControl(loaded);
    this.loaded.set(loaded);
    this.viewCenterChange.emit({ lat: round(center.lat), lng: round(center.lng) });
  }

  private setUpGeoman(map: Leaflet.Map): void {
    map.pm.setGlobalOptions({ allowSelfIntersection: false, snappable: false, continueDrawing: false });
    map.pm.setLang(this.geomanLang());
    map.on('pm:create', (event) => {
      const layer = (event as unknown as { layer: Leaflet.Layer & { toGeoJSON(p: number): GeoJSON.Feature } })
        .layer;
      this.drawCreated = true;
      const geometry = layer.toGeoJSON(COORDINATE_DECIMALS).geometry as SiteGeometry;
      layer.remove();
      this.drawn.emit(geometry);
    });
    map.on('pm:drawend', () => {
      if (!this.drawCreated && this.drawMode()) this.drawCancelled.emit();
      this.drawCreated = false;
    });
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

  /** One group per kind, so the layer control shows or hides a kind at once; it also routes clicks and hovers. */
  private kindGroup(loaded: LoadedMap, kind: string): Leaflet.FeatureGroup {
    let group = loaded.kindGroups.get(kind);
    if (!group) {
      const { L, map } = loaded;
      group = L.featureGroup([], { pmIgnore: true });
      group.on('click', (event) => {
        const site = this.siteOfLayer.get((event as Leaflet.LeafletEvent & { layer: Leaflet.Layer }).layer);
        if (site) this.siteClick.emit(site.id);
      });
      group.on('mouseover', (event) => {
        const site = this.siteOfLayer.get((event as Leaflet.LeafletEvent & { layer: Leaflet.Layer }).layer);
        if (this.permanentLabels || !site) return;
        this.hoverLabel ??= L.tooltip({
          direction: 'right',
          offset: [10, 0],
          className: 'tp-site-map__label',
        });
        this.hoverLabel
          .setLatLng((event as Leaflet.LeafletMouseEvent).latlng)
          .setContent(labelOf(site))
          .addTo(map);
      });
      group.on('mouseout', () => this.hoverLabel?.remove());
      loaded.kindGroups.set(kind, group);
      if (!this.hiddenKinds().includes(kind)) group.addTo(map);
    }
    return group;
  }

  /** Redraws only the sites that changed (a new object), so an edit does not rebuild thousands of layers. */
  private showSites(loaded: LoadedMap, sites: readonly MapSite[]): void {
    const started = performance.now();
    const permanent = sites.length <= PERMANENT_LABEL_LIMIT;
    const relabel = permanent !== this.permanentLabels;
    this.permanentLabels = permanent;
    const next = new Map(sites.map((site) => [site.id, site]));
    for (const [id, drawn] of this.drawnSites) {
      if (!relabel && next.get(id) === drawn.site) continue;
      this.kindGroup(loaded, drawn.site.kind).removeLayer(drawn.layer);
      this.drawnSites.delete(id);
    }
    for (const site of sites) {
      if (this.drawnSites.has(site.id)) continue;
      const layer = this.layerFor(loaded, site);
      if (!layer) continue;
      this.drawnSites.set(site.id, { site, layer });
      this.kindGroup(loaded, site.kind).addLayer(layer);
    }
    if (!this.fitted && sites.length > 0) {
      this.fitted = true;
      this.fit(loaded);
    }
    this.renderedSites.set(this.drawnSites.size);
    this.countVisible(loaded);
    requestAnimationFrame(() => this.renderMs.set(Math.round(performance.now() - started)));
  }

  private layerFor(loaded: LoadedMap, site: MapSite): Leaflet.Path | null {
    const layer = this.shapeOf(loaded, site);
    if (!layer) return null;
    this.siteOfLayer.set(layer, site);
    // Above the limit one shared hover label serves all sites (see kindGroup).
    if (this.permanentLabels) {
      const isPoint = site.geometry.type === 'Point';
      layer.bindTooltip(labelOf(site), {
        permanent: true,
        direction: isPoint ? 'right' : 'center',
        offset: isPoint ? [10, 0] : [0, 0],
        className: 'tp-site-map__label',
      });
    }
    return layer;
  }

  private shapeOf({ L, shapeMarker }: LoadedMap, site: MapSite): Leaflet.Path | null {
    const style = styleOf(site.kind);
    // Geoman skips these layers until one is edited: its per-layer set-up would slow thousands of sites.
    const common = { color: style.colour, dashArray: style.dash, bubblingMouseEvents: false, pmIgnore: true };
    switch (site.geometry.type) {
      case 'Point':
        return new shapeMarker(toLatLng(site.geometry.coordinates), {
          shape: style.shape ?? 'circle',
          radius: 9,
          color: '#ffffff',
          weight: 2,
          fillColor: style.colour,
          fillOpacity: 1,
          bubblingMouseEvents: false,
          pmIgnore: true,
        });
      case 'LineString':
        return L.polyline(site.geometry.coordinates.map(toLatLng), { ...common, weight: 5 });
      case 'Polygon':
        return L.polygon(
          site.geometry.coordinates.map((ring) => ring.map(toLatLng)),
          { ...common, weight: 3, fillOpacity: site.kind === 'perimeter' ? 0.05 : 0.15 },
        );
      default:
        return null;
    }
  }

  private showKinds({ map, kindGroups }: LoadedMap, hidden: readonly string[]): void {
    for (const [kind, group] of kindGroups) {
      if (hidden.includes(kind)) group.remove();
      else if (!map.hasLayer(group)) group.addTo(map);
    }
    this.countVisible({ map, kindGroups } as LoadedMap);
  }

  private countVisible({ map, kindGroups }: LoadedMap): void {
    let count = 0;
    for (const group of kindGroups.values()) if (map.hasLayer(group)) count += group.getLayers().length;
    this.visibleSites.set(count);
  }

  private showSelection({ L, highlight }: LoadedMap, selectedId: string | null): void {
    highlight.clearLayers();
    const drawn = selectedId ? this.drawnSites.get(selectedId) : undefined;
    if (!drawn) return;
    const halo = { pane: 'tpHighlight', interactive: false };
    const geometry = drawn.site.geometry;
    if (geometry.type === 'Point') {
      L.circleMarker(toLatLng(geometry.coordinates), {
        ...halo,
        radius: 17,
        color: '#1a1a1a',
        weight: 2,
        fillColor: HIGHLIGHT,
        fillOpacity: 0.9,
      }).addTo(highlight);
    } else {
      const latlngs =
        geometry.type === 'LineString'
          ? geometry.coordinates.map(toLatLng)
          : geometry.coordinates.map((ring) => ring.map(toLatLng));
      L.polyline(latlngs, { ...halo, color: HIGHLIGHT, weight: 14, opacity: 0.85 }).addTo(highlight);
    }
  }

  private showPopup({ L, map }: LoadedMap, siteId: string | null): void {
    const drawn = siteId ? this.drawnSites.get(siteId) : undefined;
    const shown = this.popup?.getContent();
    // While the popup is open its content lives in the popup, not in the slot.
    const content =
      (this.popupSlot().nativeElement.firstElementChild as HTMLElement | null) ??
      (shown instanceof HTMLElement && shown.isConnected ? shown : null);
    if (!drawn || !content) {
      this.closePopup(map);
      return;
    }
    const anchor =
      drawn.layer instanceof L.CircleMarker
        ? drawn.layer.getLatLng()
        : drawn.layer instanceof L.Polygon
          ? drawn.layer.getBounds().getCenter()
          : middleOf(drawn.layer as Leaflet.Polyline);
    if (!this.popup) {
      this.popup = L.popup({
        maxWidth: 360,
        minWidth: 260,
        // taller content scrolls inside the popup, so it never reaches beyond the map
        maxHeight: Math.max(200, this.canvas().nativeElement.clientHeight - 120),
        autoPanPadding: [24, 24],
        className: 'tp-site-map__popup',
      });
      const popup = this.popup;
      popup.on('remove', () => {
        this.returnPopupContent(popup);
        if (this.popup === popup) this.popupClosed.emit();
      });
    }
    this.popup.setLatLng(anchor).setContent(content);
    this.followPopupSize(content);
    requestAnimationFrame(() => this.keepPopupInView());
    if (!map.hasLayer(this.popup)) this.popup.openOn(map);
    else this.popup.update();
    const container = this.popup.getElement();
    // Keys typed in the popup's form are the form's, not the map's (Leaflet would pan or zoom on them).
    if (container && !container.dataset['tpKeys']) {
      container.dataset['tpKeys'] = 'own';
      L.DomEvent.on(container, 'keydown', (event) => {
        if ((event as KeyboardEvent).key !== 'Escape') L.DomEvent.stopPropagation(event);
      });
    }
  }

  /** The popup's content grows when its risks arrive; Leaflet then re-measures it and pans it into view. */
  private followPopupSize(content: HTMLElement): void {
    if (typeof ResizeObserver === 'undefined' || this.popupResizeObserved === content) return;
    this.popupResizeObserver ??= new ResizeObserver(() => {
      if (!this.popup?.isOpen()) return;
      this.popup.update();
      this.keepPopupInView();
    });
    this.popupResizeObserver.disconnect();
    this.popupResizeObserver.observe(content);
    this.popupResizeObserved = content;
  }

  /** Pans so the whole popup is inside the map (Leaflet's own auto-pan misses content that grows later). */
  private keepPopupInView(): void {
    const map = this.loaded()?.map;
    const element = this.popup?.isOpen() ? this.popup.getElement() : undefined;
    if (!map || !element) return;
    const margin = 12;
    const frame = map.getContainer().getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const dy = box.top < frame.top + margin ? box.top - frame.top - margin : 0;
    const dx =
      box.left < frame.left + margin
        ? box.left - frame.left - margin
        : box.right > frame.right - margin
          ? box.right - frame.right + margin
          : 0;
    if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate: false });
  }

  private closePopup(map: Leaflet.Map): void {
    const popup = this.popup;
    if (!popup) return;
    this.popup = null;
    map.closePopup(popup);
    this.returnPopupContent(popup);
  }

  /** Puts the projected content back where Angular placed it, so it can update it or take it away. */
  private returnPopupContent(popup: Leaflet.Popup): void {
    const slot = this.popupSlot().nativeElement;
    const content = popup.getContent();
    if (content instanceof HTMLElement && content.parentElement !== slot) slot.appendChild(content);
  }

  private showDrawMode({ map }: LoadedMap, mode: SiteGeometryType | null): void {
    this.drawCreated = false;
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

  private showEditing(loaded: LoadedMap): void {
    const id = this.editingId();
    const layer = id ? (this.drawnSites.get(id)?.layer ?? null) : null;
    if (layer === this.editingLayer) return;
    this.editingLayer?.pm.disable();
    this.editingLayer = layer;
    if (!layer || !id) return;
    layer.options.pmIgnore = false;
    loaded.L.PM.reInitLayer(layer);
    layer.pm.enable({ allowSelfIntersection: false, draggable: true, snappable: false });
    let last = '';
    const emit = () => {
      const geometry = (layer as unknown as Leaflet.Polyline).toGeoJSON(COORDINATE_DECIMALS)
        .geometry as SiteGeometry;
      const json = JSON.stringify(geometry);
      if (json === last || this.editingLayer !== layer) return;
      last = json;
      this.geometryChange.emit({ id, geometry });
    };
    layer.on('pm:edit pm:dragend', emit);
  }

  private showSitePlan(loaded: LoadedMap, plan: MapSitePlan | null, placing: boolean): void {
    const { L, map, handles } = loaded;
    handles.clearLayers();
    if (!plan) {
      this.planOverlay?.remove();
      this.planOverlay = null;
      return;
    }
    const bounds = L.latLngBounds(
      [plan.bounds.south, plan.bounds.west],
      [plan.bounds.north, plan.bounds.east],
    );
    if (!this.planOverlay) {
      this.planOverlay = L.imageOverlay(plan.url, bounds, {
        opacity: plan.opacity,
        interactive: false,
        pane: 'tpPlan',
        alt: this.transloco.translate('maps.plan.alt'),
      }).addTo(map);
    } else {
      if (this.planOverlay.getElement()?.getAttribute('src') !== plan.url) this.planOverlay.setUrl(plan.url);
      this.planOverlay.setBounds(bounds);
      this.planOverlay.setOpacity(plan.opacity);
    }
    if (placing) this.addCornerHandles(loaded, bounds);
  }

  private addCornerHandles({ L, handles }: LoadedMap, bounds: Leaflet.LatLngBounds): void {
    const corners = [bounds.getNorthWest(), bounds.getSouthEast()];
    const titles = [
      this.transloco.translate('maps.plan.cornerNorthWest'),
      this.transloco.translate('maps.plan.cornerSouthEast'),
    ];
    const markers = corners.map((corner, index) =>
      L.marker(corner, {
        draggable: true,
        title: titles[index],
        alt: titles[index],
        icon: L.divIcon({ className: 'tp-site-map__handle', iconSize: [18, 18] }),
      }).addTo(handles),
    );
    const current = () => {
      const [a, b] = markers.map((marker) => marker.getLatLng().wrap());
      return {
        south: round(Math.min(a.lat, b.lat)),
        north: round(Math.max(a.lat, b.lat)),
        west: round(Math.min(a.lng, b.lng)),
        east: round(Math.max(a.lng, b.lng)),
      };
    };
    for (const marker of markers) {
      marker.on('drag', () => {
        const next = current();
        this.planOverlay?.setBounds(L.latLngBounds([next.south, next.west], [next.north, next.east]));
      });
      marker.on('dragend', () => this.sitePlanBoundsChange.emit(current()));
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
      fillColor: HIGHLIGHT,
      fillOpacity: 0.6,
      interactive: false,
    }).addTo(pending);
  }

  private fit({ L, map, kindGroups }: LoadedMap): void {
    const bounds = L.latLngBounds([]);
    for (const group of kindGroups.values()) {
      if (map.hasLayer(group) && group.getLayers().length > 0) bounds.extend(group.getBounds());
    }
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [40, 40], maxZoom: 17 });
    } else {
      const center = this.center() ?? DEFAULT_EVENT_CENTER;
      map.setView([center.lat, center.lng], this.zoom());
    }
  }
}

/** A site's name as a label; textContent, never HTML, as names are user input. */
function labelOf(site: MapSite): HTMLElement {
  const label = document.createElement('span');
  label.textContent = site.name;
  return label;
}

function middleOf(line: Leaflet.Polyline): Leaflet.LatLng {
  const points = line.getLatLngs() as Leaflet.LatLng[];
  return points[Math.floor(points.length / 2)] ?? line.getBounds().getCenter();
}

let geomanLoading: Promise<void> | null = null;

/** Geoman extends the global `L`, so Leaflet is made global once before the plugin and its styles load. */
function loadGeoman(L: LeafletModule): Promise<void> {
  geomanLoading ??= (async () => {
    (globalThis as unknown as { L: LeafletModule }).L = L;
    await import('@geoman-io/leaflet-geoman-free');
    if (typeof document !== 'undefined' && !document.querySelector('link[data-tp-geoman]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'geoman.css';
      link.dataset['tpGeoman'] = '';
      document.head.appendChild(link);
    }
  })();
  return geomanLoading;
}
