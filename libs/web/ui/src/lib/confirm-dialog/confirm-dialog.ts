import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';

let nextId = 0;

/**
 * A modal confirmation on the native <dialog>: focus moves into it, Escape cancels, and focus
 * returns to the button that opened it. With `requiredText` the user must type that text
 * (e.g. the event's name) before the confirm button works.
 */
@Component({
  selector: 'tp-confirm-dialog',
  templateUrl: './confirm-dialog.html',
  styleUrl: './confirm-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  readonly heading = input.required<string>();
  readonly message = input<string>('');
  readonly confirmLabel = input.required<string>();
  readonly cancelLabel = input.required<string>();
  readonly requiredText = input<string | null>(null);
  readonly requiredTextLabel = input<string>('');
  readonly busy = input(false);
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly id = `tp-confirm-${++nextId}`;
  protected readonly typed = signal('');
  protected readonly canConfirm = computed(() => {
    const required = this.requiredText();
    return !this.busy() && (required === null || this.typed().trim() === required.trim());
  });

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly textInput = viewChild<ElementRef<HTMLInputElement>>('textInput');
  private readonly cancelButton = viewChild.required<ElementRef<HTMLButtonElement>>('cancelButton');
  private returnFocusTo: HTMLElement | null = null;
  private closingQuietly = false;

  open(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) return;
    this.typed.set('');
    this.returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    (this.textInput()?.nativeElement ?? this.cancelButton().nativeElement).focus();
  }

  /** Closes after the confirmed action is done; does not emit `cancelled`. */
  close(): void {
    const dialog = this.dialog().nativeElement;
    if (!dialog.open) return;
    this.closingQuietly = true;
    dialog.close();
  }

  protected confirm(): void {
    if (this.canConfirm()) this.confirmed.emit();
  }

  protected cancel(): void {
    this.dialog().nativeElement.close();
  }

  /** Fires for Escape, the cancel button and close(); the opener gets focus back. */
  protected onClose(): void {
    if (!this.closingQuietly) this.cancelled.emit();
    this.closingQuietly = false;
    this.returnFocusTo?.focus();
    this.returnFocusTo = null;
  }

  protected onTyped(event: Event): void {
    this.typed.set((event.target as HTMLInputElement).value);
  }
}
