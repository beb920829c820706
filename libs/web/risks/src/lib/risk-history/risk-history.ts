import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language, RiskChangeDto } from '@tryggplan/shared/domain';
import { DateTimePipe } from '@tryggplan/web/ui';
import { changeText } from '../risk-change-text';

/** Who changed what and when: one row per changed field, newest first. */
@Component({
  selector: 'tp-risk-history',
  imports: [TranslocoPipe, DateTimePipe],
  template: `
    @if (changes().length === 0) {
      <p>{{ 'risks.history.empty' | transloco }}</p>
    } @else {
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">
            {{
              'risks.history.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'risks.history.when' | transloco }}</th>
              <th scope="col">{{ 'risks.history.who' | transloco }}</th>
              <th scope="col">{{ 'risks.history.field' | transloco }}</th>
              <th scope="col">{{ 'risks.history.change' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (change of changes(); track change.id) {
              @for (field of change.changes; track field.field) {
                <tr>
                  <td>{{ change.at | tpDateTime: lang() }}</td>
                  <td>{{ change.actor }}</td>
                  <td>{{ fieldLabel(field.field) | transloco }}</td>
                  <td class="pre-line">
                    {{ text(field.field, field.from) }} → {{ text(field.field, field.to) }}
                  </td>
                </tr>
              }
            }
          </tbody>
        </table>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskHistory {
  readonly changes = input.required<RiskChangeDto[]>();
  readonly lang = input.required<Language>();
  readonly siteNames = input<ReadonlyMap<string, string>>(new Map());

  protected fieldLabel(field: string): string {
    return `risks.fields.${field === 'siteIds' ? 'sites' : field}`;
  }

  protected text(field: string, value: unknown): string {
    return changeText(field, value, this.lang(), this.siteNames());
  }
}
