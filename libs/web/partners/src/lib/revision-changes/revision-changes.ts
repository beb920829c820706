import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ChangedRisk,
  Language,
  MITIGATION_DIFF_FIELD_LABELS,
  MITIGATION_STATUS_LABELS,
  MitigationDiffField,
  mitigationDiffValueText,
  RevisionChangesDto,
  RISK_DIFF_FIELD_LABELS,
  RiskDiffField,
  riskDiffValueText,
  RiskDiffValue,
} from '@tryggplan/shared/domain';

/**
 * Risks added, removed and changed since an earlier revision; for a changed risk every changed field
 * with its old and new value, and its mitigations added, removed and changed. `level` is the level of
 * the section's heading (2 on the partner's page, 3 inside the coordinator's review of a revision).
 */
@Component({
  selector: 'tp-revision-changes',
  imports: [TranslocoPipe],
  template: `
    @let diff = changes();
    @let id = 'changes-' + diff.sinceRevision;
    <section class="section card revision-changes" [attr.aria-labelledby]="id" data-testid="revision-changes">
      <p role="heading" [attr.aria-level]="level()" [id]="id" class="changes-heading changes-heading--top">
        {{
          (diff.reviewed ? 'partners.changes.heading' : 'partners.changes.headingPrevious')
            | transloco: { revision: diff.sinceRevision }
        }}
      </p>
      @if (!diff.added.length && !diff.removed.length && !diff.changed.length) {
        <p>{{ 'partners.changes.none' | transloco }}</p>
      } @else {
        <p>
          {{
            'partners.changes.summary'
              | transloco
                : { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length }
          }}
        </p>
      }
      @if (diff.added.length) {
        <p role="heading" [attr.aria-level]="level() + 1" class="changes-heading">
          {{ 'partners.changes.added' | transloco }}
        </p>
        <ul class="link-list">
          @for (risk of diff.added; track risk.id) {
            <li>{{ 'partners.view.numbered' | transloco: { number: risk.number, title: risk.title } }}</li>
          }
        </ul>
      }
      @if (diff.changed.length) {
        <p role="heading" [attr.aria-level]="level() + 1" class="changes-heading">
          {{ 'partners.changes.changed' | transloco }}
        </p>
        @for (risk of diff.changed; track risk.id) {
          @let riskLabel = 'partners.view.numbered' | transloco: { number: risk.number, title: risk.title };
          <div class="changed-risk" [attr.data-risk-id]="risk.id">
            <p role="heading" [attr.aria-level]="level() + 2" class="changes-heading changes-heading--risk">
              {{ riskLabel }}
            </p>
            @if (risk.fields.length) {
              <div class="table-wrap">
                <table class="table">
                  <caption class="visually-hidden">
                    {{
                      'partners.changes.fieldsOf' | transloco: { risk: riskLabel }
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'partners.changes.field' | transloco }}</th>
                      <th scope="col">{{ 'partners.changes.before' | transloco }}</th>
                      <th scope="col">{{ 'partners.changes.after' | transloco }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (change of risk.fields; track change.field) {
                      <tr>
                        <th scope="row">{{ fieldLabels[change.field][lang()] }}</th>
                        <td class="pre-line">{{ valueText(change.field, change.before) }}</td>
                        <td class="pre-line">{{ valueText(change.field, change.after) }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
            @if (mitigationCount(risk.mitigations)) {
              <ul class="link-list" [attr.aria-label]="'partners.changes.mitigations' | transloco">
                @for (mitigation of risk.mitigations.added; track mitigation.id) {
                  <li>
                    {{ 'partners.changes.mitigationAdded' | transloco }}: {{ mitigation.description }} ({{
                      mitigationStatus[mitigation.status][lang()]
                    }})
                  </li>
                }
                @for (mitigation of risk.mitigations.removed; track mitigation.id) {
                  <li>
                    {{ 'partners.changes.mitigationRemoved' | transloco }}: {{ mitigation.description }}
                  </li>
                }
                @for (mitigation of risk.mitigations.changed; track mitigation.id) {
                  <li>
                    {{ 'partners.changes.mitigationChanged' | transloco }}: {{ mitigation.description }}
                    <ul>
                      @for (change of mitigation.fields; track change.field) {
                        <li>
                          {{
                            'partners.changes.fromTo'
                              | transloco
                                : {
                                    field: mitigationFieldLabels[change.field][lang()],
                                    before: mitigationText(change.field, change.before),
                                    after: mitigationText(change.field, change.after),
                                  }
                          }}
                        </li>
                      }
                    </ul>
                  </li>
                }
              </ul>
            }
          </div>
        }
      }
      @if (diff.removed.length) {
        <p role="heading" [attr.aria-level]="level() + 1" class="changes-heading">
          {{ 'partners.changes.removed' | transloco }}
        </p>
        <ul class="link-list">
          @for (risk of diff.removed; track risk.id) {
            <li>{{ 'partners.view.numbered' | transloco: { number: risk.number, title: risk.title } }}</li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .changes-heading {
      margin: 1rem 0 0.5rem;
      font-size: 1.1rem;
      font-weight: 700;
      line-height: 1.25;
    }
    .changes-heading--top {
      margin-top: 0;
      font-size: var(--changes-top-size);
    }
    .changes-heading--risk {
      font-size: 1rem;
    }
    .changed-risk + .changed-risk {
      margin-top: 1rem;
    }
  `,
  host: { '[style.--changes-top-size]': 'topSize()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevisionChanges {
  readonly changes = input.required<RevisionChangesDto>();
  readonly lang = input.required<Language>();
  readonly level = input<2 | 3>(2);

  protected readonly fieldLabels = RISK_DIFF_FIELD_LABELS;
  protected readonly mitigationFieldLabels = MITIGATION_DIFF_FIELD_LABELS;
  protected readonly mitigationStatus = MITIGATION_STATUS_LABELS;
  protected readonly topSize = computed(() => (this.level() === 2 ? '1.5rem' : '1.2rem'));

  protected valueText(field: RiskDiffField, value: RiskDiffValue): string {
    return riskDiffValueText(field, value, this.lang());
  }

  protected mitigationText(field: MitigationDiffField, value: string | null): string {
    return mitigationDiffValueText(field, value, this.lang());
  }

  protected mitigationCount(mitigations: ChangedRisk['mitigations']): number {
    return mitigations.added.length + mitigations.removed.length + mitigations.changed.length;
  }
}
