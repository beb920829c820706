import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldControl, FieldError } from '@tryggplan/web/ui';

/**
 * Asks why an entry is struck through, in a modal on the native <dialog> like ConfirmDialog: focus
 * moves to the reason, Escape cancels, and focus returns to the "Stryk" button that opened it.
 */
@Component({
  selector: 'tp-strike-dialog',
  imports: [TranslocoPipe, FieldControl, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      class="strike-dialog"
      aria-labelledby="strike-dialog-heading"
      aria-describedby="strike-dialog-entry"
      (close)="onClose()"
    >
      <form class="form" (submit)="$event.preventDefault(); confirm()">
        <h2 id="strike-dialog-heading" class="strike-dialog__heading">
          {{ 'incidents.strike.heading' | transloco }}
        </h2>
        <p id="strike-dialog-entry" class="strike-dialog__entry">{{ entryText() }}</p>
        <div class="field">
          <label for="strike-reason">{{ 'incidents.strike.reason' | transloco }}</label>
          <p class="hint" id="strike-reason-hint">{{ 'incidents.strike.hint' | transloco }}</p>
          <textarea
            #reasonInput
            id="strike-reason"
            rows="3"
            maxlength="1000"
            tpFieldHint="strike-reason-hint"
            [tpFieldControl]="error()"
            [value]="reason()"
            (input)="reason.set($any($event.target).value)"
          ></textarea>
          <tp-field-error controlId="strike-reason" [message]="error()" />
        </div>
        <div class="form-actions">
          <button type="submit" class="button button--danger" [disabled]="busy()">
            {{ 'incidents.strike.confirm' | transloco }}
          </button>
          <button type="button" class="button button--secondary" (click)="cancel()">
            {{ 'common.cancel' | transloco }}
          </button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    .strike-dialog {
      width: min(32rem, calc(100vw - 2rem));
      border: 2px solid var(--tp-border-strong);
      border-radius: 6px;
      padding: 1.5rem;
      color: var(--tp-text);
      background: var(--tp-surface);

      &::backdrop {
        background: rgb(0 0 0 / 55%);
      }
    }
    .strike-dialog__heading {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .strike-dialog__entry {
      margin: 0;
      padding-left: 0.75rem;
      border-left: 4px solid var(--tp-border);
      white-space: pre-line;
    }
  `,
})
export class StrikeDialog {
  /** What is being struck, quoted in the dialog. */
  readonly entryText = input('');
  readonly busy = input(false);
  /** The API's or the browser's message about the reason. */
  readonly error = input<string | null | undefined>(undefined);
  readonly confirmed = output<string>();

  protected readonly reason = signal('');

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly reasonInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('reasonInput');
  private returnFocusTo: HTMLElement | null = null;

  open(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) return;
    this.reason.set('');
    this.returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    this.reasonInput().nativeElement.focus();
  }

  close(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) dialog.close();
  }

  focusReason(): void {
    this.reasonInput().nativeElement.focus();
  }

  protected confirm(): void {
    if (!this.busy()) this.confirmed.emit(this.reason());
  }

  protected cancel(): void {
    this.close();
  }

  protected onClose(): void {
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    // the button that opened the dialog may be gone (the entry is struck now): then the timeline's heading
    if (target?.isConnected) target.focus();
    else document.getElementById('incident-timeline-heading')?.focus();
  }
}
