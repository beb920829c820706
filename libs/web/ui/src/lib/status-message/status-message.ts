import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

const SHOWN_FOR_MS = 10_000;

/**
 * A polite status line ("Risken är skapad.") that screen readers hear and everyone sees: a notice at the
 * bottom of the window until it is closed, replaced or ten seconds have passed. The live region stays in
 * the page when the notice is hidden, so the next message is announced too.
 */
@Component({
  selector: 'tp-status-message',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="status-message" [class.status-message--shown]="shown()">
      <p class="status-message__text" role="status" aria-live="polite">{{ message() }}</p>
      @if (shown()) {
        <button
          type="button"
          class="status-message__close"
          [attr.aria-label]="'common.closeMessage' | transloco"
          (click)="hide()"
        >
          <span aria-hidden="true">×</span>
        </button>
      }
    </div>
  `,
  styles: `
    .status-message:not(.status-message--shown) {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .status-message--shown {
      position: fixed;
      z-index: 2000;
      bottom: 1rem;
      left: 50%;
      display: flex;
      gap: 0.75rem;
      align-items: center;
      width: max-content;
      max-width: min(36rem, calc(100vw - 2rem));
      padding: 0.625rem 0.75rem 0.625rem 1rem;
      transform: translateX(-50%);
      border-radius: 0.375rem;
      background: var(--tp-success);
      color: #fff;
      box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 25%);
    }
    .status-message__text {
      margin: 0;
    }
    .status-message__close {
      min-width: 2.75rem;
      min-height: 2.75rem;
      border: 1px solid #fff;
      border-radius: 0.25rem;
      background: transparent;
      color: #fff;
      font-size: 1.25rem;
      cursor: pointer;
    }
  `,
})
export class StatusMessage {
  readonly message = input<string | null | undefined>('');
  private readonly hiddenFor = signal<string | null | undefined>(null);
  protected readonly shown = computed(() => Boolean(this.message()) && this.hiddenFor() !== this.message());

  constructor() {
    effect((onCleanup) => {
      const message = this.message();
      if (!message) return;
      this.hiddenFor.set(null);
      const timer = setTimeout(() => this.hiddenFor.set(message), SHOWN_FOR_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected hide(): void {
    this.hiddenFor.set(this.message());
  }
}
