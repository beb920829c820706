import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CommentDto, Language } from '@tryggplan/shared/domain';
import { DateTimePipe } from '@tryggplan/web/ui';

/**
 * One comment on a risk with its replies; actions (reply, visibility) come in as content. The heading
 * names the risk by its number in the register when given (two risks may share a title), at `level`.
 */
@Component({
  selector: 'tp-comment-thread',
  imports: [TranslocoPipe, DateTimePipe],
  template: `
    @let thread = comment();
    <article class="card comment-thread" [attr.aria-labelledby]="'thread-' + thread.id">
      @let heading = headingText(thread);
      @if (level() === 4) {
        <h4 [id]="'thread-' + thread.id" class="comment-thread__heading">
          {{ heading | transloco: { risk: thread.riskTitle, number: riskNumber() } }}
        </h4>
      } @else {
        <h3 [id]="'thread-' + thread.id">
          {{ heading | transloco: { risk: thread.riskTitle, number: riskNumber() } }}
        </h3>
      }
      <p>
        <strong>{{ thread.authorName }}, {{ thread.organizationName }}</strong>
        <span class="status-text"> · {{ thread.createdAt | tpDateTime: lang() }}</span>
        @if (thread.visibleToPartners) {
          <span class="badge">{{ 'partners.comments.visible' | transloco }}</span>
        }
      </p>
      <p class="pre-line">{{ thread.body }}</p>
      @if (thread.replies.length) {
        <ul class="comment-thread__replies" [attr.aria-label]="'partners.comments.replies' | transloco">
          @for (reply of thread.replies; track reply.id) {
            <li>
              <strong>{{ reply.authorName }}</strong>
              <span class="status-text"> · {{ reply.createdAt | tpDateTime: lang() }}</span>
              <p class="pre-line">{{ reply.body }}</p>
            </li>
          }
        </ul>
      }
      <ng-content />
    </article>
  `,
  styles: `
    .comment-thread {
      margin-bottom: 1rem;
    }
    .comment-thread__heading {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    .comment-thread__replies {
      margin: 0.5rem 0 0;
      padding-left: 1rem;
      border-left: 3px solid var(--tp-border);
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentThread {
  readonly comment = input.required<CommentDto>();
  readonly lang = input.required<Language>();
  readonly riskNumber = input<number | null>(null);
  readonly level = input<3 | 4>(3);

  protected headingText(thread: CommentDto): string {
    return this.riskNumber() === null || !thread.riskTitle
      ? 'partners.comments.on'
      : 'partners.comments.onNumbered';
  }
}
