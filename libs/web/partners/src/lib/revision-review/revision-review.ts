import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CommentDto,
  commentReplySchema,
  CoordinatorRevisionDto,
  REVIEW_DECISION_LABELS,
} from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import {
  DateTimePipe,
  FieldControl,
  FieldError,
  FormAlert,
  validateForApi,
  StatusMessage,
} from '@tryggplan/web/ui';
import { CommentThread } from '../comment-thread/comment-thread';
import { errorOptions } from '../form-errors';
import { RiskPlanReviewApi } from '../partners-api';
import { RevisionChanges } from '../revision-changes/revision-changes';

/**
 * One revision seen by the coordinator: what changed since the previous one, reviews, who has not
 * reviewed, every comment thread (naming its risk by number).
 */
@Component({
  selector: 'tp-revision-review',
  imports: [
    StatusMessage,
    ReactiveFormsModule,
    TranslocoPipe,
    DateTimePipe,
    FieldControl,
    FieldError,
    FormAlert,
    CommentThread,
    RevisionChanges,
  ],
  templateUrl: './revision-review.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevisionReview {
  private readonly api = inject(RiskPlanReviewApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly revision = input.required<number>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly decisionLabels = REVIEW_DECISION_LABELS;
  protected readonly data = signal<CoordinatorRevisionDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly replyingTo = signal<string | null>(null);
  protected readonly replyForm = new FormGroup({ body: new FormControl('', { nonNullable: true }) });
  protected readonly replyErrors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);
  /** Each risk's 1-based place in the revision's register, by id. */
  protected readonly riskNumbers = computed(
    () => new Map((this.data()?.risks ?? []).map((risk, index) => [risk.id, index + 1])),
  );

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      const revision = this.revision();
      untracked(() => void this.load(eventId, revision));
    });
  }

  protected async load(eventId = this.eventId(), revision = this.revision()): Promise<void> {
    this.loadError.set(null);
    try {
      this.data.set(await this.api.revision(eventId, revision));
    } catch (error) {
      this.loadError.set(toFormErrors(error, errorOptions(this.transloco)).message);
    }
  }

  protected openReply(thread: CommentDto): void {
    this.replyingTo.set(thread.id);
    this.replyForm.reset({ body: '' });
    this.replyErrors.set(null);
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`#reply-${thread.id}`)?.focus(),
      {
        injector: this.injector,
      },
    );
  }

  protected async sendReply(thread: CommentDto): Promise<void> {
    if (this.busy()) return;
    const body = this.replyForm.getRawValue();
    const options = errorOptions(this.transloco, ['body']);
    const invalid = validateForApi(commentReplySchema, body, this.lang(), options);
    if (invalid) return this.showReplyErrors(invalid);
    this.busy.set(true);
    try {
      this.replace(await this.api.reply(this.eventId(), this.revision(), thread.id, body.body));
      this.replyingTo.set(null);
      this.announcement.set(this.transloco.translate('partners.threads.replied'));
    } catch (error) {
      this.showReplyErrors(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  protected async toggleVisible(thread: CommentDto): Promise<void> {
    this.actionError.set(null);
    try {
      const updated = await this.api.setVisibility(
        this.eventId(),
        this.revision(),
        thread.id,
        !thread.visibleToPartners,
      );
      this.replace(updated);
      this.announcement.set(
        this.transloco.translate(
          updated.visibleToPartners ? 'partners.threads.shown' : 'partners.threads.hidden',
        ),
      );
    } catch (error) {
      this.actionError.set(toFormErrors(error, errorOptions(this.transloco)).message);
    }
  }

  private replace(thread: CommentDto): void {
    this.data.update((data) =>
      data
        ? {
            ...data,
            comments: data.comments.map((candidate) => (candidate.id === thread.id ? thread : candidate)),
          }
        : data,
    );
  }

  private showReplyErrors(errors: FormErrors): void {
    this.replyErrors.set(errors);
    focusFirstError(
      this.host.nativeElement.querySelector('.reply-form') ?? this.host.nativeElement,
      this.injector,
    );
  }
}
