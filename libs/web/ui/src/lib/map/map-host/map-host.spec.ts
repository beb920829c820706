import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Directive,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { LatLng } from '@tryggplan/shared/domain';
import type * as Leaflet from 'leaflet';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MapContext, MapLayer } from '../map-context';
import { MapHost } from './map-host';

const I18N = join(__dirname, '../../../../../../../apps/web/public/i18n');
const core = JSON.parse(readFileSync(join(I18N, 'core', 'sv.json'), 'utf8'));

/** The smallest layer: it only uses the hooks, the way a new layer would. */
@Directive({ selector: 'tp-test-layer' })
class TestLayer implements MapLayer {
  readonly capturing = signal(false);
  readonly area = signal<[[number, number], [number, number]] | null>(null);
  readonly context = inject(MapContext);

  constructor() {
    inject(DestroyRef).onDestroy(this.context.register(this));
  }

  capturesClicks(): boolean {
    return this.capturing();
  }

  bounds(): Leaflet.LatLngBounds | null {
    const area = this.area();
    const loaded = this.context.loaded();
    return area && loaded ? loaded.L.latLngBounds(area) : null;
  }
}

@Component({
  imports: [MapHost, TestLayer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tp-map-host
      label="Karta över evenemanget"
      [center]="{ lat: 57.6398123456, lng: 18.2915 }"
      [zoom]="14"
      (mapClick)="clicks.push($event)"
      (viewCenterChange)="centers.push($event)"
    >
      <tp-test-layer />
    </tp-map-host>
  `,
})
class HostedMap {
  readonly clicks: LatLng[] = [];
  readonly centers: LatLng[] = [];
  readonly host = viewChild.required(MapHost);
  readonly layer = viewChild.required(TestLayer);
}

describe('MapHost', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        HostedMap,
        TranslocoTestingModule.forRoot({
          langs: { sv: core },
          translocoConfig: { availableLangs: ['sv'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
    }).compileComponents();
  });

  async function render() {
    const fixture = TestBed.createComponent(HostedMap);
    await fixture.whenStable();
    const context = fixture.componentInstance.layer().context;
    for (let tries = 0; !context.loaded() && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await fixture.whenStable();
    const loaded = context.loaded();
    if (!loaded) throw new Error('the map was not created');
    return { fixture, page: fixture.nativeElement as HTMLElement, ...loaded };
  }

  it('names the map region, reports its centre and says when there are no background tiles', async () => {
    const { fixture, page } = await render();
    expect(page.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Karta över evenemanget');
    expect(fixture.componentInstance.centers[0]).toEqual({ lat: 57.639812, lng: 18.2915 });
    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'Bakgrundskartan är inte tillgänglig',
    );
    expect(page.querySelector('.leaflet-control-zoom-in')?.getAttribute('title')).toBe('Zooma in');
  });

  it('reports clicks on the map, except while a layer captures them', async () => {
    const { fixture, L, map } = await render();
    map.fire('click', { latlng: L.latLng(57.1234567, 18.7654321) });
    fixture.componentInstance.layer().capturing.set(true);
    map.fire('click', { latlng: L.latLng(57.2, 18.2) });
    expect(fixture.componentInstance.clicks).toEqual([{ lat: 57.123457, lng: 18.765432 }]);
  });

  it('fits to what the layers want in view, or goes back to the centre when they want nothing', async () => {
    const { fixture, map } = await render();
    const { host, layer } = fixture.componentInstance;
    map.setView([59, 18], 10);
    host().fit();
    expect(map.getCenter().lat).toBeCloseTo(57.6398, 3);
    expect(map.getZoom()).toBe(14);

    layer().area.set([
      [57.6, 18.2],
      [57.7, 18.4],
    ]);
    host().fit();
    expect(map.getCenter().lat).toBeCloseTo(57.65, 1);
    expect(map.getCenter().lng).toBeCloseTo(18.3, 1);
  });

  it('fits to the first content at once, so the centre it reports is the fitted one', async () => {
    const { fixture, map } = await render();
    const { host, layer, centers } = fixture.componentInstance;
    layer().area.set([
      [57.6, 18.2],
      [57.7, 18.4],
    ]);
    host().fitFirstContent();
    expect(map.getCenter().lat).toBeCloseTo(57.65, 1);
    expect(centers.at(-1)?.lat).toBeCloseTo(57.65, 1);
    expect(centers.at(-1)?.lng).toBeCloseTo(18.3, 1);
  });
});
