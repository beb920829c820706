import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SITE_ROTATION_BOUNDS, SITE_SIZE_BOUNDS } from '@tryggplan/shared/domain';
import { FormErrors } from '@tryggplan/web/core';
import { FieldControl, FieldError } from '@tryggplan/web/ui';
import { SiteSizeForm } from './site-size-form';

/** Width, depth and rotation of a venue, stage or tent, so the map and the print draw it to scale. */
@Component({
  selector: 'tp-site-size-fields',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError],
  template: `
    <fieldset class="site-size" [attr.aria-describedby]="idPrefix() + '-size-hint'">
      <legend>{{ 'sites.size.legend' | transloco }}</legend>
      <p class="hint" [id]="idPrefix() + '-size-hint'">{{ 'sites.size.hint' | transloco }}</p>
      <tp-field-error [controlId]="idPrefix() + '-size'" [message]="errors()?.fields?.['size']" />
      <div class="site-size__fields">
        <div class="field">
          <label [for]="idPrefix() + '-width'">{{ 'sites.size.width' | transloco }}</label>
          <input
            [id]="idPrefix() + '-width'"
            type="number"
            inputmode="decimal"
            [min]="size.min"
            [max]="size.max"
            step="0.1"
            [formControl]="group().controls.width"
            [tpFieldControl]="errors()?.fields?.['size.width']"
          />
          <tp-field-error [controlId]="idPrefix() + '-width'" [message]="errors()?.fields?.['size.width']" />
        </div>
        <div class="field">
          <label [for]="idPrefix() + '-depth'">{{ 'sites.size.depth' | transloco }}</label>
          <input
            [id]="idPrefix() + '-depth'"
            type="number"
            inputmode="decimal"
            [min]="size.min"
            [max]="size.max"
            step="0.1"
            [formControl]="group().controls.depth"
            [tpFieldControl]="errors()?.fields?.['size.depth']"
          />
          <tp-field-error [controlId]="idPrefix() + '-depth'" [message]="errors()?.fields?.['size.depth']" />
        </div>
        <div class="field">
          <label [for]="idPrefix() + '-rotation'">{{ 'sites.size.rotation' | transloco }}</label>
          <input
            [id]="idPrefix() + '-rotation'"
            type="number"
            inputmode="numeric"
            [min]="rotation.min"
            [max]="rotation.max"
            step="1"
            [formControl]="group().controls.rotation"
            [tpFieldControl]="errors()?.fields?.['rotation']"
          />
          <tp-field-error [controlId]="idPrefix() + '-rotation'" [message]="errors()?.fields?.['rotation']" />
        </div>
      </div>
    </fieldset>
  `,
  styles: `
    .site-size {
      border: 1px solid #6b7280;
      border-radius: 4px;
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem;
    }
    .site-size__fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    .site-size__fields .field {
      flex: 1 1 6rem;
      min-width: 6rem;
    }
    .site-size__fields input {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteSizeFields {
  readonly group = input.required<SiteSizeForm>();
  readonly errors = input<FormErrors | null>(null);
  /** Prefix of the inputs' ids, unique on the page (the new-site form and the popup can both be open). */
  readonly idPrefix = input.required<string>();

  protected readonly size = SITE_SIZE_BOUNDS;
  protected readonly rotation = SITE_ROTATION_BOUNDS;
}
