import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MapHost } from '../map-host/map-host';
import { IncidentLayer, MapIncident } from './incident-layer';

const I18N = join(__dirname, '../../../../../../../apps/web/public/i18n');
const core = (lang: 'sv' | 'en') => JSON.parse(readFileSync(join(I18N, 'core', `${lang}.json`), 'utf8'));

const FIGHT: MapIncident = {
  id: 'i-3',
  number: 3,
  title: 'Bråk vid <b>entrén</b>',
  severity: 'high',
  point: { lat: 57.64, lng: 18.29 },
};
const LOST_CHILD: MapIncident = {
  id: 'i-4',
  number: 4,
  title: 'Borttappat barn',
  severity: 'critical',
  point: { lat: 57.641, lng: 18.292 },
};

@Component({
  imports: [MapHost, IncidentLayer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tp-map-host label="Karta" [center]="{ lat: 57.64, lng: 18.29 }">
      <tp-incident-layer [incidents]="incidents()" (incidentSelected)="selected.push($event)" />
    </tp-map-host>
  `,
})
class IncidentMap {
  readonly incidents = signal<MapIncident[]>([FIGHT]);
  readonly selected: string[] = [];
}

describe('IncidentLayer', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        IncidentMap,
        TranslocoTestingModule.forRoot({
          langs: { sv: core('sv'), en: core('en') },
          translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
    }).compileComponents();
  });

  /** Renders the map and waits until Leaflet (loaded on demand) has drawn the markers. */
  async function render() {
    const fixture = TestBed.createComponent(IncidentMap);
    const page = fixture.nativeElement as HTMLElement;
    const markers = () => [...page.querySelectorAll<HTMLElement>('.tp-incident-marker')];
    await fixture.whenStable();
    for (let tries = 0; markers().length === 0 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await fixture.whenStable();
    }
    return { fixture, page, markers };
  }

  it('shows each incident as a focusable marker with its code, severity in words and a spoken name', async () => {
    const { markers } = await render();
    const [marker] = markers();
    expect(markers()).toHaveLength(1);
    expect(marker.getAttribute('tabindex')).toBe('0');
    expect(marker.getAttribute('role')).toBe('button');
    expect(marker.getAttribute('aria-label')).toBe('Händelse H-3, hög allvarlighet: Bråk vid <b>entrén</b>');
    expect(marker.querySelector('.tp-incident-marker__code')?.textContent).toBe('H-3');
    expect(marker.querySelector('.tp-incident-marker__severity')?.textContent).toBe('Hög');
    // the visible words, apart, lie within the spoken name (WCAG 2.5.3 label in name)
    expect(marker.querySelector('.tp-incident-marker__badge')?.textContent).toBe('H-3 Hög');
    // the title is user input: never markup
    expect(marker.querySelector('b')).toBeNull();
    const badge = marker.querySelector<HTMLElement>('.tp-incident-marker__badge');
    expect(badge?.classList).toContain('tp-incident-marker__badge--high');
    expect(badge?.style.backgroundColor).toBe('rgb(198, 40, 40)');
    expect(badge?.style.color).toBe('rgb(255, 255, 255)');
  });

  it('tells which incident was chosen, by click, Enter or Space', async () => {
    const { fixture, markers } = await render();
    const [marker] = markers();
    marker.querySelector<HTMLElement>('.tp-incident-marker__badge')?.click();
    marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    marker.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(fixture.componentInstance.selected).toEqual(['i-3', 'i-3', 'i-3']);
  });

  it('updates markers in place, so the one with the focus keeps it, and removes those that are gone', async () => {
    const { fixture, markers } = await render();
    const [fight] = markers();
    fight.focus();
    fixture.componentInstance.incidents.set([
      { ...FIGHT, severity: 'medium', title: 'Bråk, lugnat' },
      LOST_CHILD,
    ]);
    await fixture.whenStable();
    expect(markers()).toHaveLength(2);
    expect(markers()[0]).toBe(fight);
    expect(document.activeElement).toBe(fight);
    expect(fight.getAttribute('aria-label')).toBe('Händelse H-3, medelhög allvarlighet: Bråk, lugnat');
    expect(fight.querySelector('.tp-incident-marker__severity')?.textContent).toBe('Medelhög');
    expect(markers()[1].getAttribute('aria-label')).toBe(
      'Händelse H-4, kritisk allvarlighet: Borttappat barn',
    );

    fixture.componentInstance.incidents.set([LOST_CHILD]);
    await fixture.whenStable();
    expect(markers().map((marker) => marker.getAttribute('aria-label'))).toEqual([
      'Händelse H-4, kritisk allvarlighet: Borttappat barn',
    ]);
  });

  it('speaks English when the language is switched', async () => {
    const { fixture, markers } = await render();
    TestBed.inject(TranslocoService).setActiveLang('en');
    await fixture.whenStable();
    const [marker] = markers();
    expect(marker.getAttribute('aria-label')).toBe('Incident H-3, high severity: Bråk vid <b>entrén</b>');
    expect(marker.querySelector('.tp-incident-marker__severity')?.textContent).toBe('High');
  });
});
