import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SITE_PLAN_MAX_BYTES, SitePlanBounds, SitePlanDto, SITE_PLAN_TYPES } from '@tryggplan/shared/domain';
import { toFormErrors, formErrorOptions } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { SitesApi } from '../sites-api';

/** Where the plan lies and how opaque it is, as shown on the map before it is saved. */
export interface SitePlanDraft {
  bounds: SitePlanBounds;
  opacity: number;
}

const BOUND_FIELDS = ['north', 'west', 'south', 'east'] as const;

/** Upload of the organiser's site plan and its placement by corners (numbers or map handles) and opacity. */
@Component({
  selector: 'tp-site-plan-panel',
  imports: [TranslocoPipe, FormAlert],
  templateUrl: './site-plan-panel.html',
  styleUrl: './site-plan-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SitePlanPanel {
  private readonly sitesApi = inject(SitesApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  readonly plan = model<SitePlanDto | null>(null);
  readonly draft = model<SitePlanDraft | null>(null);
  readonly placing = model(false);

  protected readonly boundFields = BOUND_FIELDS;
  protected readonly accept = SITE_PLAN_TYPES.join(',');
  protected readonly error = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.status.set(null);
    if (!(SITE_PLAN_TYPES as readonly string[]).includes(file.type)) {
      return this.fail(this.transloco.translate('maps.plan.wrongType'));
    }
    if (file.size > SITE_PLAN_MAX_BYTES) return this.fail(this.transloco.translate('maps.plan.tooLarge'));
    await this.run(async () => {
      this.show(await this.sitesApi.uploadSitePlan(this.eventId(), file));
      input.value = '';
      this.status.set(this.transloco.translate('maps.plan.uploaded'));
    });
  }

  protected setBound(field: (typeof BOUND_FIELDS)[number], value: string): void {
    const draft = this.draft();
    const number = Number(value);
    if (!draft || value.trim() === '' || !Number.isFinite(number)) return;
    this.draft.set({ ...draft, bounds: { ...draft.bounds, [field]: number } });
  }

  protected percent(opacity: number): string {
    return `${Math.round(opacity * 100)} %`;
  }

  protected setOpacity(value: string): void {
    const draft = this.draft();
    if (draft) this.draft.set({ ...draft, opacity: Number(value) / 100 });
  }

  protected async save(): Promise<void> {
    const plan = this.plan();
    const draft = this.draft();
    if (!plan || !draft) return;
    await this.run(async () => {
      this.show(await this.sitesApi.placeSitePlan(this.eventId(), { ...draft, version: plan.version }));
      this.placing.set(false);
      this.status.set(this.transloco.translate('maps.plan.saved'));
    });
  }

  protected async reload(): Promise<void> {
    await this.run(async () => this.show(await this.sitesApi.sitePlan(this.eventId())));
  }

  protected async remove(): Promise<void> {
    await this.run(async () => {
      await this.sitesApi.removeSitePlan(this.eventId());
      this.plan.set(null);
      this.draft.set(null);
      this.placing.set(false);
      this.status.set(this.transloco.translate('maps.plan.removed'));
    });
  }

  private show(plan: SitePlanDto): void {
    this.plan.set(plan);
    this.draft.set({ bounds: plan.bounds, opacity: plan.opacity });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.conflict.set(false);
    try {
      await action();
    } catch (error) {
      const errors = toFormErrors(error, formErrorOptions(this.transloco));
      if (errors.status === 409) this.conflict.set(true);
      this.fail(
        errors.status === 409
          ? this.transloco.translate('maps.conflict')
          : [errors.message, ...errors.other].join(' '),
      );
    } finally {
      this.busy.set(false);
    }
  }

  private fail(message: string): void {
    this.error.set(message);
  }
}
