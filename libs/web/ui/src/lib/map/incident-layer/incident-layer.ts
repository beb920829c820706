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
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import type { LatLng } from '@tryggplan/shared/domain';
import type * as Leaflet from 'leaflet';
import { LoadedMap, MapContext, MapLayer } from '../map-context';

export type MapIncidentSeverity = 'low' | 'medium' | 'high' | 'critical';

/** What the map needs of an incident: its number, title, severity and where it happened. */
export interface MapIncident {
  id: string;
  number: number;
  title: string;
  severity: MapIncidentSeverity;
  point: LatLng;
}

/**
 * Fill and text colour per severity; the text on the fill meets WCAG AA (4.5:1), and the marker's
 * dark outline keeps 3:1 against light and grey map backgrounds. The severity is also written out,
 * so colour is never the only cue.
 */
export const INCIDENT_MARKER_COLOURS: Record<MapIncidentSeverity, { fill: string; text: string }> = {
  low: { fill: '#2e7d32', text: '#ffffff' },
  medium: { fill: '#f9a825', text: '#1a1a1a' },
  high: { fill: '#c62828', text: '#ffffff' },
  critical: { fill: '#4a0072', text: '#ffffff' },
};

const SEVERITY_KEYS: Record<MapIncidentSeverity, { short: string; spoken: string }> = {
  low: { short: 'map.incident.severity.low', spoken: 'map.incident.spokenSeverity.low' },
  medium: { short: 'map.incident.severity.medium', spoken: 'map.incident.spokenSeverity.medium' },
  high: { short: 'map.incident.severity.high', spoken: 'map.incident.spokenSeverity.high' },
  critical: { short: 'map.incident.severity.critical', spoken: 'map.incident.spokenSeverity.critical' },
};

interface DrawnIncident {
  incident: MapIncident;
  marker: Leaflet.Marker;
  badge: HTMLElement;
  label: string;
}

/**
 * Incidents as points on a `<tp-map-host>`: each marker reads its code and severity ("H-3 Hög"),
 * is coloured by severity, can be reached with Tab and chosen with Enter or Space, and is named
 * for screen readers ("Händelse H-3, hög allvarlighet: Bråk vid entrén"). Markers are updated in
 * place, so a live update does not take the keyboard focus away.
 */
@Component({
  selector: 'tp-incident-layer',
  template: '',
  styleUrl: './incident-layer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // the markers live in Leaflet's DOM, out of reach of emulated encapsulation
  encapsulation: ViewEncapsulation.None,
})
export class IncidentLayer implements MapLayer {
  readonly incidents = input<readonly MapIncident[]>([]);

  /** The id of the incident whose marker was clicked or chosen with the keyboard. */
  readonly incidentSelected = output<string>();

  private readonly context = inject(MapContext);
  private readonly transloco = inject(TranslocoService);
  /** Emits once the active language's texts are loaded, and again on every switch. */
  private readonly translation = toSignal(this.transloco.selectTranslation());
  private readonly drawn = new Map<string, DrawnIncident>();
  private group: Leaflet.FeatureGroup | null = null;

  constructor() {
    const unregister = this.context.register(this);

    effect(() => {
      const loaded = this.context.loaded();
      const incidents = this.incidents();
      const translation = this.translation();
      if (loaded && translation) untracked(() => this.show(loaded, incidents));
    });

    inject(DestroyRef).onDestroy(() => {
      unregister();
      this.group?.remove();
    });
  }

  bounds(): Leaflet.LatLngBounds | null {
    return this.group && this.drawn.size > 0 ? this.group.getBounds() : null;
  }

  private show(loaded: LoadedMap, incidents: readonly MapIncident[]): void {
    const { L, map } = loaded;
    this.group ??= L.featureGroup().addTo(map);
    const next = new Map(incidents.map((incident) => [incident.id, incident]));
    for (const [id, drawn] of this.drawn) {
      if (next.has(id)) continue;
      this.group.removeLayer(drawn.marker);
      this.drawn.delete(id);
    }
    for (const incident of incidents) {
      const drawn = this.drawn.get(incident.id);
      if (drawn) this.update(drawn, incident);
      else this.add(loaded, this.group, incident);
    }
    if (incidents.length > 0) this.context.fitFirstContent();
  }

  private add({ L }: LoadedMap, group: Leaflet.FeatureGroup, incident: MapIncident): void {
    const badge = document.createElement('span');
    const marker = L.marker([incident.point.lat, incident.point.lng], {
      // a point-sized icon: the badge inside sizes itself to its text and sits above the point (see the styles)
      icon: L.divIcon({ className: 'tp-incident-marker', html: badge, iconSize: [0, 0] }),
      keyboard: true,
      riseOnHover: true,
    });
    const drawn: DrawnIncident = { incident, marker, badge, label: '' };
    marker.on('click', () => this.incidentSelected.emit(drawn.incident.id));
    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      element.setAttribute('aria-label', drawn.label);
      L.DomEvent.on(element, 'keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        L.DomEvent.preventDefault(event);
        L.DomEvent.stopPropagation(event);
        this.incidentSelected.emit(drawn.incident.id);
      });
    });
    this.render(drawn, incident);
    this.drawn.set(incident.id, drawn);
    group.addLayer(marker);
  }

  private update(drawn: DrawnIncident, incident: MapIncident): void {
    const { lat, lng } = drawn.incident.point;
    if (incident.point.lat !== lat || incident.point.lng !== lng) {
      drawn.marker.setLatLng([incident.point.lat, incident.point.lng]);
    }
    this.render(drawn, incident);
  }

  /** Writes the texts (always as textContent: titles are user input) and the severity's colours. */
  private render(drawn: DrawnIncident, incident: MapIncident): void {
    drawn.incident = incident;
    const keys = SEVERITY_KEYS[incident.severity] ?? SEVERITY_KEYS.medium;
    const colours = INCIDENT_MARKER_COLOURS[incident.severity] ?? INCIDENT_MARKER_COLOURS.medium;
    const code = this.transloco.translate('map.incident.code', { number: incident.number });
    drawn.label = this.transloco.translate('map.incident.label', {
      code,
      severity: this.transloco.translate(keys.spoken),
      title: incident.title,
    });

    const codeText = document.createElement('span');
    codeText.className = 'tp-incident-marker__code';
    codeText.textContent = code;
    const severityText = document.createElement('span');
    severityText.className = 'tp-incident-marker__severity';
    severityText.textContent = this.transloco.translate(keys.short);
    drawn.badge.className = `tp-incident-marker__badge tp-incident-marker__badge--${incident.severity}`;
    drawn.badge.style.color = colours.text;
    drawn.badge.style.backgroundColor = colours.fill;
    // a space between the two words, so the visible text ("H-3 Hög") reads inside the marker's name
    drawn.badge.replaceChildren(codeText, ' ', severityText);
    drawn.marker.getElement()?.setAttribute('aria-label', drawn.label);
  }
}
