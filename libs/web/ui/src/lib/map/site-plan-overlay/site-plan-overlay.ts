import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  untracked,
  ViewEncapsulation,
} from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { SitePlanBounds } from '@tryggplan/shared/domain';
import type * as Leaflet from 'leaflet';
import { LoadedMap, MapContext, roundCoordinate } from '../map-context';

/** The organiser's site plan image and where it lies. */
export interface MapSitePlan {
  url: string;
  bounds: SitePlanBounds;
  opacity: number;
}

const PLAN_PANE = 'tpPlan';

/**
 * The organiser's site plan as an image under the sites of a `<tp-map-host>`; while `placing`,
 * two corner handles move it and the new bounds go out when a handle is let go.
 */
@Component({
  selector: 'tp-site-plan-overlay',
  template: '',
  styleUrl: './site-plan-overlay.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // the handles live in Leaflet's DOM, out of reach of emulated encapsulation
  encapsulation: ViewEncapsulation.None,
})
export class SitePlanOverlay {
  readonly plan = input<MapSitePlan | null>(null);
  /** Shows corner handles that move the site plan. */
  readonly placing = input(false);

  readonly boundsChange = output<SitePlanBounds>();

  private readonly context = inject(MapContext);
  private readonly transloco = inject(TranslocoService);
  private overlay: Leaflet.ImageOverlay | null = null;
  private handles: Leaflet.LayerGroup | null = null;

  constructor() {
    effect(() => {
      const loaded = this.context.loaded();
      const plan = this.plan();
      const placing = this.placing();
      if (loaded) untracked(() => this.show(loaded, plan, placing));
    });

    inject(DestroyRef).onDestroy(() => {
      this.overlay?.remove();
      this.handles?.remove();
    });
  }

  private show(loaded: LoadedMap, plan: MapSitePlan | null, placing: boolean): void {
    const { L, map } = loaded;
    this.handles ??= L.layerGroup().addTo(map);
    this.handles.clearLayers();
    if (!plan) {
      this.overlay?.remove();
      this.overlay = null;
      return;
    }
    const bounds = L.latLngBounds(
      [plan.bounds.south, plan.bounds.west],
      [plan.bounds.north, plan.bounds.east],
    );
    if (!this.overlay) {
      if (!map.getPane(PLAN_PANE)) map.createPane(PLAN_PANE).style.zIndex = '250';
      this.overlay = L.imageOverlay(plan.url, bounds, {
        opacity: plan.opacity,
        interactive: false,
        pane: PLAN_PANE,
        alt: this.transloco.translate('maps.plan.alt'),
      }).addTo(map);
    } else {
      if (this.overlay.getElement()?.getAttribute('src') !== plan.url) this.overlay.setUrl(plan.url);
      this.overlay.setBounds(bounds);
      this.overlay.setOpacity(plan.opacity);
    }
    if (placing) this.addCornerHandles(loaded, this.handles, bounds);
  }

  private addCornerHandles(
    { L }: LoadedMap,
    handles: Leaflet.LayerGroup,
    bounds: Leaflet.LatLngBounds,
  ): void {
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
        icon: L.divIcon({ className: 'tp-site-plan-overlay__handle', iconSize: [18, 18] }),
      }).addTo(handles),
    );
    const current = (): SitePlanBounds => {
      const [a, b] = markers.map((marker) => marker.getLatLng().wrap());
      return {
        south: roundCoordinate(Math.min(a.lat, b.lat)),
        north: roundCoordinate(Math.max(a.lat, b.lat)),
        west: roundCoordinate(Math.min(a.lng, b.lng)),
        east: roundCoordinate(Math.max(a.lng, b.lng)),
      };
    };
    for (const marker of markers) {
      marker.on('drag', () => {
        const next = current();
        this.overlay?.setBounds(L.latLngBounds([next.south, next.west], [next.north, next.east]));
      });
      marker.on('dragend', () => this.boundsChange.emit(current()));
    }
  }
}
