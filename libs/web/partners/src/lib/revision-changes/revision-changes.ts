import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { RevisionChangesDto } from '@tryggplan/shared/domain';

/** Risks added, removed and changed since the revision the partner last reviewed. */
@Component({
  selector: 'tp-revision-changes',
  imports: [TranslocoPipe],
  template: `
    @let diff = changes();
    <section class="section card" aria-labelledby="changes-heading">
      <h2 id="changes-heading">
        {{ 'partners.changes.heading' | transloco: { revision: diff.sinceRevision } }}
      </h2>
      @if (!diff.added.length && !diff.removed.length && !diff.changed.length) {
        <p>{{ 'partners.changes.none' | transloco }}</p>
      }
      @if (diff.added.length) {
        <h3>{{ 'partners.changes.added' | transloco }}</h3>
        <ul class="link-list">
          @for (risk of diff.added; track risk.id) {
            <li>{{ risk.title }}</li>
          }
        </ul>
      }
      @if (diff.changed.length) {
        <h3>{{ 'partners.changes.changed' | transloco }}</h3>
        <ul class="link-list">
          @for (risk of diff.changed; track risk.id) {
            <li>
              {{ risk.title }}:
              @for (field of risk.fields; track field; let last = $last) {
                {{ 'partners.fields.' + field | transloco }}{{ last ? '' : ', ' }}
              }
            </li>
          }
        </ul>
      }
      @if (diff.removed.length) {
        <h3>{{ 'partners.changes.removed' | transloco }}</h3>
        <ul class="link-list">
          @for (risk of diff.removed; track risk.id) {
            <li>{{ risk.title }}</li>
          }
        </ul>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevisionChanges {
  readonly changes = input.required<RevisionChangesDto>();
}
