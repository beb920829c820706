import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The two views of a share whose scope includes incidents: the published risk plan and the event's
 * incidents, as tabs (links, so each view has its own address and the back button works).
 */
@Component({
  selector: 'tp-share-tabs',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="share-tabs" [attr.aria-label]="'partners.tabs.label' | transloco">
      <ul>
        <li>
          @if (current() === 'plan') {
            <a [routerLink]="['/shared', shareId(), 'revisions', revision()]" aria-current="page">{{
              'partners.tabs.plan' | transloco
            }}</a>
          } @else if (revision(); as revision) {
            <a [routerLink]="['/shared', shareId(), 'revisions', revision]"
              >{{ 'partners.tabs.plan' | transloco }}
              <span class="share-tabs__revision">{{
                'partners.tabs.revision' | transloco: { revision }
              }}</span></a
            >
          } @else {
            <span class="share-tabs__none">{{ 'partners.tabs.noPlan' | transloco }}</span>
          }
        </li>
        <li>
          <a
            [routerLink]="['/shared', shareId(), 'incidents']"
            [attr.aria-current]="current() === 'incidents' ? 'page' : null"
            >{{ 'partners.tabs.incidents' | transloco }}</a
          >
        </li>
      </ul>
    </nav>
  `,
  styles: `
    .share-tabs ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0 0 1.5rem;
      padding: 0;
      list-style: none;
      border-bottom: 2px solid var(--tp-border-strong);
    }
    .share-tabs a,
    .share-tabs__none {
      display: block;
      margin-bottom: -2px;
      padding: 0.5rem 1rem;
      border: 2px solid transparent;
      border-radius: 4px 4px 0 0;
      font-weight: 600;
    }
    .share-tabs a[aria-current='page'] {
      border-color: var(--tp-border-strong);
      border-bottom-color: var(--tp-background);
      color: var(--tp-text);
      background: var(--tp-background);
      text-decoration: none;
    }
    .share-tabs__none {
      color: var(--tp-text-muted);
      font-weight: 400;
    }
    /* on a phone the two tabs keep to one row; the revision is still read out */
    @media (max-width: 30rem) {
      .share-tabs a,
      .share-tabs__none {
        padding: 0.5rem 0.75rem;
      }
      .share-tabs__revision {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
  `,
})
export class ShareTabs {
  readonly shareId = input.required<string>();
  /** The revision the plan tab opens (the one shown, or the latest); null when none is published. */
  readonly revision = input<number | null>(null);
  readonly current = input.required<'plan' | 'incidents'>();
}
