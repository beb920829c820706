import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  forwardRef,
  inject,
  input,
  model,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  ControlValueAccessor,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  ValidationErrors,
  Validator,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { UiLanguage } from '@tryggplan/web/core';
import { DateTimeKind, formatDateTimeValue, isDateTimeValue, parseDateTimeText } from './date-time-text';

interface FieldProblem {
  key: string;
  params?: Record<string, string>;
}

/** What the user typed and the value it gave, kept while the text differs from the value's own formatting. */
interface Typed {
  text: string;
  value: string;
}

/**
 * A date, date-and-time or time field shown and typed in the app's language on a 24-hour clock
 * (Swedish "2027-06-29 14:30", English "29 Jun 2027 14:30") whatever the browser's locale, which a
 * native date input would follow. The value keeps the forms' format ("2027-06-29T14:30", wall clock
 * in the event's zone). Works with `formControlName` or `[(value)]`; the page keeps its
 * `<label for="inputId">` and `<tp-field-error controlId="inputId">`, this field adds the format hint
 * and its own message for text it cannot read or a value outside min/max, and marks the control invalid.
 */
@Component({
  selector: 'tp-date-time-field',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateTimeField), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DateTimeField), multi: true },
  ],
  styles: ':host { display: block; }',
  template: `
    <p class="hint" [id]="inputId() + '-format'">{{ 'dateField.hint.' + kind() | transloco }}</p>
    <input
      type="text"
      inputmode="numeric"
      autocomplete="off"
      spellcheck="false"
      [id]="inputId()"
      [value]="text()"
      [disabled]="disabled()"
      [attr.aria-invalid]="problem() || error() ? 'true' : null"
      [attr.aria-describedby]="describedBy()"
      (input)="typeText($any($event.target).value)"
      (blur)="leave()"
    />
    @if (problem(); as problem) {
      <p class="field-error" [id]="inputId() + '-format-error'">
        <span class="field-error__icon" aria-hidden="true">!</span
        >{{ problem.key | transloco: problem.params ?? {} }}
      </p>
    }
  `,
})
export class DateTimeField implements ControlValueAccessor, Validator {
  protected readonly lang = inject(UiLanguage).current;

  /** The id of the text input, which the page's `<label for>` and `<tp-field-error controlId>` use. */
  readonly inputId = input.required<string>();
  readonly kind = input<DateTimeKind>('datetime');
  /** The value, in the forms' format; bind `[(value)]` when the field is not a form control. */
  readonly value = model('');
  /** The page's message for the field (the API's or the schema's); empty when the field is fine. */
  readonly error = input<string | null | undefined>(undefined);
  /** Space-separated ids of the page's hints that describe the field too. */
  readonly hint = input<string | undefined>(undefined);
  /** The earliest and latest values allowed, in the value's format. */
  readonly min = input<string | undefined>(undefined);
  readonly max = input<string | undefined>(undefined);

  protected readonly disabled = signal(false);
  private readonly typed = signal<Typed | null>(null);
  private readonly touched = signal(false);

  protected readonly text = computed(() => {
    const typed = this.typed();
    const value = this.value() ?? '';
    return typed && typed.value === value ? typed.text : formatDateTimeValue(value, this.kind(), this.lang());
  });

  /** The field's own message, shown once the user has left the field. */
  protected readonly problem = computed<FieldProblem | null>(() =>
    this.touched() ? this.problemOf(this.value() ?? '') : null,
  );

  protected readonly describedBy = computed(() => {
    const id = this.inputId();
    return [
      `${id}-format`,
      this.hint(),
      this.problem() ? `${id}-format-error` : undefined,
      this.error() ? `${id}-error` : undefined,
    ]
      .filter(Boolean)
      .join(' ');
  });

  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;

  constructor() {
    effect(() => {
      this.min();
      this.max();
      this.kind();
      untracked(() => this.onValidatorChange());
    });
  }

  writeValue(value: string | null | undefined): void {
    this.typed.set(null);
    this.value.set(value ?? '');
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  registerOnValidatorChange(fn: () => void): void {
    this.onValidatorChange = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  validate(control: AbstractControl): ValidationErrors | null {
    const problem = this.problemOf(typeof control.value === 'string' ? control.value : '');
    return problem ? { dateTime: problem } : null;
  }

  /**
   * Text the field can read becomes its value at once; other text is passed on as typed, so the
   * page's own check words it too and nothing unreadable is saved silently as something else.
   */
  protected typeText(text: string): void {
    const trimmed = text.trim();
    const value = trimmed === '' ? '' : (parseDateTimeText(trimmed, this.kind()) ?? trimmed);
    this.typed.set({ text, value });
    this.value.set(value);
    this.onChange(value);
  }

  /** On leaving, readable text is shown in the field's own format; the message may now show. */
  protected leave(): void {
    if (isDateTimeValue(this.value() ?? '', this.kind())) this.typed.set(null);
    this.touched.set(true);
    this.onTouched();
  }

  private problemOf(value: string): FieldProblem | null {
    if (value === '') return null;
    const kind = this.kind();
    if (!isDateTimeValue(value, kind)) return { key: `dateField.invalid.${kind}` };
    const min = this.min();
    const max = this.max();
    const lang = this.lang();
    if (min && value < min)
      return { key: 'dateField.beforeMin', params: { min: formatDateTimeValue(min, kind, lang) } };
    if (max && value > max)
      return { key: 'dateField.afterMax', params: { max: formatDateTimeValue(max, kind, lang) } };
    return null;
  }
}
