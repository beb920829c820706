import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  INCIDENT_SEVERITY_COLORS,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STATUS_LABELS,
  IncidentDto,
  IncidentSeverity,
  Language,
} from '@tryggplan/shared/domain';
import { crimeState } from '../incident-text';

/** A severity as its word on its colour (the colour is never the only cue). */
@Component({
  selector: 'tp-severity',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="severity" [style.background]="colours().fill" [style.color]="colours().text">
    @if (prefix()) {
      <span class="visually-hidden">{{ prefix() }}: </span>
    }
    {{ label() }}</span
  >`,
  styles: `
    .severity {
      display: inline-block;
      padding: 0.0625rem 0.5rem;
      border: 1px solid #1a1a1a;
      border-radius: 999px;
      font-size: 0.875rem;
      font-weight: 700;
      white-space: nowrap;
    }
  `,
})
export class SeverityBadge {
  readonly severity = input.required<IncidentSeverity>();
  readonly lang = input.required<Language>();
  /** Words read before the level by screen readers, e.g. "Allvarlighet:". */
  readonly prefix = input('');

  protected readonly colours = computed(() => INCIDENT_SEVERITY_COLORS[this.severity()]);
  protected readonly label = computed(() => INCIDENT_SEVERITY_LABELS[this.severity()][this.lang()]);
}

/** The tags of an incident in a list or heading: severity, status, exercise and its police report. */
@Component({
  selector: 'tp-incident-badges',
  imports: [TranslocoPipe, SeverityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="incident-badges">
      <tp-severity
        [severity]="incident().severity"
        [lang]="lang()"
        [prefix]="'incidents.fields.severity' | transloco"
      />
      <span class="badge badge--muted"
        ><span class="visually-hidden">{{ 'incidents.fields.status' | transloco }}: </span
        >{{ statusLabels[incident().status][lang()] }}</span
      >
      @if (incident().isExercise) {
        <span class="badge incident-badges__exercise">{{ 'incidents.tags.exercise' | transloco }}</span>
      }
      @switch (crime()) {
        @case ('unreported') {
          <span class="badge incident-badges__unreported">{{ 'incidents.tags.unreported' | transloco }}</span>
        }
        @case ('unreported-exercise') {
          <span class="badge badge--muted">{{ 'incidents.tags.unreported' | transloco }}</span>
        }
        @case ('reported') {
          <span class="badge incident-badges__reported"
            >{{ 'incidents.tags.reported' | transloco }}
            @if (incident().police.reportNumber) {
              {{ incident().police.reportNumber }}
            }
          </span>
        }
        @case ('not-required') {
          <span class="badge badge--muted">{{ 'incidents.tags.notRequired' | transloco }}</span>
        }
      }
    </span>
  `,
  styles: `
    .incident-badges {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      align-items: center;
    }
    .incident-badges__exercise {
      border-color: #5c3700;
      color: #5c3700;
      background: #fff4e0;
    }
    .incident-badges__unreported {
      border-color: var(--tp-danger);
      color: #fff;
      background: var(--tp-danger);
    }
    .incident-badges__reported {
      border-color: var(--tp-success);
      color: var(--tp-success);
      background: #f1f8f3;
    }
  `,
})
export class IncidentBadges {
  readonly incident =
    input.required<Pick<IncidentDto, 'severity' | 'status' | 'isExercise' | 'isCrime' | 'police'>>();
  readonly lang = input.required<Language>();

  protected readonly statusLabels = INCIDENT_STATUS_LABELS;
  protected readonly crime = computed(() => crimeState(this.incident()));
}
