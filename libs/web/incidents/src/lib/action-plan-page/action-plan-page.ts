import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  ViewEncapsulation,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ActionPlanDto,
  actionPlanUpdateSchema,
  EventDto,
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  IncidentCategory,
} from '@tryggplan/shared/domain';
import {
  errorMessage,
  focusFirstError,
  formErrorOptions,
  FormErrors,
  toFormErrors,
  UiLanguage,
} from '@tryggplan/web/core';
import { FormAlert, validateForApi, StatusMessage } from '@tryggplan/web/ui';
import {
  addStep,
  changeStep,
  draftOfPlan,
  moveStep,
  PlanDraft,
  planUpdate,
  removeStep,
  StepDraft,
  stepFieldOf,
} from '../action-plan-model';
import { IncidentsApi } from '../incidents-api';

/**
 * `/events/:eventId/action-plan` (handlingsplan): per incident category the ordered steps of the
 * checklist, in Swedish and English, marked when the participants' folders should tell the person.
 * Saved whole with its version; a 409 is shown with a reload button. Printable.
 */
@Component({
  selector: 'tp-action-plan-page',
  imports: [StatusMessage, RouterLink, TranslocoPipe, FormAlert],
  templateUrl: './action-plan-page.html',
  styleUrl: './action-plan-page.scss',
  // the print stylesheet also hides the app's header; every rule is scoped to this page
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlanPage {
  private readonly incidentsApi = inject(IncidentsApi);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly categories = INCIDENT_CATEGORIES;
  protected readonly categoryLabels = INCIDENT_CATEGORY_LABELS;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly plan = signal<ActionPlanDto | null>(null);
  protected readonly draft = signal<PlanDraft | null>(null);
  protected readonly category = signal<IncidentCategory>('threat');
  protected readonly steps = computed(() => this.draft()?.[this.category()] ?? []);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');
  protected readonly dirty = computed(() => {
    const plan = this.plan();
    const draft = this.draft();
    return (
      !!plan &&
      !!draft &&
      JSON.stringify(planUpdate(draft, 0)) !== JSON.stringify(planUpdate(draftOfPlan(plan.categories), 0))
    );
  });

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
  }

  protected async load(eventId = this.eventId()): Promise<void> {
    this.loadError.set(null);
    try {
      const [event, plan] = await Promise.all([
        this.incidentsApi.event(eventId),
        this.incidentsApi.actionPlan(eventId),
      ]);
      this.event.set(event);
      this.show(plan);
      this.title.setTitle(
        `${this.transloco.translate('incidents.plan.heading')} – ${event.name} – ${this.transloco.translate('app.name')}`,
      );
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected chooseCategory(value: string): void {
    if (INCIDENT_CATEGORIES.includes(value as IncidentCategory)) this.category.set(value as IncidentCategory);
  }

  protected stepCount(category: IncidentCategory): number {
    return this.draft()?.[category].length ?? 0;
  }

  protected fieldError(index: number, input: 'sv' | 'en'): string | undefined {
    return this.errors()?.fields[`categories.${this.category()}.${index}.text.${input}`];
  }

  protected listError(): string | undefined {
    return this.errors()?.fields[`categories.${this.category()}`];
  }

  protected edit(index: number, change: Partial<Omit<StepDraft, 'key' | 'id'>>): void {
    this.updateSteps((steps) => changeStep(steps, index, change));
  }

  protected move(index: number, delta: -1 | 1): void {
    const steps = this.steps();
    const target = index + delta;
    if (target < 0 || target >= steps.length) return;
    this.updateSteps((current) => moveStep(current, index, delta));
    const text = steps[index].sv || steps[index].en;
    this.announce('incidents.plan.moved', { text, position: target + 1, total: steps.length });
    // focus stays on the same button of the moved step, or its other arrow at either end
    const atEnd = delta === -1 ? target === 0 : target === steps.length - 1;
    const button = (delta === -1) !== atEnd ? 'up' : 'down';
    this.focusAfterRender(`#plan-step-${target}-${button}`);
  }

  protected add(): void {
    const index = this.steps().length;
    this.updateSteps((steps) => addStep(steps));
    this.focusAfterRender(`#plan-step-${index}-sv`);
  }

  protected remove(index: number): void {
    const steps = this.steps();
    this.updateSteps((current) => removeStep(current, index));
    this.announce('incidents.plan.removed', { text: steps[index].sv || steps[index].en || index + 1 });
    this.focusAfterRender(
      steps.length > 1 ? `#plan-step-${Math.min(index, steps.length - 2)}-sv` : '#plan-add-step',
    );
  }

  protected reload(): void {
    this.errors.set(null);
    this.conflict.set(false);
    void this.load().then(() => this.announce('incidents.plan.reloaded'));
  }

  protected print(): void {
    window.print();
  }

  protected async save(): Promise<void> {
    const plan = this.plan();
    const draft = this.draft();
    if (this.busy() || !plan || !draft) return;
    const body = planUpdate(draft, plan.version);
    const options = formErrorOptions(this.transloco);
    const invalid = validateForApi(actionPlanUpdateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      this.show(await this.incidentsApi.saveActionPlan(this.eventId(), body));
      this.announce('incidents.plan.saved');
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('incidents.plan.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  private show(plan: ActionPlanDto): void {
    this.plan.set(plan);
    this.draft.set(draftOfPlan(plan.categories));
  }

  private updateSteps(change: (steps: StepDraft[]) => StepDraft[]): void {
    const category = this.category();
    this.draft.update((draft) => (draft ? { ...draft, [category]: change(draft[category]) } : draft));
  }

  private showErrors(errors: FormErrors): void {
    // the first category with a problem is shown, so its field can take the focus
    const first = Object.keys(errors.fields)
      .map(stepFieldOf)
      .find((place) => place !== null);
    if (
      first &&
      !Object.keys(errors.fields).some((field) => stepFieldOf(field)?.category === this.category())
    ) {
      this.category.set(first.category);
    }
    // what is not on the page now is named in the alert: its category and step
    const other = Object.entries(errors.fields)
      .filter(([field]) => stepFieldOf(field)?.category !== this.category())
      .map(([field, message]) => {
        const place = stepFieldOf(field);
        if (!place) return `${field}: ${message}`;
        const where = this.transloco.translate('incidents.plan.errorPlace', {
          category: INCIDENT_CATEGORY_LABELS[place.category][this.lang()],
          n: place.index + 1,
        });
        return `${where}: ${message}`;
      });
    this.errors.set({ ...errors, other: [...errors.other, ...other] });
    focusFirstError(this.host.nativeElement, this.injector);
  }

  private announce(key: string, params?: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
