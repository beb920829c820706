import { Directive, ElementRef, inject, input } from '@angular/core';

/**
 * On an input, select or textarea: marks it invalid and links it to its error message
 * (`<id>-error`, rendered by `tp-field-error`) and optional hint ids through aria-describedby.
 */
@Directive({
  selector: '[tpFieldControl]',
  host: {
    '[attr.aria-invalid]': 'error() ? "true" : null',
    '[attr.aria-describedby]': 'describedBy()',
  },
})
export class FieldControl {
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The field's error message; empty when the field is fine. */
  readonly error = input<string | null | undefined>(undefined, { alias: 'tpFieldControl' });
  /** Space-separated ids of hints that always describe the field. */
  readonly hint = input<string | undefined>(undefined, { alias: 'tpFieldHint' });

  protected describedBy(): string | null {
    const ids = [this.hint(), this.error() ? `${this.element.nativeElement.id}-error` : undefined];
    const value = ids.filter(Boolean).join(' ');
    return value || null;
  }
}
