import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldError } from '@tryggplan/web/ui';

export interface PickItem {
  id: string;
  label: string;
  hint?: string;
}

/** Above this many choices the list gets a filter field. */
const FILTER_FROM = 8;

/**
 * Checkboxes for choosing some of many (people involved, linked risks): a filter field for long
 * lists, the chosen ones always shown, and the count chosen read out beside the legend.
 */
@Component({
  selector: 'tp-pick-list',
  imports: [TranslocoPipe, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="fieldset pick-list"
      tabindex="-1"
      [id]="idPrefix()"
      [attr.aria-invalid]="error() ? 'true' : null"
      [attr.aria-describedby]="error() ? idPrefix() + '-error' : null"
    >
      <legend>
        {{ legend() }}
        <span class="pick-list__count">{{
          'incidents.pick.chosen' | transloco: { count: selected().length }
        }}</span>
      </legend>
      @if (items().length === 0) {
        <p class="hint">{{ emptyText() }}</p>
      } @else {
        @if (items().length > filterFrom) {
          <div class="field">
            <label [for]="idPrefix() + '-filter'">{{ 'incidents.pick.filter' | transloco }}</label>
            <input
              type="text"
              autocomplete="off"
              [id]="idPrefix() + '-filter'"
              [value]="query()"
              (input)="query.set($any($event.target).value)"
            />
          </div>
        }
        <ul class="pick-list__items">
          @for (item of shown(); track item.id) {
            <li>
              <input
                type="checkbox"
                [id]="idPrefix() + '-' + item.id"
                [checked]="chosen().has(item.id)"
                (change)="toggle(item.id, $any($event.target).checked)"
              />
              <label [for]="idPrefix() + '-' + item.id"
                >{{ item.label }}
                @if (item.hint) {
                  <span class="hint">({{ item.hint }})</span>
                }
              </label>
            </li>
          } @empty {
            <li class="hint">{{ 'incidents.pick.noMatch' | transloco }}</li>
          }
        </ul>
      }
      <tp-field-error [controlId]="idPrefix()" [message]="error()" />
    </fieldset>
  `,
  styles: `
    .pick-list__count {
      margin-left: 0.5rem;
      color: var(--tp-text-muted);
      font-weight: 400;
    }
    .pick-list__items {
      display: grid;
      gap: 0.25rem;
      max-height: 18rem;
      margin: 0;
      padding: 0;
      overflow-y: auto;
      list-style: none;

      li {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: 2.5rem;
      }

      input {
        flex: none;
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
      }
    }
  `,
})
export class PickList {
  readonly idPrefix = input.required<string>();
  readonly legend = input.required<string>();
  readonly items = input.required<PickItem[]>();
  readonly selected = input.required<string[]>();
  readonly emptyText = input('');
  readonly error = input<string | null | undefined>(undefined);
  readonly selectedChange = output<string[]>();

  protected readonly filterFrom = FILTER_FROM;
  protected readonly query = signal('');
  protected readonly chosen = computed(() => new Set(this.selected()));
  protected readonly shown = computed(() => {
    const words = this.query().trim().toLocaleLowerCase('sv');
    if (!words) return this.items();
    return this.items().filter(
      (item) =>
        this.chosen().has(item.id) ||
        `${item.label} ${item.hint ?? ''}`.toLocaleLowerCase('sv').includes(words),
    );
  });

  protected toggle(id: string, checked: boolean): void {
    const rest = this.selected().filter((candidate) => candidate !== id);
    this.selectedChange.emit(checked ? [...rest, id] : rest);
  }
}
