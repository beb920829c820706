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
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CommentDto,
  commentCreateSchema,
  REVIEW_DECISION_LABELS,
  REVIEW_DECISIONS,
  ReviewDecision,
  reviewCreateSchema,
  SharedRevisionDto,
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
import { sharedRiskPlanPdfUrl, SharedPlansApi } from '../partners-api';
import { RevisionChanges } from '../revision-changes/revision-changes';
import { RevisionView } from '../revision-view/revision-view';
import { ShareTabs } from '../share-tabs/share-tabs';

const COMMENT_FIELDS = ['body'] as const;
const REVIEW_FIELDS = ['decision', 'comment'] as const;

/**
 * One shared revision for the partner: read-only plan, what changed, the comments at each risk (with
 * the risk's own comment form) and the review decision.
 */
@Component({
  selector: 'tp-shared-revision-page',
  imports: [
    StatusMessage,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    FieldControl,
    FieldError,
    FormAlert,
    RevisionView,
    RevisionChanges,
    CommentThread,
    ShareTabs,
  ],
  templateUrl: './shared-revision-page.html',
  styleUrl: '../choice.scss',
  styles: `
    .risk-comments {
      margin-top: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SharedRevisionPage {
  private readonly api = inject(SharedPlansApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly shareId = input.required<string>();
  readonly revision = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly decisions = REVIEW_DECISIONS;
  protected readonly decisionLabels = REVIEW_DECISION_LABELS;
  protected readonly data = signal<SharedRevisionDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly pdfUrl = computed(() => {
    const data = this.data();
    return data ? sharedRiskPlanPdfUrl(data.shareId, data.revision, this.lang()) : '';
  });

  /** The partner's threads by risk id, shown at their risks. */
  protected readonly threadsByRisk = computed(() => {
    const threads = new Map<string, CommentDto[]>();
    for (const thread of this.data()?.comments ?? [])
      threads.set(thread.riskId, [...(threads.get(thread.riskId) ?? []), thread]);
    return threads;
  });
  /** The risk whose comment form is open; one at a time. */
  protected readonly commentingOn = signal<string | null>(null);
  protected readonly commentForm = new FormGroup({ body: new FormControl('', { nonNullable: true }) });
  protected readonly commentErrors = signal<FormErrors | null>(null);
  protected readonly reviewForm = new FormGroup({
    decision: new FormControl<ReviewDecision | ''>('', { nonNullable: true }),
    comment: new FormControl('', { nonNullable: true }),
  });
  protected readonly reviewErrors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const shareId = this.shareId();
      const revision = this.revision();
      untracked(() => void this.load(shareId, revision));
    });
  }

  protected async load(shareId = this.shareId(), revision = this.revision()): Promise<void> {
    this.loadError.set(null);
    try {
      this.data.set(await this.api.revision(shareId, Number(revision)));
    } catch (error) {
      this.loadError.set(toFormErrors(error, errorOptions(this.transloco)).message);
    }
  }

  protected openComment(riskId: string): void {
    this.commentingOn.set(riskId);
    this.commentForm.reset({ body: '' });
    this.commentErrors.set(null);
    this.focusAfterRender(`#comment-body-${riskId}`);
  }

  /** Closes the risk's form and gives focus back to its "Comment" button. */
  protected closeComment(riskId: string): void {
    this.commentingOn.set(null);
    this.commentErrors.set(null);
    this.focusAfterRender(`#comment-open-${riskId}`);
  }

  protected async comment(riskId: string): Promise<void> {
    const data = this.data();
    if (!data || this.busy()) return;
    const body = { riskId, body: this.commentForm.getRawValue().body };
    const options = errorOptions(this.transloco, COMMENT_FIELDS);
    const form = `#comment-form-${riskId}`;
    const invalid = validateForApi(commentCreateSchema, body, this.lang(), options);
    if (invalid) return this.show(this.commentErrors, invalid, form);
    this.busy.set(true);
    try {
      const thread = await this.api.comment(data.shareId, data.revision, body);
      this.data.set({ ...data, comments: [...data.comments, thread] });
      this.closeComment(riskId);
      this.announcement.set(this.transloco.translate('partners.comments.saved'));
    } catch (error) {
      this.show(this.commentErrors, toFormErrors(error, options), form);
    } finally {
      this.busy.set(false);
    }
  }

  protected async review(): Promise<void> {
    const data = this.data();
    if (!data || this.busy()) return;
    const body = this.reviewForm.getRawValue();
    const options = errorOptions(this.transloco, REVIEW_FIELDS);
    const invalid = validateForApi(reviewCreateSchema, body, this.lang(), options);
    if (invalid) return this.show(this.reviewErrors, invalid, '#review-form');
    this.busy.set(true);
    try {
      const review = await this.api.review(data.shareId, data.revision, reviewCreateSchema.parse(body));
      this.data.set({ ...data, review });
      this.reviewForm.reset({ decision: '', comment: '' });
      this.reviewErrors.set(null);
      this.announcement.set(this.transloco.translate('partners.review.saved'));
    } catch (error) {
      this.show(this.reviewErrors, toFormErrors(error, options), '#review-form');
    } finally {
      this.busy.set(false);
    }
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  private show(target: typeof this.commentErrors, errors: FormErrors, form: string): void {
    target.set(errors);
    focusFirstError(this.host.nativeElement.querySelector(form) ?? this.host.nativeElement, this.injector);
  }
}
