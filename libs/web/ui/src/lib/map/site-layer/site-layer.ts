/// <reference types="@geoman-io/leaflet-geoman-free" />
import {
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
import { LatLng, SiteGeometry, SiteKind, SiteSize } from '@tryggplan/shared/domain';
import { siteFootprint } from '@tryggplan/shared/geo';
import type * as Leaflet from 'leaflet';
import { COORDINATE_DECIMALS, LoadedMap, MapContext, MapLayer, toLatLng } from '../map-context';
import { KIND_STYLES, KindStyle } from './kind-style';
import { shapeMarkerClass } from './shape-marker';

/** What the map needs of a site: GeoJSON geometry in WGS84 ([lng, lat]) and a name for its label. */
export interface MapSite {
  id: string;
  name: string;
  kind: string;
  geometry: SiteGeometry;
  /** Venues, stages and tents with a size are drawn to scale as well as by their marker. */
  size?: SiteSize | null;
  rotation?: number;
}

export interface SiteGeometryChange {
  id: string;
  geometry: SiteGeometry;
}

interface DrawnSite {
  site: MapSite;
  layer: Leaflet.Path;
  /** The site's outline to scale on the ground, beneath its marker. */
  footprint: Leaflet.Polygon | null;
}

/** The Leaflet groups of this layer, made when the map exists. */
interface SiteGroups {
  highlight: Leaflet.LayerGroup;
  pending: Leaflet.LayerGroup;
  kinds: Map<string, Leaflet.FeatureGroup>;
}

/** Above this many sites the names show on hover only: thousands of DOM labels would make panning stutter. */
const PERMANENT_LABEL_LIMIT = 300;
const HIGHLIGHT = '#ffdd00';
const HIGHLIGHT_PANE = 'tpHighlight';
/** Below the overlay pane (400), so a footprint lies under every marker and line. */
const FOOTPRINT_PANE = 'tpFootprints';
/** A permanent label that would cover another; it shows again when zooming in makes room, or on hover. */
const COVERED_LABEL = 'tp-site-layer__label--covered';
const HOVERED_LABEL = 'tp-site-layer__label--hovered';

function styleOf(kind: string): KindStyle {
  return KIND_STYLES[kind as SiteKind] ?? { colour: '#0b3954', shape: 'circle' };
}

/**
 * The event's sites on a `<tp-map-host>`: drawn on the canvas, one layer group per kind (no DOM
 * node per site) so a kind shows or hides at once; the selected site has a halo and, when asked,
 * a popup with the projected `[tpSitePopup]` content; with `editable` one site's shape can be
 * moved and reshaped (Geoman). Clicks and shape edits go out as events.
 */
@Component({
  selector: 'tp-site-layer',
  templateUrl: './site-layer.html',
  styleUrl: './site-layer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // the labels and the popup live in Leaflet's DOM, out of reach of emulated encapsulation
  encapsulation: ViewEncapsulation.None,
  host: {
    '[attr.data-rendered-sites]': 'renderedSites()',
    '[attr.data-visible-sites]': 'visibleSites()',
    '[attr.data-footprints]': 'footprints()',
    '[attr.data-render-ms]': 'renderMs()',
  },
})
export class SiteLayer implements MapLayer {
  readonly sites = input<readonly MapSite[]>([]);
  /** Kinds whose sites are not shown (the layer control). */
  readonly hiddenKinds = input<readonly string[]>([]);
  readonly selectedId = input<string | null>(null);
  /** Shows the projected `[tpSitePopup]` content in a popup at the selected site. */
  readonly popupOpen = input(false);
  /** A point the user is about to add, drawn as a dashed ring. */
  readonly pendingPoint = input<LatLng | null>(null);
  /** Loads Geoman so that `editingId` can reshape a site; read once, when the map is created. */
  readonly editable = input(false);
  /** The site whose shape can be moved and reshaped. */
  readonly editingId = input<string | null>(null);

  readonly siteClick = output<string>();
  readonly popupClosed = output<void>();
  readonly geometryChange = output<SiteGeometryChange>();

  /** How many sites are on the canvas, on the host for tests and the benchmark. */
  protected readonly renderedSites = signal<number | null>(null);
  protected readonly visibleSites = signal<number | null>(null);
  /** How many sites are drawn to scale as well as by their marker. */
  protected readonly footprints = signal<number | null>(null);
  /** Milliseconds from receiving the sites to the next painted frame, for the benchmark. */
  protected readonly renderMs = signal<number | null>(null);

  private readonly context = inject(MapContext);
  private readonly popupSlot = viewChild.required<ElementRef<HTMLElement>>('popupSlot');
  private readonly drawnSites = new Map<string, DrawnSite>();
  private readonly siteOfLayer = new WeakMap<Leaflet.Layer, MapSite>();
  private groups: SiteGroups | null = null;
  private hoverLabel: Leaflet.Tooltip | null = null;
  private popup: Leaflet.Popup | null = null;
  private popupResizeObserver: ResizeObserver | null = null;
  private popupResizeObserved: HTMLElement | null = null;
  private editingLayer: Leaflet.Path | null = null;
  private permanentLabels = true;
  private declutterFrame: number | null = null;
  private readonly onZoomEnd = () => this.declutterSoon();

  constructor() {
    const unregister = this.context.register(this);

    effect(() => {
      const loaded = this.context.loaded();
      const sites = this.sites();
      if (loaded) untracked(() => this.showSites(loaded, sites));
    });
    effect(() => {
      const loaded = this.context.loaded();
      const hidden = this.hiddenKinds();
      if (loaded) untracked(() => this.showKinds(loaded, hidden));
    });
    effect(() => {
      const loaded = this.context.loaded();
      const point = this.pendingPoint();
      if (loaded) untracked(() => this.showPending(loaded, point));
    });
    effect(() => {
      const loaded = this.context.loaded();
      const selected = this.selectedId();
      this.sites();
      if (loaded) untracked(() => this.showSelection(loaded, selected));
    });
    effect(() => {
      const loaded = this.context.loaded();
      const open = this.popupOpen() && this.selectedId();
      this.sites();
      if (loaded) untracked(() => this.showPopup(loaded, open ? this.selectedId() : null));
    });
    effect(() => {
      const loaded = this.context.loaded();
      this.editingId();
      this.sites();
      if (loaded?.map.pm) untracked(() => this.showEditing(loaded));
    });

    inject(DestroyRef).onDestroy(() => {
      unregister();
      this.popupResizeObserver?.disconnect();
      this.editingLayer?.pm?.disable();
      const map = this.context.loaded()?.map;
      if (map) this.closePopup(map);
      this.hoverLabel?.remove();
      map?.off('zoomend', this.onZoomEnd);
      this.groups?.highlight.remove();
      this.groups?.pending.remove();
      for (const group of this.groups?.kinds.values() ?? []) group.remove();
    });
  }

  needsGeoman(): boolean {
    return this.editable();
  }

  /** Every visible site, for the host's `fit()`. */
  bounds(): Leaflet.LatLngBounds | null {
    const loaded = this.context.loaded();
    if (!loaded || !this.groups) return null;
    const bounds = loaded.L.latLngBounds([]);
    for (const group of this.groups.kinds.values()) {
      if (loaded.map.hasLayer(group) && group.getLayers().length > 0) bounds.extend(group.getBounds());
    }
    return bounds.isValid() ? bounds : null;
  }

  /** Pans (and zooms if needed) so the site is in view, e.g. after it was chosen in the list. */
  showSite(id: string): void {
    const loaded = this.context.loaded();
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

  private groupsOf({ L, map }: LoadedMap): SiteGroups {
    if (!this.groups) {
      if (!map.getPane(HIGHLIGHT_PANE)) map.createPane(HIGHLIGHT_PANE).style.zIndex = '390';
      if (!map.getPane(FOOTPRINT_PANE)) map.createPane(FOOTPRINT_PANE).style.zIndex = '380';
      map.on('zoomend', this.onZoomEnd);
      this.groups = {
        highlight: L.layerGroup([], { pane: HIGHLIGHT_PANE }).addTo(map),
        pending: L.layerGroup().addTo(map),
        kinds: new Map(),
      };
    }
    return this.groups;
  }

  /** One group per kind, so the layer control shows or hides a kind at once; it also routes clicks and hovers. */
  private kindGroup(loaded: LoadedMap, kind: string): Leaflet.FeatureGroup {
    const kinds = this.groupsOf(loaded).kinds;
    let group = kinds.get(kind);
    if (!group) {
      const { L, map } = loaded;
      group = L.featureGroup([], { pmIgnore: true });
      group.on('click', (event) => {
        const site = this.siteOfLayer.get((event as Leaflet.LeafletEvent & { layer: Leaflet.Layer }).layer);
        if (site) this.siteClick.emit(site.id);
      });
      group.on('mouseover', (event) => {
        const layer = (event as Leaflet.LeafletEvent & { layer: Leaflet.Layer }).layer;
        const site = this.siteOfLayer.get(layer);
        if (this.permanentLabels) return layer.getTooltip()?.getElement()?.classList.add(HOVERED_LABEL);
        if (!site) return;
        this.hoverLabel ??= L.tooltip({
          direction: 'right',
          offset: [10, 0],
          className: 'tp-site-layer__label',
        });
        this.hoverLabel
          .setLatLng((event as Leaflet.LeafletMouseEvent).latlng)
          .setContent(labelOf(site))
          .addTo(map);
      });
      group.on('mouseout', (event) => {
        this.hoverLabel?.remove();
        const layer = (event as Leaflet.LeafletEvent & { layer: Leaflet.Layer }).layer;
        layer.getTooltip()?.getElement()?.classList.remove(HOVERED_LABEL);
      });
      kinds.set(kind, group);
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
      const group = this.kindGroup(loaded, drawn.site.kind);
      group.removeLayer(drawn.layer);
      if (drawn.footprint) group.removeLayer(drawn.footprint);
      this.drawnSites.delete(id);
    }
    for (const site of sites) {
      if (this.drawnSites.has(site.id)) continue;
      const layer = this.layerFor(loaded, site);
      if (!layer) continue;
      const footprint = this.footprintOf(loaded, site);
      this.drawnSites.set(site.id, { site, layer, footprint });
      const group = this.kindGroup(loaded, site.kind);
      if (footprint) group.addLayer(footprint);
      group.addLayer(layer);
    }
    if (sites.length > 0) this.context.fitFirstContent();
    this.renderedSites.set(this.drawnSites.size);
    this.footprints.set([...this.drawnSites.values()].filter((drawn) => drawn.footprint).length);
    this.countVisible(loaded);
    this.declutterSoon();
    requestAnimationFrame(() => this.renderMs.set(Math.round(performance.now() - started)));
  }

  /** A sized site's rectangle to scale (width × depth metres, turned from north); null without a size. */
  private footprintOf({ L }: LoadedMap, site: MapSite): Leaflet.Polygon | null {
    const ring = siteFootprint(site);
    if (!ring) return null;
    const style = styleOf(site.kind);
    return L.polygon(ring.map(toLatLng), {
      pane: FOOTPRINT_PANE,
      color: style.colour,
      weight: 2,
      fillColor: style.colour,
      fillOpacity: 0.3,
      // the marker above takes the clicks; the outline only shows the size
      interactive: false,
      pmIgnore: true,
    });
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
        className: 'tp-site-layer__label',
      });
    }
    return layer;
  }

  private shapeOf({ L }: LoadedMap, site: MapSite): Leaflet.Path | null {
    const style = styleOf(site.kind);
    // Geoman skips these layers until one is edited: its per-layer set-up would slow thousands of sites.
    const common = { color: style.colour, dashArray: style.dash, bubblingMouseEvents: false, pmIgnore: true };
    switch (site.geometry.type) {
      case 'Point': {
        const ShapeMarker = shapeMarkerClass(L);
        return new ShapeMarker(toLatLng(site.geometry.coordinates), {
          shape: style.shape ?? 'circle',
          radius: 9,
          color: '#ffffff',
          weight: 2,
          fillColor: style.colour,
          fillOpacity: 1,
          bubblingMouseEvents: false,
          pmIgnore: true,
        });
      }
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

  private showKinds(loaded: LoadedMap, hidden: readonly string[]): void {
    for (const [kind, group] of this.groupsOf(loaded).kinds) {
      if (hidden.includes(kind)) group.remove();
      else if (!loaded.map.hasLayer(group)) group.addTo(loaded.map);
    }
    this.countVisible(loaded);
    this.declutterSoon();
  }

  private countVisible(loaded: LoadedMap): void {
    const kinds = this.groupsOf(loaded).kinds;
    let count = 0;
    for (const { site } of this.drawnSites.values()) {
      const group = kinds.get(site.kind);
      if (group && loaded.map.hasLayer(group)) count += 1;
    }
    this.visibleSites.set(count);
  }

  /** After Leaflet has placed the labels (next frame), hides those that would cover another. */
  private declutterSoon(): void {
    if (this.declutterFrame !== null) return;
    this.declutterFrame = requestAnimationFrame(() => {
      this.declutterFrame = null;
      this.declutterLabels();
    });
  }

  /**
   * Shows permanent labels in priority order (the selected site, then points, then lines and areas)
   * and hides each one that would cover a label already shown; zooming in gives them room again.
   * All boxes are measured before any class changes, so the page lays out once.
   */
  private declutterLabels(): void {
    const selected = this.selectedId();
    const labels = [...this.drawnSites.values()]
      .map(({ site, layer }) => ({ site, element: layer.getTooltip()?.getElement() }))
      .filter((label): label is { site: MapSite; element: HTMLElement } => !!label.element?.isConnected)
      .sort((a, b) => labelRank(a.site, selected) - labelRank(b.site, selected))
      .map((label) => ({ ...label, box: label.element.getBoundingClientRect() }));
    const shown: DOMRect[] = [];
    for (const { element, box } of labels) {
      const covers = shown.some((other) => boxesOverlap(box, other));
      element.classList.toggle(COVERED_LABEL, covers);
      if (!covers) shown.push(box);
    }
  }

  private showSelection(loaded: LoadedMap, selectedId: string | null): void {
    const { L } = loaded;
    const highlight = this.groupsOf(loaded).highlight;
    highlight.clearLayers();
    const drawn = selectedId ? this.drawnSites.get(selectedId) : undefined;
    this.declutterSoon();
    if (!drawn) return;
    const halo = { pane: HIGHLIGHT_PANE, interactive: false };
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

  private showPending(loaded: LoadedMap, point: LatLng | null): void {
    const pending = this.groupsOf(loaded).pending;
    pending.clearLayers();
    if (!point) return;
    loaded.L.circleMarker([point.lat, point.lng], {
      radius: 12,
      color: '#1a1a1a',
      weight: 3,
      dashArray: '4 4',
      fillColor: HIGHLIGHT,
      fillOpacity: 0.6,
      interactive: false,
    }).addTo(pending);
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
        maxHeight: Math.max(200, map.getContainer().clientHeight - 120),
        autoPanPadding: [24, 24],
        className: 'tp-site-layer__popup',
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
    const map = this.context.loaded()?.map;
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
}

/** A site's name as a label; textContent, never HTML, as names are user input. */
function labelOf(site: MapSite): HTMLElement {
  const label = document.createElement('span');
  label.textContent = site.name;
  return label;
}

/** Which label gives way: the selected site's never, then points before lines before areas. */
function labelRank(site: MapSite, selectedId: string | null): number {
  if (site.id === selectedId) return 0;
  return { Point: 1, LineString: 2, Polygon: 3 }[site.geometry.type];
}

function boxesOverlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function middleOf(line: Leaflet.Polyline): Leaflet.LatLng {
  const points = line.getLatLngs() as Leaflet.LatLng[];
  return points[Math.floor(points.length / 2)] ?? line.getBounds().getCenter();
}
