import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CommentDto, Language } from '@tryggplan/shared/domain';
import { DateTimePipe } from '@tryggplan/web/ui';

/** One comment on a risk with its replies; actions (reply, visibility) come in as content. */
@Component({
  selector: 'tp-comment-thread',
  imports: [TranslocoPipe, DateTimePipe],
  template: `
    @let thread = comment();
    <article class="card comment-thread" [attr.aria-labelledby]="'thread-' + thread.id">
      <h3 [id]="'thread-' + thread.id">
        {{ 'partners.comments.on' | transloco: { risk: thread.riskTitle } }}
      </h3>
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
}
