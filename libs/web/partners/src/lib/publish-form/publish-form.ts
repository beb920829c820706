import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { revisionPublishSchema, RevisionSummaryDto } from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { errorOptions } from '../form-errors';
import { RiskPlanReviewApi } from '../partners-api';

const FIELDS = ['note', 'includePublicSchedule'] as const;

/** Publishes the current risk plan as the next numbered, immutable revision. */
@Component({
  selector: 'tp-publish-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert],
  styleUrl: '../choice.scss',
  template: `
    <form id="publish-form" class="form" [formGroup]="form" (ngSubmit)="publish()" novalidate>
      <tp-form-alert [message]="errors()?.message" [items]="errors()?.other ?? []" />
      <div class="field">
        <label for="publish-note">{{ 'partners.publish.note' | transloco }}</label>
        <p class="hint" id="publish-note-hint">{{ 'partners.publish.noteHint' | transloco }}</p>
        <textarea
          id="publish-note"
          rows="3"
          formControlName="note"
          [tpFieldControl]="errors()?.fields?.['note']"
          tpFieldHint="publish-note-hint"
        ></textarea>
        <tp-field-error controlId="publish-note" [message]="errors()?.fields?.['note']" />
      </div>
      <label class="choice">
        <input type="checkbox" formControlName="includePublicSchedule" />
        {{ 'partners.publish.includePublicSchedule' | transloco }}
      </label>
      <div class="form-actions">
        <button type="submit" class="button" [disabled]="busy()">
          {{ 'partners.publish.submit' | transloco }}
        </button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishForm {
  private readonly api = inject(RiskPlanReviewApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly lang = inject(UiLanguage).current;

  readonly eventId = input.required<string>();
  readonly published = output<RevisionSummaryDto>();

  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true }),
    includePublicSchedule: new FormControl(false, { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  protected async publish(): Promise<void> {
    if (this.busy()) return;
    const body = this.form.getRawValue();
    const options = errorOptions(this.transloco, FIELDS);
    const invalid = validateForApi(revisionPublishSchema, body, this.lang(), options);
    if (invalid) return this.show(invalid);
    this.busy.set(true);
    try {
      const revision = await this.api.publish(this.eventId(), body);
      this.form.reset({ note: '', includePublicSchedule: false });
      this.errors.set(null);
      this.published.emit(revision);
    } catch (error) {
      this.show(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  private show(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
