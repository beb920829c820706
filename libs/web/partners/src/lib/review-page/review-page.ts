import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EventDto, OrganizationDto, RevisionSummaryDto, ShareDto } from '@tryggplan/shared/domain';
import { PartnerFeedbackApi, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { DateTimePipe, FormAlert, StatusMessage } from '@tryggplan/web/ui';
import { errorOptions } from '../form-errors';
import { OrganizationManager } from '../organization-manager/organization-manager';
import { RiskPlanReviewApi } from '../partners-api';
import { PublishForm } from '../publish-form/publish-form';
import { RevisionReview } from '../revision-review/revision-review';
import { ShareManager } from '../share-manager/share-manager';

/** The coordinator's review page of an event: publish revisions, share them, follow the reviews. */
@Component({
  selector: 'tp-review-page',
  imports: [
    StatusMessage,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    FormAlert,
    PublishForm,
    ShareManager,
    OrganizationManager,
    RevisionReview,
  ],
  templateUrl: './review-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  private readonly api = inject(RiskPlanReviewApi);
  private readonly transloco = inject(TranslocoService);
  private readonly feedback = inject(PartnerFeedbackApi);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly revisions = signal<RevisionSummaryDto[]>([]);
  protected readonly shares = signal<ShareDto[]>([]);
  protected readonly organizations = signal<OrganizationDto[]>([]);
  protected readonly selected = signal<number | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly announcement = signal('');

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
  }

  protected async load(eventId = this.eventId()): Promise<void> {
    this.loadError.set(null);
    try {
      const [event, revisions, shares, organizations] = await Promise.all([
        this.api.event(eventId),
        this.api.revisions(eventId),
        this.api.shares(eventId),
        this.api.organizations(),
      ]);
      this.event.set(event);
      this.revisions.set(revisions.items);
      this.shares.set(shares.items);
      this.organizations.set(organizations.items);
      this.selected.set(revisions.items[0]?.revision ?? null);
      // the partners' comments and decisions are in front of the coordinator now: no longer new
      // (should marking fail, the badges stay until the next visit: nothing is lost)
      await this.feedback.markSeen(eventId).catch(() => undefined);
    } catch (error) {
      this.loadError.set(toFormErrors(error, errorOptions(this.transloco)).message);
    }
  }

  protected onPublished(revision: RevisionSummaryDto): void {
    this.revisions.update((list) => [revision, ...list]);
    this.selected.set(revision.revision);
    this.announcement.set(this.transloco.translate('partners.publish.done', { revision: revision.revision }));
  }
}
