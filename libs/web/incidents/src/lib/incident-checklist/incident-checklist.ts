import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChecklistStepDto, Language } from '@tryggplan/shared/domain';
import { DateTimePipe } from '@tryggplan/web/ui';

export interface StepTick {
  step: ChecklistStepDto;
  done: boolean;
  /** The checkbox, set back if the tick does not go through. */
  box: HTMLInputElement;
}

/** The action plan's steps for this incident, ticked one by one; each tick is written to the timeline. */
@Component({
  selector: 'tp-incident-checklist',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (steps().length === 0) {
      <p>{{ 'incidents.checklist.empty' | transloco }}</p>
    } @else {
      <p class="checklist__progress">
        {{ 'incidents.checklist.progress' | transloco: { done: doneCount(), total: steps().length } }}
      </p>
      <ol class="checklist">
        @for (step of steps(); track step.id) {
          <li class="checklist__step" [class.checklist__step--done]="step.done">
            <input
              type="checkbox"
              [id]="'incident-step-' + step.id"
              [checked]="step.done"
              [disabled]="busy() !== null"
              [attr.aria-describedby]="step.done ? 'incident-step-' + step.id + '-done' : null"
              (change)="onChange(step, $event)"
            />
            <div>
              <label [for]="'incident-step-' + step.id"
                >{{ step.text[lang()] }}
                @if (step.forPerson) {
                  <span class="badge badge--muted">{{ 'incidents.checklist.forPerson' | transloco }}</span>
                }
              </label>
              @if (step.done) {
                <p class="hint checklist__done" [id]="'incident-step-' + step.id + '-done'">
                  {{
                    'incidents.checklist.doneBy'
                      | transloco
                        : { when: step.doneAt | tpDateTime: lang() : timeZone(), who: step.doneBy || '–' }
                  }}
                </p>
              }
            </div>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .checklist {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .checklist__step {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 0.625rem 0.75rem;
      border: 1px solid var(--tp-border);
      border-radius: 6px;
      background: var(--tp-surface);

      input {
        flex: none;
        width: 1.5rem;
        height: 1.5rem;
        margin: 0.125rem 0 0;
      }

      label {
        font-weight: 600;
      }
    }
    .checklist__step--done {
      border-color: var(--tp-success);
      background: #f1f8f3;
    }
    .checklist__done {
      margin: 0.125rem 0 0;
    }
    .checklist__progress {
      font-weight: 600;
    }
  `,
})
export class IncidentChecklist {
  readonly steps = input.required<ChecklistStepDto[]>();
  readonly lang = input.required<Language>();
  readonly timeZone = input.required<string>();
  /** The id of the step being saved; every box waits meanwhile. */
  readonly busy = input<string | null>(null);
  readonly ticked = output<StepTick>();

  protected readonly doneCount = computed(() => this.steps().filter((step) => step.done).length);

  protected onChange(step: ChecklistStepDto, event: Event): void {
    const box = event.target as HTMLInputElement;
    this.ticked.emit({ step, done: box.checked, box });
  }
}
